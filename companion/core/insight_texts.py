"""What insights say in words: the caveats, values and intervals, and one-line verdicts.

Every place that shows results shows `CAVEATS` too.
"""

from __future__ import annotations

from companion.core.comparisons import MIN_NIGHTS, Comparison, Outcome
from companion.core.journal import MEASURE_BY_KEY
from companion.core.words import QT_TRANSLATE_NOOP, decimal, translate

# THE mark for "no answer" (a question left open, a value that cannot be worked out), in every
# window, chart and the PDF; "none" is a real answer (no symptoms), never this.
NO_ANSWER = "—"
NOT_ENOUGH = QT_TRANSLATE_NOOP("Insights", "not enough nights yet")
# Shown as translate("Insights", NOT_ENOUGH_LONG).format(count=MIN_NIGHTS).
NOT_ENOUGH_LONG = QT_TRANSLATE_NOOP(
    "Insights", "Not enough nights yet: each side needs at least {count} nights."
)
# Shown translated, each with translate("Insights", caveat); CAVEAT_TEXT is English only:
# `caveat_text()` gives them joined in the user's language.
CAVEATS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Insights",
        "This is a comparison of your own nights, not proof that one thing causes another.",
    ),
    QT_TRANSLATE_NOOP(
        "Insights",
        "Factors travel together: a stressful week may also bring coffee, wine and late nights, "
        "so any one of them can look guilty for the others.",
    ),
    QT_TRANSLATE_NOOP(
        "Insights",
        "The arrow can point backwards: if you take magnesium because your legs are already "
        "restless, magnesium nights will look worse even if it helps.",
    ),
)
CAVEAT_TEXT = " ".join(CAVEATS)
EXPERIMENT_CAVEAT = QT_TRANSLATE_NOOP(
    "Insights",
    "Before and after is not a controlled trial: seasons, stress and simply paying attention "
    "change over a month as well.",
)


def caveat_text() -> str:
    """The caveats as one paragraph, in the user's language."""
    return " ".join(translate("Insights", caveat) for caveat in CAVEATS)


def format_value(outcome: Outcome, value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return NO_ANSWER
    text = decimal(value, outcome.decimals, signed=signed)
    return f"{text} {outcome.unit}" if outcome.unit == "min" else text + outcome.unit


def format_interval(outcome: Outcome, interval: tuple[float, float] | None) -> str:
    if interval is None:
        return NO_ANSWER
    low, high = (format_value(outcome, v, signed=True) for v in interval)
    return translate("Insights", "{low} to {high}").format(low=low, high=high)


def summary_sentence(
    c: Comparison, with_label: str | None = None, without_label: str | None = None
) -> str:
    """One plain sentence about a comparison, hedged as the caveats demand.

    The side labels come translated from the caller ("with" and "without" when none are given).
    """
    if not c.enough:
        return translate("Insights", NOT_ENOUGH_LONG).format(count=MIN_NIGHTS)
    with_label = with_label if with_label is not None else translate("Insights", "with")
    without_label = without_label if without_label is not None else translate("Insights", "without")
    o = c.outcome
    outcome = translate("Insights", o.short)
    direction = c.looks_better
    if direction is None:
        sentence = translate(
            "Insights", "No clear difference in {outcome} between {with_label} and {without_label}."
        )
        return sentence.format(
            outcome=translate("Insights", o.in_sentence or o.short),
            with_label=with_label,
            without_label=without_label,
        )
    if direction:
        sentence = translate(
            "Insights",
            "{outcome} tended to be better {with_label} ({with_value}) "
            "than {without_label} ({without_value}).",
        )
    else:
        sentence = translate(
            "Insights",
            "{outcome} tended to be worse {with_label} ({with_value}) "
            "than {without_label} ({without_value}).",
        )
    return sentence.format(
        outcome=outcome,
        with_value=format_value(o, c.mean_with),
        without_value=format_value(o, c.mean_without),
        with_label=with_label,
        without_label=without_label,
    )


NOT_PROOF = QT_TRANSLATE_NOOP("Insights", "A comparison of your own nights, not proof.")


def direction_word(c: Comparison) -> str:
    """The bar's word: 'better', 'no clear difference', 'worse' or 'not enough nights yet'."""
    if not c.enough:
        return translate("Insights", NOT_ENOUGH)
    direction = c.looks_better
    if direction is None:
        return translate("Insights", "no clear difference")
    return translate("Insights", "better") if direction else translate("Insights", "worse")


def run_sentence(current: int, longest: int) -> str:
    """'Routine done 0 nights in a row (best: 5).'"""
    sentence = translate(
        "Insights", "Routine done %n nights in a row (best: {best}).", None, current
    )
    return sentence.format(best=longest)


def verdict(c: Comparison) -> str:
    """A table cell's worth of `summary_sentence`."""
    if not c.enough:
        return translate("Insights", NOT_ENOUGH)
    direction = c.looks_better
    if direction is None:
        return translate("Insights", "no clear difference")
    if direction:
        return translate("Insights", "tends to be better")
    return translate("Insights", "tends to be worse")


def describe_outcome(key: str) -> str:
    """The journal's own label for an outcome key (for tooltips)."""
    return translate("Measures", MEASURE_BY_KEY[key].label)
