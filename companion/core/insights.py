"""What the journal suggests: nights with a factor against nights without, and the experiment.

Pure: no Qt, no clock, no disk. Callers pass the nights (as `NightRecord`s) and the dates.
The statistics are in `comparisons`, the nights in `night_records`, streaks in `adherence`
and the words in `insight_texts`; this module, which puts them together, also names them all
for the windows and the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from companion.core.adherence import Adherence, Streaks, adherence, streaks
from companion.core.comparisons import (
    EXACT_BOOTSTRAP_LIMIT,
    MIN_NIGHTS,
    OUTCOME_BY_KEY,
    OUTCOMES,
    RESAMPLES,
    SEED,
    Comparison,
    Outcome,
    bootstrap_interval,
    cliffs_delta,
    compare,
    mean,
    seed_for,
)
from companion.core.custom_steps import CUSTOM_PREFIX
from companion.core.insight_texts import (
    CAVEAT_TEXT,
    CAVEATS,
    EXPERIMENT_CAVEAT,
    NO_ANSWER,
    NOT_ENOUGH,
    NOT_ENOUGH_LONG,
    NOT_PROOF,
    describe_outcome,
    direction_word,
    format_interval,
    format_value,
    run_sentence,
    summary_sentence,
    verdict,
)
from companion.core.journal import TAG_PREFIX
from companion.core.night_records import (
    ROUTINE_LABELS,
    ROUTINE_STEPS,
    JournalData,
    NightRecord,
    make_record,
    routine_status,
)
from companion.core.words import QT_TRANSLATE_NOOP, translate

__all__ = [
    "BUILTIN_SPLITS",
    "CAVEATS",
    "CAVEAT_TEXT",
    "EXACT_BOOTSTRAP_LIMIT",
    "EXPERIMENT_CAVEAT",
    "MIN_NIGHTS",
    "NOT_ENOUGH",
    "NOT_ENOUGH_LONG",
    "NOT_PROOF",
    "NO_ANSWER",
    "OUTCOMES",
    "OUTCOME_BY_KEY",
    "RESAMPLES",
    "ROUTINE_LABELS",
    "ROUTINE_STEPS",
    "SEED",
    "Adherence",
    "Comparison",
    "ExperimentReport",
    "FactorInsight",
    "JournalData",
    "NightRecord",
    "Outcome",
    "Split",
    "Streaks",
    "adherence",
    "bootstrap_interval",
    "cliffs_delta",
    "compare",
    "custom_step_split",
    "describe_outcome",
    "direction_word",
    "experiment_report",
    "factor_insights",
    "format_interval",
    "format_value",
    "make_record",
    "mean",
    "routine_status",
    "run_sentence",
    "splits_for",
    "streaks",
    "summary_sentence",
    "tag_split",
    "verdict",
]


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


_DONE = QT_TRANSLATE_NOOP("Insights", "done")
_NOT_DONE = QT_TRANSLATE_NOOP("Insights", "not done")


def _routine_split(step: str, key: str, label: str) -> Split:
    def side(record: NightRecord) -> bool | None:
        return record.routine.get(step)

    return Split(key, label, _DONE, _NOT_DONE, side)


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


# Labels and side names are shown translated: translate("Insights", split.label).
BUILTIN_SPLITS: tuple[Split, ...] = (
    Split(
        "routine",
        QT_TRANSLATE_NOOP("Insights", "Whole routine"),
        QT_TRANSLATE_NOOP("Insights", "all done"),
        QT_TRANSLATE_NOOP("Insights", "not all done"),
        _whole_routine,
    ),
    _routine_split("magnesium", "magnesium", QT_TRANSLATE_NOOP("Insights", "Magnesium")),
    _routine_split("stretch", "stretched", QT_TRANSLATE_NOOP("Insights", "Stretches")),
    _routine_split("lights", "lights_dimmed", QT_TRANSLATE_NOOP("Insights", "Lights dimmed")),
    _threshold_split(
        "caffeine_after_noon",
        QT_TRANSLATE_NOOP("Insights", "Caffeine after noon"),
        lambda v: int(v) > 0,
        QT_TRANSLATE_NOOP("Insights", "any"),
        QT_TRANSLATE_NOOP("Insights", "none"),
    ),
    _threshold_split(
        "alcohol_drinks",
        QT_TRANSLATE_NOOP("Insights", "Alcohol"),
        lambda v: int(v) > 0,
        QT_TRANSLATE_NOOP("Insights", "any"),
        QT_TRANSLATE_NOOP("Insights", "none"),
    ),
    _threshold_split(
        "exercise",
        QT_TRANSLATE_NOOP("Insights", "Exercise"),
        lambda v: v != "none",
        QT_TRANSLATE_NOOP("Insights", "some"),
        QT_TRANSLATE_NOOP("Insights", "none"),
    ),
    _threshold_split(
        "stress",
        QT_TRANSLATE_NOOP("Insights", "Stress"),
        lambda v: int(v) >= 4,
        QT_TRANSLATE_NOOP("Insights", "high (4–5)"),
        QT_TRANSLATE_NOOP("Insights", "low (1–3)"),
    ),
    _threshold_split(
        "room_temperature_c",
        QT_TRANSLATE_NOOP("Insights", "Cool bedroom"),
        lambda v: float(v) <= 19,
        QT_TRANSLATE_NOOP("Insights", "19 °C or cooler"),
        QT_TRANSLATE_NOOP("Insights", "warmer"),
    ),
)


def tag_split(key: str) -> Split:
    """A tag is on a night or not; nights with no answers at all do not count as "without"."""

    def side(record: NightRecord) -> bool:
        return key in record.factors

    label = translate("Insights", "Tag: {name}").format(name=key.removeprefix(TAG_PREFIX))
    tagged, untagged = translate("Insights", "tagged"), translate("Insights", "not tagged")
    return Split(key, label, tagged, untagged, side)


def custom_step_split(key: str, title: str = "") -> Split:
    """A custom step ("custom:caffeine"): nights it was done against nights it was skipped."""
    get = _value(key)

    def side(record: NightRecord) -> bool | None:
        value = get(record)
        return None if value is None else value == "yes"

    done, not_done = translate("Insights", _DONE), translate("Insights", _NOT_DONE)
    return Split(key, title or key.removeprefix(CUSTOM_PREFIX), done, not_done, side)


def splits_for(
    records: Iterable[NightRecord],
    tags: Iterable[str] = (),
    titles: Mapping[str, str] | None = None,
) -> list[Split]:
    """The built-in splits, then one per custom step answered in `records` or named in `titles`
    (its key → its title), then one per tag used in `records` or listed in `tags`."""
    keys = set(tags)
    custom = set(titles or {})
    for record in records:
        keys.update(k for k in record.factors if k.startswith(TAG_PREFIX))
        custom.update(k for k in record.factors if k.startswith(CUSTOM_PREFIX))
    own = [custom_step_split(k, (titles or {}).get(k, "")) for k in sorted(custom)]
    return [*BUILTIN_SPLITS, *own, *(tag_split(k) for k in sorted(keys))]


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


def factor_insights(
    records: Sequence[NightRecord],
    tags: Iterable[str] = (),
    *,
    seed: int = SEED,
    outcomes: Sequence[Outcome] = OUTCOMES,
    titles: Mapping[str, str] | None = None,
) -> list[FactorInsight]:
    """Every factor and tag against every outcome, in the order of `splits_for`."""
    columns = {o.key: [r.outcome(o.key) for r in records] for o in outcomes}
    result: list[FactorInsight] = []
    for split in splits_for(records, tags, titles):
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
                compare(o, with_values, without_values, seed_for(seed, split.key, o.key))
            )
        result.append(
            FactorInsight(
                split.key, split.label, split.with_label, split.without_label, tuple(comparisons)
            )
        )
    return result


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
        comparisons.append(compare(o, period[True], period[False], seed_for(seed, "exp", o.key)))
    return ExperimentReport(
        start=start,
        baseline=baseline,
        routine=routine,
        comparisons=tuple(comparisons),
        adherence_baseline=adherence(records, baseline[1], before),
        adherence_routine=adherence(records, routine[1], after),
    )
