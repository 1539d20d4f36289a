"""What insights say in words: the caveats, values and intervals, and one-line verdicts.

Every place that shows results shows `CAVEATS` too.
"""

from __future__ import annotations

from companion.core.comparisons import MIN_NIGHTS, Comparison, Outcome
from companion.core.journal import MEASURE_BY_KEY

# THE mark for "no answer" (a question left open, a value that cannot be worked out), in every
# window, chart and the PDF; "none" is a real answer (no symptoms), never this.
NO_ANSWER = "—"
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


def format_value(outcome: Outcome, value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return NO_ANSWER
    text = f"{value:+.{outcome.decimals}f}" if signed else f"{value:.{outcome.decimals}f}"
    text = text.replace("-", "−")
    return f"{text} {outcome.unit}" if outcome.unit == "min" else text + outcome.unit


def format_interval(outcome: Outcome, interval: tuple[float, float] | None) -> str:
    if interval is None:
        return NO_ANSWER
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


NOT_PROOF = "A comparison of your own nights, not proof."


def direction_word(c: Comparison) -> str:
    """The bar's word: 'better', 'no clear difference', 'worse' or 'not enough nights yet'."""
    if not c.enough:
        return NOT_ENOUGH
    direction = c.looks_better
    if direction is None:
        return "no clear difference"
    return "better" if direction else "worse"


def run_sentence(current: int, longest: int) -> str:
    """'Routine done 0 nights in a row (best: 5).'"""
    nights = "night" if current == 1 else "nights"
    return f"Routine done {current} {nights} in a row (best: {longest})."


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
