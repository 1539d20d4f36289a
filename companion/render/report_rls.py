"""The clinician report's restless-legs parts: the one-page pre-visit summary in the person's
own words, medicines, iron tests with the guideline's thresholds, the onset chart, and arms
and episodes per week. HTML for the report's QTextDocument, and the chart as an image."""

from __future__ import annotations

import html
import statistics
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from companion.core.diary import Night
from companion.core.journal import format_clock
from companion.core.onset import clock_from_night_minutes
from companion.core.rls_records import LabResult, MedicationCourse, format_dose
from companion.core.rls_summary import (
    IRON_GUIDELINE,
    RlsRecords,
    courses_in,
    earlier_sentence,
    labs_for,
    onset_points,
    weekly_rows,
)
from companion.render.dates import long_date, short_date
from companion.render.onset_chart import paint_onset_chart

NONE = "—"


def _e(text: object) -> str:
    return html.escape(str(text))


def onset_chart_image(
    nights: Sequence[Night], first: date, days: int, width: int, height: int, dpi: int
) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font = QFont()
    font.setPointSizeF(7.5)
    painter.setFont(font)
    paint_onset_chart(
        painter,
        QRectF(0, 0, width, height),
        onset_points(nights),
        first,
        days,
        background=QColor(Qt.GlobalColor.white),
    )
    painter.end()
    return image


def previsit_summary(nights: Sequence[Night], rls: RlsRecords, first: date, last: date) -> str:
    """Page one: the core questions a clinician asks, answered from the person's own records."""
    answered = [n for n in nights if not n.is_empty()]
    scores = [n.rls_intensity for n in answered if n.rls_intensity is not None]
    starts = onset_points(answered)
    arms = [n.arms for n in answered if n.arms is not None]
    woke = [n.legs_woke_me for n in answered if n.legs_woke_me is not None]
    episodes = [e for e in rls.episodes if first <= e.night <= last]
    reliefs = [e.relief for e in episodes if e.relief.strip()]
    current = [
        c for c in courses_in(rls.medications, first, last) if c.end is None or c.end >= last
    ]
    latest = max((r for r in rls.labs if r.taken <= last), key=lambda r: r.taken, default=None)
    answers: list[tuple[str, str]] = [
        (
            "How strong are my symptoms?",
            f"On average {statistics.fmean(scores):.1f} out of 10 over {len(scores)} nights "
            f"(0 none … 10 worst); {sum(s >= 7 for s in scores)} nights were 7 or more."
            if scores
            else "I did not rate them in this period.",
        ),
        (
            "When in the day do they start?",
            f"Usually around {clock_from_night_minutes(statistics.median(m for _, m in starts))}"
            f" (the median of {len(starts)} nights with a time); the earliest was "
            f"{clock_from_night_minutes(min(m for _, m in starts))}."
            if starts
            else "I did not note the clock time they began.",
        ),
        (
            "Are my arms involved too?",
            f"Yes on {sum(arms)} of {len(arms)} nights I answered." if arms else "Not recorded.",
        ),
        (
            "Do they wake me at night?",
            f"{sum(woke)} times in {len(woke)} nights; I noted {len(episodes)} night-time episodes."
            if woke or episodes
            else "Not recorded.",
        ),
        (
            "What brings relief?",
            "In my words: " + "; ".join(dict.fromkeys(reliefs).keys()) + "."
            if reliefs
            else "Nothing noted with an episode.",
        ),
        (
            "What do I take for them now?",
            "; ".join(_course_words(c) for c in current) + "."
            if current
            else "No medicine recorded.",
        ),
        (
            "My latest iron test",
            _lab_words(latest) if latest else "No iron test recorded.",
        ),
    ]
    trend = earlier_sentence(rls.onset_history, last)
    rows = "".join(
        f"<tr><td width='32%'><b>{_e(q)}</b></td><td>{_e(a)}</td></tr>" for q, a in answers
    )
    return (
        "<h1>Before my appointment</h1>"
        f"<p class='muted'>My own summary of the nights of {long_date(first)} to "
        f"{long_date(last)}, from the diary I keep.</p>"
        f"<table width='100%'>{rows}</table>"
        + (f"<p><b>{_e(trend)}</b></p>" if trend else "")
        + "<h2>Questions I want to ask</h2><p>1.</p><p>2.</p><p>3.</p>"
        + "<p class='muted small'>Written from the person's own diary entries; not a "
        "questionnaire score and not a diagnosis.</p>"
    )


def _course_words(c: MedicationCourse) -> str:
    at = f" at {format_clock(c.at)}" if c.at else ""
    return f"{c.name} {format_dose(c.dose)} {c.unit}{at} since {long_date(c.start)}"


def _lab_words(r: LabResult) -> str:
    parts = []
    if r.ferritin is not None:
        parts.append(f"ferritin {format_dose(r.ferritin)} ng/mL (µg/L)")
    if r.tsat is not None:
        parts.append(f"TSAT {format_dose(r.tsat)} %")
    return f"{long_date(r.taken)}: " + ", ".join(parts) + "."


def medications_section(rls: RlsRecords, first: date, last: date) -> str:
    courses = courses_in(rls.medications, first, last)
    if not courses:
        return "<h2>Medicines</h2><p class='muted'>No medicine course recorded in this period.</p>"
    rows = [
        "<h2>Medicines (as recorded by the person)</h2><table width='100%'><tr><th>Medicine</th>"
        "<th>Dose</th><th>Time of day</th><th>From</th><th>To</th></tr>"
    ]
    for c in courses:
        rows.append(
            f"<tr><td>{_e(c.name)}</td><td class='num'>{_e(format_dose(c.dose))} {_e(c.unit)}"
            f"</td><td>{_e(format_clock(c.at)) if c.at else NONE}</td>"
            f"<td>{_e(short_date(c.start))}</td>"
            f"<td>{_e(short_date(c.end)) if c.end else 'still taking'}</td></tr>"
        )
    return "".join(rows) + "</table>"


def labs_section(rls: RlsRecords, first: date, last: date) -> str:
    before, during = labs_for(rls.labs, first, last)
    shown = ([(before, "before this period")] if before else []) + [(r, "") for r in during]
    parts = ["<h2>Iron tests</h2>"]
    if not shown:
        parts.append("<p class='muted'>No iron test recorded.</p>")
    else:
        parts.append(
            "<table width='100%'><tr><th>Date</th><th>Ferritin (ng/mL = µg/L)</th>"
            "<th>TSAT (%)</th><th></th></tr>"
        )
        for r, note in shown:
            ferritin = format_dose(r.ferritin) if r.ferritin is not None else NONE
            tsat = format_dose(r.tsat) if r.tsat is not None else NONE
            parts.append(
                f"<tr><td>{_e(short_date(r.taken))}</td><td class='num'>{_e(ferritin)}</td>"
                f"<td class='num'>{_e(tsat)}</td><td class='muted'>{_e(note)}</td></tr>"
            )
        parts.append("</table>")
    parts.append(f"<p class='muted small'>{_e(IRON_GUIDELINE)}</p>")
    return "".join(parts)


def weeks_section(nights: Sequence[Night], rls: RlsRecords, first: date, last: date) -> str:
    rows = [
        "<h2>Arms, wakings and episodes per week</h2><table width='100%'><tr>"
        "<th>Week from</th><th>Nights answered</th><th>Arms too</th>"
        "<th>Times legs woke me</th><th>Night-time episodes</th><th>Median start</th></tr>"
    ]
    for w in weekly_rows(nights, rls.episodes, first, last):
        arms = f"{w.arms_yes} of {w.arms_answered}" if w.arms_answered else NONE
        rows.append(
            f"<tr><td>{_e(short_date(w.start))}</td><td class='num'>{w.nights_answered}</td>"
            f"<td class='num'>{_e(arms)}</td><td class='num'>{w.legs_woke_me}</td>"
            f"<td class='num'>{w.episodes}</td><td class='num'>{_e(w.median_start or NONE)}"
            "</td></tr>"
        )
    return "".join(rows) + "</table>"
