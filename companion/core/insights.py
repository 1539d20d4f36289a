"""What the journal suggests: nights with a factor against nights without, streaks, experiments.

Pure: no Qt, no clock, no disk. Callers pass the nights (as `NightRecord`s) and the dates.

Every comparison has two sides ("with" and "without") and an outcome measured on each night:

- counts, mean and median of the outcome on each side;
- the difference of means (with − without) and its 95 % interval from a percentile bootstrap
  with a fixed seed (`random.Random(seed)`), so the same journal always shows the same numbers;
- Cliff's delta: P(with > without) − P(with < without) over all pairs of nights, −1 … 1.

Large samples. Resampling 3,650 nights a thousand times in plain Python takes seconds, not the
milliseconds the journal window can spend. When both sides together hold more than
`EXACT_BOOTSTRAP_LIMIT` nights, the interval is taken from the normal limit the bootstrap
distribution of a difference of means converges to (mean difference ± 1.96 × the plug-in
standard error, which is exactly the bootstrap's variance). At those sizes the two agree to the
precision we print; below it every resample is drawn.

Honesty rules: below `MIN_NIGHTS` on either side a comparison is `enough=False` and the UI
greys it ("not enough nights yet"); every place that shows results shows `CAVEATS` too.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median

from companion.core.events import RoutineEvent
from companion.core.journal import (
    MEASURE_BY_KEY,
    TAG_PREFIX,
    FactorValue,
    Night,
    sleep_efficiency_pct,
)

MIN_NIGHTS = 7
RESAMPLES = 500
SEED = 20240601
EXACT_BOOTSTRAP_LIMIT = 60
Z_95 = 1.959963984540054

# --- the words, one copy each ----------------------------------------------------------------

NOT_ENOUGH = "not enough nights yet"
NOT_ENOUGH_LONG = f"Not enough nights yet: each side needs at least {MIN_NIGHTS} nights."
CAVEATS: tuple[str, ...] = (
    "This is a comparison of your own nights, not proof that one thing causes another.",
    "Factors travel together: a stressful week may also bring coffee, wine and late nights, "
    "so any one of them can look guilty for the others.",
    "The arrow can point backwards: if you take magnesium because your legs are already "
    "restless, magnesium nights will look worse even if it helps.",
)
CAVEAT_TEXT = " ".join(CAVEATS)
EXPERIMENT_CAVEAT = (
    "Before and after is not a controlled trial: seasons, stress and simply paying attention "
    "change over a month as well."
)


# --- outcomes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """A night's result that factors are compared on."""

    key: str
    label: str
    short: str
    unit: str
    lower_is_better: bool
    decimals: int = 1


OUTCOMES: tuple[Outcome, ...] = (
    Outcome("rls_intensity", "Restless legs (0–10)", "Legs", "", lower_is_better=True),
    Outcome("quality", "Sleep quality (1–5)", "Quality", "", lower_is_better=False),
    Outcome("sleep_efficiency_pct", "Sleep efficiency", "Efficiency", "%", lower_is_better=False),
    Outcome("sleep_onset_min", "Time to fall asleep", "Asleep in", "min", lower_is_better=True),
)
OUTCOME_BY_KEY: dict[str, Outcome] = {o.key: o for o in OUTCOMES}


# --- the routine of an evening -------------------------------------------------------------

ROUTINE_STEPS: tuple[str, ...] = ("magnesium", "stretch", "lights")
ROUTINE_LABELS: dict[str, str] = {
    "magnesium": "Magnesium",
    "stretch": "Stretches",
    "lights": "Lights dimmed",
}
_STEP_FACTOR = {"magnesium": "magnesium", "stretch": "stretched", "lights": "lights_dimmed"}


def routine_status(
    factors: Mapping[str, FactorValue], events: Iterable[RoutineEvent] = ()
) -> dict[str, bool | None]:
    """Each routine step of one evening: True done, False not done, None nothing recorded.

    A "done" answer to the step's prompt or a yes factor counts as done; stretches also count
    when every planned hold was done. A skipped, missed or partial prompt, or a "no" factor,
    counts as not done unless something else says done.
    """
    status: dict[str, bool | None] = dict.fromkeys(ROUTINE_STEPS)
    for event in events:
        if event.step in status and event.answer is not None and event.answer != "snoozed":
            done = event.answer == "done"
            status[event.step] = bool(status[event.step]) or done
    for step, key in _STEP_FACTOR.items():
        fv = factors.get(key)
        if fv is not None:
            status[step] = bool(status[step]) or fv.value == "yes"
    done_holds, planned = factors.get("stretch_holds_done"), factors.get("stretch_holds_planned")
    if done_holds is not None and planned is not None and status["stretch"] is not True:
        status["stretch"] = int(planned.value) > 0 and int(done_holds.value) >= int(planned.value)
    return status


@dataclass(frozen=True)
class NightRecord:
    """Everything insights need about one night: the answers, the factors, the routine."""

    night: Night
    factors: Mapping[str, FactorValue] = field(default_factory=dict)
    routine: Mapping[str, bool | None] = field(default_factory=dict)

    @property
    def day(self) -> date:
        return self.night.night

    @property
    def routine_done(self) -> bool:
        """The whole routine (magnesium, stretches, lights) was done that evening."""
        return all(self.routine.get(step) is True for step in ROUTINE_STEPS)

    def outcome(self, key: str) -> float | None:
        if key == "sleep_efficiency_pct":
            return sleep_efficiency_pct(self.night)
        value = getattr(self.night, key)
        return None if value is None else float(value)


def make_record(
    night: Night,
    factors: Mapping[str, FactorValue] | None = None,
    events: Iterable[RoutineEvent] = (),
) -> NightRecord:
    factors = factors or {}
    return NightRecord(night, factors, routine_status(factors, events))


# --- statistics ------------------------------------------------------------------------------


def mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def cliffs_delta(a: Sequence[float], b: Sequence[float]) -> float:
    """P(x > y) − P(x < y) for x from `a` and y from `b`; 0 when either is empty.

    O((distinct values of a) · log len(b)): nights carry few distinct values.
    """
    if not a or not b:
        return 0.0
    ordered = sorted(b)
    more = less = 0
    for x, count in Counter(a).items():
        less += count * (len(ordered) - bisect_right(ordered, x))
        more += count * bisect_left(ordered, x)
    return (more - less) / (len(a) * len(b))


def bootstrap_interval(
    a: Sequence[float],
    b: Sequence[float],
    *,
    seed: int = SEED,
    resamples: int = RESAMPLES,
) -> tuple[float, float]:
    """95 % interval of mean(a) − mean(b): percentile bootstrap, reproducible by `seed`.

    See the module docstring for the normal limit used above `EXACT_BOOTSTRAP_LIMIT` nights.
    """
    if not a or not b:
        raise ValueError("both sides need at least one night")
    diff = mean(a) - mean(b)
    if len(a) + len(b) > EXACT_BOOTSTRAP_LIMIT:
        se = math.sqrt(_plug_in_variance(a) / len(a) + _plug_in_variance(b) / len(b))
        return diff - Z_95 * se, diff + Z_95 * se
    rng = random.Random(seed)
    choices = rng.choices
    na, nb = len(a), len(b)
    diffs = sorted(
        sum(choices(a, k=na)) / na - sum(choices(b, k=nb)) / nb for _ in range(resamples)
    )
    return _percentile(diffs, 0.025), _percentile(diffs, 0.975)


def _plug_in_variance(values: Sequence[float]) -> float:
    m = mean(values)
    return math.fsum((v - m) ** 2 for v in values) / len(values)


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (the same rule as numpy's default)."""
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Comparison:
    """One outcome on nights "with" against nights "without"."""

    outcome: Outcome
    n_with: int
    n_without: int
    mean_with: float | None
    mean_without: float | None
    median_with: float | None
    median_without: float | None
    difference: float | None
    interval: tuple[float, float] | None
    cliffs_delta: float | None

    @property
    def enough(self) -> bool:
        return self.n_with >= MIN_NIGHTS and self.n_without >= MIN_NIGHTS

    @property
    def looks_better(self) -> bool | None:
        """Whether "with" nights look better, when the whole interval is on one side of 0."""
        if not self.enough or self.interval is None:
            return None
        low, high = self.interval
        if low <= 0 <= high:
            return None
        return (high < 0) == self.outcome.lower_is_better


def compare(
    outcome: Outcome, with_values: Sequence[float], without_values: Sequence[float], seed: int
) -> Comparison:
    """The statistics of one comparison.

    The difference, its interval and Cliff's delta are left out (None) unless both sides have
    `MIN_NIGHTS`: a number shown greyed still invites reading, and it would cost time.
    """
    both = len(with_values) >= MIN_NIGHTS and len(without_values) >= MIN_NIGHTS
    return Comparison(
        outcome=outcome,
        n_with=len(with_values),
        n_without=len(without_values),
        mean_with=mean(with_values) if with_values else None,
        mean_without=mean(without_values) if without_values else None,
        median_with=float(median(with_values)) if with_values else None,
        median_without=float(median(without_values)) if without_values else None,
        difference=mean(with_values) - mean(without_values) if both else None,
        interval=bootstrap_interval(with_values, without_values, seed=seed) if both else None,
        cliffs_delta=cliffs_delta(with_values, without_values) if both else None,
    )


# --- factors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """How a factor divides nights: `side(record)` is True (with), False (without) or None."""

    key: str
    label: str
    with_label: str
    without_label: str
    side: Callable[[NightRecord], bool | None]


def _value(key: str) -> Callable[[NightRecord], str | None]:
    def get(record: NightRecord) -> str | None:
        fv = record.factors.get(key)
        return None if fv is None else fv.value

    return get


def _routine_split(step: str, key: str, label: str) -> Split:
    def side(record: NightRecord) -> bool | None:
        return record.routine.get(step)

    return Split(key, label, "done", "not done", side)


def _threshold_split(key: str, label: str, test: Callable[[str], bool], w: str, wo: str) -> Split:
    get = _value(key)

    def side(record: NightRecord) -> bool | None:
        text = get(record)
        return None if text is None else test(text)

    return Split(key, label, w, wo, side)


def _whole_routine(record: NightRecord) -> bool | None:
    if all(record.routine.get(s) is None for s in ROUTINE_STEPS):
        return None
    return record.routine_done


BUILTIN_SPLITS: tuple[Split, ...] = (
    Split("routine", "Whole routine", "all done", "not all done", _whole_routine),
    _routine_split("magnesium", "magnesium", "Magnesium"),
    _routine_split("stretch", "stretched", "Stretches"),
    _routine_split("lights", "lights_dimmed", "Lights dimmed"),
    _threshold_split(
        "caffeine_after_noon", "Caffeine after noon", lambda v: int(v) > 0, "any", "none"
    ),
    _threshold_split("alcohol_drinks", "Alcohol", lambda v: int(v) > 0, "any", "none"),
    _threshold_split("exercise", "Exercise", lambda v: v != "none", "some", "none"),
    _threshold_split("stress", "Stress", lambda v: int(v) >= 4, "high (4–5)", "low (1–3)"),
    _threshold_split(
        "room_temperature_c",
        "Cool bedroom",
        lambda v: float(v) <= 19,
        "19 °C or cooler",
        "warmer",
    ),
)


def tag_split(key: str) -> Split:
    """A tag is on a night or not; nights with no answers at all do not count as "without"."""

    def side(record: NightRecord) -> bool:
        return key in record.factors

    return Split(key, f"Tag: {key.removeprefix(TAG_PREFIX)}", "tagged", "not tagged", side)


def splits_for(records: Iterable[NightRecord], tags: Iterable[str] = ()) -> list[Split]:
    """The built-in splits, then one per tag used in `records` or listed in `tags`."""
    keys = set(tags)
    for record in records:
        keys.update(k for k in record.factors if k.startswith(TAG_PREFIX))
    return [*BUILTIN_SPLITS, *(tag_split(k) for k in sorted(keys))]


@dataclass(frozen=True)
class FactorInsight:
    """One factor against every outcome."""

    key: str
    label: str
    with_label: str
    without_label: str
    comparisons: tuple[Comparison, ...]

    def for_outcome(self, key: str) -> Comparison:
        return next(c for c in self.comparisons if c.outcome.key == key)

    @property
    def enough(self) -> bool:
        return any(c.enough for c in self.comparisons)


def _seed_for(base: int, *parts: str) -> int:
    """A stable per-comparison seed (str hash() is salted per process; this is not)."""
    text = "|".join(parts).encode()
    value = base
    for byte in text:
        value = (value * 131 + byte) % 2**61
    return value


def factor_insights(
    records: Sequence[NightRecord],
    tags: Iterable[str] = (),
    *,
    seed: int = SEED,
    outcomes: Sequence[Outcome] = OUTCOMES,
) -> list[FactorInsight]:
    """Every factor and tag against every outcome, in the order of `splits_for`."""
    columns = {o.key: [r.outcome(o.key) for r in records] for o in outcomes}
    result: list[FactorInsight] = []
    for split in splits_for(records, tags):
        sides = [split.side(r) for r in records]
        comparisons = []
        for o in outcomes:
            with_values: list[float] = []
            without_values: list[float] = []
            for side, value in zip(sides, columns[o.key], strict=True):
                if value is None or side is None:
                    continue
                (with_values if side else without_values).append(value)
            comparisons.append(
                compare(o, with_values, without_values, _seed_for(seed, split.key, o.key))
            )
        result.append(
            FactorInsight(
                split.key, split.label, split.with_label, split.without_label, tuple(comparisons)
            )
        )
    return result


# --- streaks and adherence -------------------------------------------------------------------


@dataclass(frozen=True)
class Adherence:
    """Nights in a window of `days` ending at `last_night`, with each step and the whole routine."""

    days: int
    whole: int
    by_step: Mapping[str, int]

    @property
    def share(self) -> float:
        return self.whole / self.days if self.days else 0.0


def adherence(records: Iterable[NightRecord], last_night: date, days: int) -> Adherence:
    """Counts over the `days` nights ending at `last_night`; unrecorded nights count as not done."""
    first = last_night - timedelta(days=days - 1)
    inside = [r for r in records if first <= r.day <= last_night]
    return Adherence(
        days=days,
        whole=sum(r.routine_done for r in inside),
        by_step={s: sum(r.routine.get(s) is True for r in inside) for s in ROUTINE_STEPS},
    )


@dataclass(frozen=True)
class Streaks:
    current: int
    longest: int


def streaks(records: Iterable[NightRecord], last_night: date) -> Streaks:
    """Runs of consecutive nights with the whole routine done.

    The current run counts back from `last_night`; if that evening is not (yet) complete it
    counts back from the night before, so an unfinished evening does not reset it.
    """
    done = {r.day for r in records if r.routine_done and r.day <= last_night}
    longest = 0
    for day in done:
        if day - timedelta(days=1) not in done:
            length = 1
            while day + timedelta(days=length) in done:
                length += 1
            longest = max(longest, length)
    start = last_night if last_night in done else last_night - timedelta(days=1)
    current = 0
    while start - timedelta(days=current) in done:
        current += 1
    return Streaks(current, longest)


# --- the experiment --------------------------------------------------------------------------


@dataclass(frozen=True)
class ExperimentReport:
    """Baseline nights [start − before, start) against routine nights [start, start + after)."""

    start: date
    baseline: tuple[date, date]
    routine: tuple[date, date]
    comparisons: tuple[Comparison, ...]
    adherence_baseline: Adherence
    adherence_routine: Adherence

    @property
    def enough(self) -> bool:
        return any(c.enough for c in self.comparisons)


def experiment_report(
    records: Sequence[NightRecord],
    start: date,
    *,
    before: int = 30,
    after: int = 30,
    seed: int = SEED,
) -> ExperimentReport:
    """The article's 30-day experiment: the routine period ("with") against the baseline."""
    if before < 1 or after < 1:
        raise ValueError("both periods need at least one night")
    baseline = (start - timedelta(days=before), start - timedelta(days=1))
    routine = (start, start + timedelta(days=after - 1))
    comparisons = []
    for o in OUTCOMES:
        period: dict[bool, list[float]] = {True: [], False: []}
        for r in records:
            value = r.outcome(o.key)
            if value is None:
                continue
            if routine[0] <= r.day <= routine[1]:
                period[True].append(value)
            elif baseline[0] <= r.day <= baseline[1]:
                period[False].append(value)
        comparisons.append(compare(o, period[True], period[False], _seed_for(seed, "exp", o.key)))
    return ExperimentReport(
        start=start,
        baseline=baseline,
        routine=routine,
        comparisons=tuple(comparisons),
        adherence_baseline=adherence(records, baseline[1], before),
        adherence_routine=adherence(records, routine[1], after),
    )


# --- text ------------------------------------------------------------------------------------


def format_value(outcome: Outcome, value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return "—"
    text = f"{value:+.{outcome.decimals}f}" if signed else f"{value:.{outcome.decimals}f}"
    text = text.replace("-", "−")
    return f"{text} {outcome.unit}" if outcome.unit == "min" else text + outcome.unit


def format_interval(outcome: Outcome, interval: tuple[float, float] | None) -> str:
    if interval is None:
        return "—"
    low, high = (format_value(outcome, v, signed=True) for v in interval)
    return f"{low} to {high}"


def summary_sentence(
    c: Comparison, with_label: str = "with", without_label: str = "without"
) -> str:
    """One plain sentence about a comparison, hedged as the caveats demand."""
    if not c.enough:
        return NOT_ENOUGH_LONG
    o = c.outcome
    direction = c.looks_better
    if direction is None:
        return f"No clear difference in {o.short.lower()} between {with_label} and {without_label}."
    word = "better" if direction else "worse"
    return (
        f"{o.short} tended to be {word} {with_label} ({format_value(o, c.mean_with)}) "
        f"than {without_label} ({format_value(o, c.mean_without)})."
    )


def verdict(c: Comparison) -> str:
    """A table cell's worth of `summary_sentence`."""
    if not c.enough:
        return NOT_ENOUGH
    direction = c.looks_better
    if direction is None:
        return "no clear difference"
    return "tends to be better" if direction else "tends to be worse"


def describe_outcome(key: str) -> str:
    """The journal's own label for an outcome key (for tooltips)."""
    return MEASURE_BY_KEY[key].label


# --- the journal as the browser sees it -----------------------------------------------------


@dataclass
class JournalData:
    """Every night with its factors and routine, oldest first, plus the tags defined.

    Plain data for the journal window, its charts and the PDF report; built by
    `companion.journeys.journal.load_journal_data` from the store.
    """

    records: list[NightRecord]
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.records.sort(key=lambda r: r.day)
        self._index = {r.day: i for i, r in enumerate(self.records)}

    def get(self, day: date) -> NightRecord | None:
        i = self._index.get(day)
        return None if i is None else self.records[i]

    def put(self, record: NightRecord) -> None:
        """Add or replace one night (after an edit was saved)."""
        i = self._index.get(record.day)
        if i is not None:
            self.records[i] = record
        else:
            self.records.append(record)
            self.__post_init__()
        for key in record.factors:
            if key.startswith(TAG_PREFIX) and key not in self.tags:
                self.tags.append(key)
                self.tags.sort()

    @property
    def last_night(self) -> date | None:
        return self.records[-1].day if self.records else None

    def between(self, first: date | None, last: date | None) -> list[NightRecord]:
        return [
            r
            for r in self.records
            if (first is None or r.day >= first) and (last is None or r.day <= last)
        ]

    def outcome_points(self, key: str) -> list[tuple[date, float | None]]:
        return [(r.day, r.outcome(key)) for r in self.records]

    def routine_points(self, step: str) -> list[tuple[date, bool | None]]:
        return [(r.day, r.routine.get(step)) for r in self.records]
