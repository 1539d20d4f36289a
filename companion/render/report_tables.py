"""The report's tables and routine paragraph: averages, routine, factors, nights and notes."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from companion.core.insights import (
    NO_ANSWER,
    OUTCOME_BY_KEY,
    OUTCOMES,
    ROUTINE_STEPS,
    Comparison,
    FactorInsight,
    NightRecord,
    adherence,
    direction_word,
    factor_insights,
    format_interval,
    format_value,
    mean,
    run_sentence,
    streaks,
)
from companion.core.journal import TAG_PREFIX, sleep_efficiency_pct
from companion.core.words import QT_TRANSLATE_NOOP, decimal, translate
from companion.render.dates import short_date

MAX_TABLE_NIGHTS = 31  # the nights table stays on about one page; CSV export has them all
MAX_NOTES = 12
NOTE_CHARS = 300


# The routine's steps inside a sentence and in the nights table's narrow column: their own
# words, since lower-casing a label is wrong in German (nouns keep their capital).
_IN_SENTENCE = {
    "magnesium": QT_TRANSLATE_NOOP("Report", "magnesium"),
    "stretch": QT_TRANSLATE_NOOP("Report", "stretches"),
    "lights": QT_TRANSLATE_NOOP("Report", "lights dimmed"),
}
_SHORT = {
    "magnesium": QT_TRANSLATE_NOOP("Report", "magnesium"),
    "stretch": QT_TRANSLATE_NOOP("Report", "stretches"),
    "lights": QT_TRANSLATE_NOOP("Report", "lights"),
}


def escaped(text: object) -> str:
    """`text` safe inside the report's HTML."""
    return html.escape(str(text))


_e = escaped


def averages(records: Sequence[NightRecord]) -> str:
    heads = (
        translate("Report", "Measure"),
        translate("Report", "Nights answered"),
        translate("Report", "Average"),
        translate("Report", "Median"),
        translate("Report", "Range"),
    )
    rows = ["<table width='100%'><tr>" + "".join(f"<th>{_head(h)}</th>" for h in heads) + "</tr>"]
    for o in OUTCOMES:
        values = sorted(v for r in records if (v := r.outcome(o.key)) is not None)
        if values:
            mid = len(values) // 2
            median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
            cells = (
                format_value(o, mean(values)),
                format_value(o, median),
                translate("Report", "{low} – {high}", "a range of values").format(
                    low=format_value(o, values[0]), high=format_value(o, values[-1])
                ),
            )
        else:
            cells = (NO_ANSWER, NO_ANSWER, NO_ANSWER)
        rows.append(
            f"<tr><td>{_e(translate('Insights', o.label))}</td><td class='num'>{len(values)}</td>"
            + "".join(f"<td class='num'>{_e(c)}</td>" for c in cells)
            + "</tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def adherence_paragraph(records: Sequence[NightRecord], last: date, days: int) -> str:
    period = adherence(records, last, days)
    week = adherence(records, last, min(7, days))
    run = streaks(records, last)
    steps = translate("Report", ", ", "between the routine's steps").join(
        translate("Report", "{step} {count}", "a routine step and its nights done").format(
            step=translate("Report", _IN_SENTENCE[s]), count=period.by_step[s]
        )
        for s in ROUTINE_STEPS
    )
    whole = translate(
        "Report",
        "Whole routine (magnesium, stretches, lights dimmed) done on <b>{done} of %n</b> nights "
        "({steps}); {week_done} of the last {week_days}.",
        None,
        days,
    ).format(done=period.whole, steps=_e(steps), week_done=week.whole, week_days=week.days)
    return f"<p>{whole} {_e(run_sentence(run.current, run.longest))}</p>"


def comparisons(records: Sequence[NightRecord], tags: Sequence[str]) -> str:
    insights = factor_insights(records, tags, outcomes=OUTCOMES[:1])
    heads = (
        translate("Report", "Factor"),
        translate("Report", "Nights with / without"),
        translate("Report", "Average with"),
        translate("Report", "Average without"),
        translate("Report", "Reading"),
        translate("Report", "Difference (95 % interval)"),
        translate("Report", "Cliff's δ"),
    )
    rows = ["<table width='100%'><tr>" + "".join(f"<th>{_head(h)}</th>" for h in heads) + "</tr>"]
    hidden = 0
    for insight in insights:
        c: Comparison = insight.comparisons[0]
        if c.n_with == 0 and c.n_without == 0:
            hidden += 1
            continue
        grey = "" if c.enough else " class='grey'"
        diff = (
            NO_ANSWER
            if c.difference is None
            else f"{format_value(c.outcome, c.difference, signed=True)} "
            f"({format_interval(c.outcome, c.interval)})"
        )
        delta = NO_ANSWER if c.cliffs_delta is None else decimal(c.cliffs_delta, 2, signed=True)
        rows.append(
            f"<tr{grey}><td>{_e(_factor(insight))}</td>"
            f"<td class='num'>{c.n_with} / {c.n_without}</td>"
            f"<td class='num'>{_e(format_value(c.outcome, c.mean_with))}</td>"
            f"<td class='num'>{_e(format_value(c.outcome, c.mean_without))}</td>"
            f"<td>{_e(direction_word(c))}</td>"
            f"<td class='num'>{_e(diff)}</td><td class='num'>{_e(delta)}</td></tr>"
        )
    rows.append("</table>")
    if hidden:
        rows.append(
            "<p class='muted small'>"
            + _e(translate("Report", "%n factors were not recorded in this period.", None, hidden))
            + "</p>"
        )
    return "".join(rows)


def _factor(insight: FactorInsight) -> str:
    return translate("Report", "{factor} ({with_side} / {without_side})").format(
        factor=translate("Insights", insight.label),
        with_side=translate("Insights", insight.with_label),
        without_side=translate("Insights", insight.without_label),
    )


def _head(text: str) -> str:
    """A column heading that wraps only between words: a narrow column must not cut a long
    German word ("Einschlafdaue-r"); it grows to the word instead."""
    return " ".join(f"<span style='white-space: nowrap'>{_e(w)}</span>" for w in text.split())


def nights_table(records: Sequence[NightRecord]) -> str:
    shown = [r for r in records if not r.night.is_empty() or r.factors][-MAX_TABLE_NIGHTS:][::-1]
    if not shown:
        no_nights = translate("Report", "No nights were logged in this period.")
        return f"<p class='muted'>{_e(no_nights)}</p>"
    heads = (
        translate("Report", "Night"),
        translate("Report", "Legs"),
        translate("Report", "Quality"),
        translate("Insights", OUTCOME_BY_KEY["sleep_onset_min"].short),
        translate("Report", "Woken"),
        translate("Insights", OUTCOME_BY_KEY["sleep_efficiency_pct"].short),
        translate("Report", "Routine"),
        translate("Report", "Tags"),
    )
    rows = ["<table width='100%'><tr>" + "".join(f"<th>{_head(h)}</th>" for h in heads) + "</tr>"]
    for r in shown:
        n = r.night
        eff = sleep_efficiency_pct(n)
        done = [translate("Report", _SHORT[s]) for s in ROUTINE_STEPS if r.routine.get(s)]
        every = translate("Report", "all", "every routine step done that night")
        routine = every if r.routine_done else (", ".join(done) or NO_ANSWER)
        tags = ", ".join(
            k.removeprefix(TAG_PREFIX) for k in sorted(r.factors) if k.startswith(TAG_PREFIX)
        )
        cells = (
            NO_ANSWER if n.rls_intensity is None else str(n.rls_intensity),
            NO_ANSWER if n.quality is None else str(n.quality),
            NO_ANSWER
            if n.sleep_onset_min is None
            else translate("Report", "{minutes} min").format(minutes=n.sleep_onset_min),
            NO_ANSWER if n.awakenings is None else str(n.awakenings),
            NO_ANSWER if eff is None else f"{decimal(eff, 1)} %",
        )
        rows.append(
            f"<tr><td>{_e(short_date(n.night))}</td>"
            + "".join(f"<td class='num'>{_e(c)}</td>" for c in cells)
            + f"<td>{_e(routine)}</td><td>{_e(tags)}</td></tr>"
        )
    rows.append("</table>")
    total = sum(1 for r in records if not r.night.is_empty() or r.factors)
    if total > len(shown):
        rows.append(
            "<p class='muted small'>"
            + _e(
                translate(
                    "Report",
                    "The {shown} most recent of %n logged nights; "
                    "the app's CSV export has every night.",
                    None,
                    total,
                ).format(shown=len(shown))
            )
            + "</p>"
        )
    return "".join(rows)


def notes(records: Sequence[NightRecord]) -> str:
    noted = [r for r in records if r.night.note.strip()][-MAX_NOTES:][::-1]
    if not noted:
        return ""
    items = []
    for r in noted:
        text = " ".join(r.night.note.split())
        if len(text) > NOTE_CHARS:
            text = text[: NOTE_CHARS - 1] + "…"
        items.append(f"<p><b>{_e(short_date(r.day))}:</b> {_e(text)}</p>")
    return "<h2>" + _e(translate("Report", "Notes")) + "</h2>" + "".join(items)
