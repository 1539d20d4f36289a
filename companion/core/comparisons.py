"""How two sets of nights compare on an outcome: means, medians, an interval, Cliff's delta.

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

Honesty rule: below `MIN_NIGHTS` on either side a comparison is `enough=False` and the UI
greys it ("not enough nights yet").
"""

from __future__ import annotations

import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from companion.core.words import QT_TRANSLATE_NOOP

MIN_NIGHTS = 7
RESAMPLES = 500
SEED = 20240601
EXACT_BOOTSTRAP_LIMIT = 60
Z_95 = 1.959963984540054

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
    # `short` inside a sentence ("No clear difference in legs …"): its own word, as lowercasing
    # is wrong for German nouns. Shown as translate("Insights", outcome.in_sentence).
    in_sentence: str = ""


# label, short and in_sentence are shown translated: translate("Insights", outcome.label).
OUTCOMES: tuple[Outcome, ...] = (
    Outcome(
        "rls_intensity",
        QT_TRANSLATE_NOOP("Insights", "Restless legs (0–10)"),
        QT_TRANSLATE_NOOP("Insights", "Legs"),
        "",
        lower_is_better=True,
        in_sentence=QT_TRANSLATE_NOOP("Insights", "legs"),
    ),
    Outcome(
        "quality",
        QT_TRANSLATE_NOOP("Insights", "Sleep quality (1–5)"),
        QT_TRANSLATE_NOOP("Insights", "Quality"),
        "",
        lower_is_better=False,
        in_sentence=QT_TRANSLATE_NOOP("Insights", "quality"),
    ),
    Outcome(
        "sleep_efficiency_pct",
        QT_TRANSLATE_NOOP("Insights", "Time asleep in bed"),
        QT_TRANSLATE_NOOP("Insights", "Asleep in bed"),
        "%",
        lower_is_better=False,
        in_sentence=QT_TRANSLATE_NOOP("Insights", "asleep in bed"),
    ),
    Outcome(
        "sleep_onset_min",
        QT_TRANSLATE_NOOP("Insights", "Time to fall asleep"),
        QT_TRANSLATE_NOOP("Insights", "Asleep in"),
        "min",
        lower_is_better=True,
        in_sentence=QT_TRANSLATE_NOOP("Insights", "asleep in"),
    ),
)
OUTCOME_BY_KEY: dict[str, Outcome] = {o.key: o for o in OUTCOMES}


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


def seed_for(base: int, *parts: str) -> int:
    """A stable per-comparison seed (str hash() is salted per process; this is not)."""
    text = "|".join(parts).encode()
    value = base
    for byte in text:
        value = (value * 131 + byte) % 2**61
    return value
