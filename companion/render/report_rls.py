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
from companion.core.rls_records import LabResult, MedicationCourse, shown_dose
from companion.core.rls_summary import (
    IRON_GUIDELINE,
    RlsRecords,
    courses_in,
    earlier_sentence,
    labs_for,
    onset_points,
    weekly_rows,
)
from companion.core.words import decimal, translate
from companion.render.dates import long_date, short_date
from companion.render.onset_chart import paint_onset_chart

NONE = "—"


def _e(text: object) -> str:
    return html.escape(str(text))


def _table_head(heads: Sequence[str]) -> str:
    return "<table width='100%'><tr>" + "".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr>"


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
            translate("Report", "How strong are my symptoms?"),
            _strength_words(scores),
        ),
        (
            translate("Report", "When in the day do they start?"),
            translate(
                "Report",
                "Usually around {usual} (the median of %n nights with a time); "
                "the earliest was {earliest}.",
                None,
                len(starts),
            ).format(
                usual=clock_from_night_minutes(statistics.median(m for _, m in starts)),
                earliest=clock_from_night_minutes(min(m for _, m in starts)),
            )
            if starts
            else translate("Report", "I did not note the clock time they began."),
        ),
        (
            translate("Report", "Are my arms involved too?"),
            translate("Report", "Yes on {yes} of %n nights I answered.", None, len(arms)).format(
                yes=sum(arms)
            )
            if arms
            else translate("Report", "Not recorded."),
        ),
        (
            translate("Report", "Do they wake me at night?"),
            translate(
                "Report",
                "{times} times in {nights} nights; I noted %n night-time episodes.",
                None,
                len(episodes),
            ).format(times=sum(woke), nights=len(woke))
            if woke or episodes
            else translate("Report", "Not recorded."),
        ),
        (
            translate("Report", "What brings relief?"),
            translate("Report", "In my words: {reliefs}.").format(
                reliefs=translate("Report", "; ", "between items of a list").join(
                    dict.fromkeys(reliefs).keys()
                )
            )
            if reliefs
            else translate("Report", "Nothing noted with an episode."),
        ),
        (
            translate("Report", "What do I take for them now?"),
            translate("Report", "{courses}.", "the medicines taken now, as a list").format(
                courses=translate("Report", "; ", "between items of a list").join(
                    _course_words(c) for c in current
                )
            )
            if current
            else translate("Report", "No medicine recorded."),
        ),
        (
            translate("Report", "My latest iron test"),
            _lab_words(latest) if latest else translate("Report", "No iron test recorded."),
        ),
    ]
    trend = earlier_sentence(rls.onset_history, last)
    rows = "".join(
        f"<tr><td width='32%'><b>{_e(q)}</b></td><td>{_e(a)}</td></tr>" for q, a in answers
    )
    own = translate(
        "Report", "My own summary of the nights of {first} to {last}, from the diary I keep."
    ).format(first=long_date(first), last=long_date(last))
    return (
        f"<h1>{_e(translate('Report', 'Before my appointment'))}</h1>"
        f"<p class='muted'>{_e(own)}</p>"
        f"<table width='100%'>{rows}</table>"
        + (f"<p><b>{_e(trend)}</b></p>" if trend else "")
        + f"<h2>{_e(translate('Report', 'Questions I want to ask'))}</h2>"
        + "<p>1.</p><p>2.</p><p>3.</p>"
        + "<p class='muted small'>"
        + _e(
            translate(
                "Report",
                "Written from the person's own diary entries; not a "
                "questionnaire score and not a diagnosis.",
            )
        )
        + "</p>"
    )


def _strength_words(scores: Sequence[int]) -> str:
    if not scores:
        return translate("Report", "I did not rate them in this period.")
    return translate(
        "Report",
        "On average {average} out of 10 over %n nights (0 none … 10 worst); "
        "{high} nights were 7 or more.",
        None,
        len(scores),
    ).format(average=decimal(statistics.fmean(scores), 1), high=sum(s >= 7 for s in scores))


def _course_words(c: MedicationCourse) -> str:
    if c.at:
        return translate("Report", "{name} {dose} {unit} at {time} since {start}").format(
            name=c.name,
            dose=shown_dose(c.dose),
            unit=c.unit,
            time=format_clock(c.at),
            start=long_date(c.start),
        )
    return translate("Report", "{name} {dose} {unit} since {start}").format(
        name=c.name, dose=shown_dose(c.dose), unit=c.unit, start=long_date(c.start)
    )


def _lab_words(r: LabResult) -> str:
    ferritin = None if r.ferritin is None else shown_dose(r.ferritin)
    tsat = None if r.tsat is None else shown_dose(r.tsat)
    if ferritin is not None and tsat is not None:
        text = translate("Report", "{date}: ferritin {ferritin} ng/mL (µg/L), TSAT {tsat} %.")
    elif ferritin is not None:
        text = translate("Report", "{date}: ferritin {ferritin} ng/mL (µg/L).")
    elif tsat is not None:
        text = translate("Report", "{date}: TSAT {tsat} %.")
    else:
        text = "{date}: ."
    return text.format(date=long_date(r.taken), ferritin=ferritin, tsat=tsat)


def medications_section(rls: RlsRecords, first: date, last: date) -> str:
    courses = courses_in(rls.medications, first, last)
    if not courses:
        return (
            f"<h2>{_e(translate('Report', 'Medicines'))}</h2><p class='muted'>"
            + _e(translate("Report", "No medicine course recorded in this period."))
            + "</p>"
        )
    heads = (
        translate("Report", "Medicine"),
        translate("Report", "Dose"),
        translate("Report", "Time of day"),
        translate("Report", "From"),
        translate("Report", "To"),
    )
    rows = [
        f"<h2>{_e(translate('Report', 'Medicines (as recorded by the person)'))}</h2>"
        + _table_head(heads)
    ]
    still = translate("Report", "still taking")
    for c in courses:
        rows.append(
            f"<tr><td>{_e(c.name)}</td><td class='num'>{_e(shown_dose(c.dose))} {_e(c.unit)}"
            f"</td><td>{_e(format_clock(c.at)) if c.at else NONE}</td>"
            f"<td>{_e(short_date(c.start))}</td>"
            f"<td>{_e(short_date(c.end) if c.end else still)}</td></tr>"
        )
    return "".join(rows) + "</table>"


def labs_section(rls: RlsRecords, first: date, last: date) -> str:
    before, during = labs_for(rls.labs, first, last)
    earlier = translate("Report", "before this period")
    shown = ([(before, earlier)] if before else []) + [(r, "") for r in during]
    parts = [f"<h2>{_e(translate('Report', 'Iron tests'))}</h2>"]
    if not shown:
        parts.append(f"<p class='muted'>{_e(translate('Report', 'No iron test recorded.'))}</p>")
    else:
        heads = (
            translate("Report", "Date"),
            translate("Report", "Ferritin (ng/mL = µg/L)"),
            translate("Report", "TSAT (%)"),
            "",
        )
        parts.append(_table_head(heads))
        for r, note in shown:
            ferritin = shown_dose(r.ferritin) if r.ferritin is not None else NONE
            tsat = shown_dose(r.tsat) if r.tsat is not None else NONE
            parts.append(
                f"<tr><td>{_e(short_date(r.taken))}</td><td class='num'>{_e(ferritin)}</td>"
                f"<td class='num'>{_e(tsat)}</td><td class='muted'>{_e(note)}</td></tr>"
            )
        parts.append("</table>")
    guideline = translate("Report", IRON_GUIDELINE)
    parts.append(f"<p class='muted small'>{_e(guideline)}</p>")
    return "".join(parts)


def weeks_section(nights: Sequence[Night], rls: RlsRecords, first: date, last: date) -> str:
    heads = (
        translate("Report", "Week from"),
        translate("Report", "Nights answered"),
        translate("Report", "Arms too"),
        translate("Report", "Times legs woke me"),
        translate("Report", "Night-time episodes"),
        translate("Report", "Median start"),
    )
    title = translate("Report", "Arms, wakings and episodes per week")
    rows = [f"<h2>{_e(title)}</h2>" + _table_head(heads)]
    for w in weekly_rows(nights, rls.episodes, first, last):
        arms = (
            translate(
                "Report", "{yes} of {answered}", "nights with arms too, of nights answered"
            ).format(yes=w.arms_yes, answered=w.arms_answered)
            if w.arms_answered
            else NONE
        )
        rows.append(
            f"<tr><td>{_e(short_date(w.start))}</td><td class='num'>{w.nights_answered}</td>"
            f"<td class='num'>{_e(arms)}</td><td class='num'>{w.legs_woke_me}</td>"
            f"<td class='num'>{w.episodes}</td><td class='num'>{_e(w.median_start or NONE)}"
            "</td></tr>"
        )
    return "".join(rows) + "</table>"
