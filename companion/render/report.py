"""A printable summary for a clinician: one to three A4 or Letter pages, drawn by Qt.

QtGui only (QPdfWriter, QTextDocument, QPainter) — no widgets — so the `report` command runs
with a bare QGuiApplication on the offscreen platform. Contents: the period, averages, the
restless-legs chart (the journal window's own painter), routine adherence, factor comparisons
with their caveats, the nights table, notes, and the not-medical-advice line on every page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from companion.core.insights import (
    CAVEATS,
    NO_ANSWER,
    OUTCOME_BY_KEY,
    OUTCOMES,
    ROUTINE_LABELS,
    ROUTINE_STEPS,
    Comparison,
    JournalData,
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
from companion.core.rls_summary import RlsRecords
from companion.core.texts import APP_NAME, NOT_MEDICAL_ADVICE
from companion.render.chart_axes import Axis
from companion.render.chart_colours import chart_colours
from companion.render.chart_painter import paint_series, rolling_mean
from companion.render.dates import long_date, long_range, short_date
from companion.render.report_rls import (
    labs_section,
    medications_section,
    onset_chart_image,
    previsit_summary,
    weeks_section,
)

MAX_TABLE_NIGHTS = 31  # the nights table stays on about one page; CSV export has them all
MAX_NOTES = 12
NOTE_CHARS = 300
RESOLUTION = 300  # dpi of the PDF's device coordinates


def page_size_for(locale: QLocale) -> QPageSize.PageSizeId:
    """Letter in the United States and Canada (and the few others that use it), else A4."""
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
    }
    return QPageSize.PageSizeId.Letter if locale.territory() in letter else QPageSize.PageSizeId.A4


def build_report(
    data: JournalData,
    path: str | Path,
    days: int,
    *,
    last_night: date | None = None,
    page_size: QPageSize.PageSizeId | None = None,
    rls: RlsRecords | None = None,
) -> int:
    """Write the PDF for the `days` nights ending at `last_night` (default: the last logged);
    returns the number of pages."""
    last = last_night or data.last_night or date(2000, 1, 1)
    first = last - timedelta(days=days - 1)
    records = data.between(first, last)

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{APP_NAME} — summary {long_range(first, last)}")
    writer.setCreator(APP_NAME)
    writer.setPageSize(QPageSize(page_size or page_size_for(QLocale())))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Helvetica", "Arial", "sans-serif"])
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    footer_h = int(RESOLUTION * 0.45)  # about 11 mm for the footer
    page = QSizeF(writer.width(), writer.height() - footer_h)
    doc.setPageSize(page)

    chart_w = int(page.width())
    chart_h = int(chart_w * 0.28)
    doc.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("chart:rls"),
        _intensity_chart(records, first, days, chart_w, chart_h),
    )
    doc.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("chart:onset"),
        onset_chart_image([r.night for r in records], first, days, chart_w, chart_h, RESOLUTION),
    )
    doc.setDefaultStyleSheet(_CSS)
    # <img> sizes are in CSS pixels (1/96 inch); the document scales them to the device.
    css_w, css_h = round(chart_w * 96 / RESOLUTION), round(chart_h * 96 / RESOLUTION)
    doc.setHtml(_html(data, records, first, last, days, css_w, css_h, rls or RlsRecords()))

    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            doc.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
            _footer(painter, writer, page.height(), footer_h, number + 1, pages)
    finally:
        painter.end()
    return pages


def _footer(
    painter: QPainter, writer: QPdfWriter, top: float, height: int, number: int, pages: int
) -> None:
    painter.save()
    font = QFont()
    font.setPointSizeF(6.5)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    rect = QRectF(0, top + height * 0.15, writer.width(), height * 0.85)
    painter.drawLine(rect.topLeft(), rect.topRight())
    painter.drawText(
        rect.adjusted(0, 6, -writer.width() * 0.12, 0),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        NOT_MEDICAL_ADVICE,
    )
    painter.drawText(
        rect.adjusted(0, 6, 0, 0),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        f"page {number} of {pages}",
    )
    painter.restore()


def _intensity_chart(
    records: Sequence[NightRecord], first: date, days: int, width: int, height: int
) -> QImage:
    values: list[float | None] = [None] * days
    for r in records:
        if r.night.rls_intensity is not None:
            values[(r.day - first).days] = float(r.night.rls_intensity)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(int(RESOLUTION / 0.0254))
    image.setDotsPerMeterY(int(RESOLUTION / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font = QFont()
    font.setPointSizeF(7.5)
    painter.setFont(font)
    paint_series(
        painter,
        QRectF(0, 0, width, height),
        values,
        first=first,
        axis=Axis(0, 10, (0, 2, 4, 6, 8, 10)),
        title="Restless legs each night (0 none … 10 worst), with the 7-night average",
        colours=chart_colours(False),
        average=rolling_mean(values),
        empty_text="No restless-legs scores in this period",
    )
    painter.end()
    return image


_CSS = """
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; color: #23283a; }
p { margin: 2px 0; }
.muted { color: #5f6577; }
.small { font-size: 7.5pt; }
table { border-collapse: collapse; }
th { background: #efece5; text-align: left; padding: 2px 5px; font-weight: bold; }
td { padding: 1px 5px; border-bottom: 1px solid #e4e0d8; }
td.num { text-align: right; }
tr.grey td { color: #8a8f9c; font-style: italic; }
"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _html(
    data: JournalData,
    records: Sequence[NightRecord],
    first: date,
    last: date,
    days: int,
    chart_w: int,
    chart_h: int,
    rls: RlsRecords,
) -> str:
    answered = sum(not r.night.is_empty() for r in records)
    nights = [r.night for r in records]
    parts = [
        # Page one on its own: the person's summary a clinician can read before the visit.
        previsit_summary(nights, rls, first, last),
        f"<h1 style='page-break-before: always'>{_e(APP_NAME)}: sleep and restless legs</h1>",
        f"<p><b>Period:</b> nights of {long_date(first)} to {long_date(last)} ({days} nights; "
        f"{answered} with a morning check-in).</p>",
        "<p class='muted small'>A personal sleep and symptom diary kept with the app. "
        "Scores are the person's own ratings; the app has no sensors.</p>",
        "<h2>Averages</h2>",
        _averages(records),
        f"<p><img src='chart:rls' width='{chart_w}' height='{chart_h}'></p>",
        f"<p><img src='chart:onset' width='{chart_w}' height='{chart_h}'></p>",
        weeks_section(nights, rls, first, last),
        medications_section(rls, first, last),
        labs_section(rls, first, last),
        "<h2>Evening routine</h2>",
        _adherence(records, last, days),
        "<h2>What went with better or worse nights (restless legs, 0–10)</h2>",
        _comparisons(records, data.tags),
        "<p class='muted small'>" + " ".join(_e(c) for c in CAVEATS) + "</p>",
        "<h2>Nights</h2>",
        _nights_table(records),
        _notes(records),
    ]
    return "\n".join(parts)


def _averages(records: Sequence[NightRecord]) -> str:
    rows = [
        "<table width='100%'><tr><th>Measure</th><th>Nights answered</th>"
        "<th>Average</th><th>Median</th><th>Range</th></tr>"
    ]
    for o in OUTCOMES:
        values = sorted(v for r in records if (v := r.outcome(o.key)) is not None)
        if values:
            mid = len(values) // 2
            median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
            cells = (
                format_value(o, mean(values)),
                format_value(o, median),
                f"{format_value(o, values[0])} – {format_value(o, values[-1])}",
            )
        else:
            cells = (NO_ANSWER, NO_ANSWER, NO_ANSWER)
        rows.append(
            f"<tr><td>{_e(o.label)}</td><td class='num'>{len(values)}</td>"
            + "".join(f"<td class='num'>{_e(c)}</td>" for c in cells)
            + "</tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def _adherence(records: Sequence[NightRecord], last: date, days: int) -> str:
    period = adherence(records, last, days)
    week = adherence(records, last, min(7, days))
    run = streaks(records, last)
    steps = ", ".join(f"{ROUTINE_LABELS[s].lower()} {period.by_step[s]}" for s in ROUTINE_STEPS)
    return (
        f"<p>Whole routine (magnesium, stretches, lights dimmed) done on <b>{period.whole} of "
        f"{days}</b> nights ({steps}); {week.whole} of the last {week.days}. "
        f"{run_sentence(run.current, run.longest)}</p>"
    )


def _comparisons(records: Sequence[NightRecord], tags: Sequence[str]) -> str:
    insights = factor_insights(records, tags, outcomes=OUTCOMES[:1])
    rows = [
        "<table width='100%'><tr><th>Factor</th><th>Nights with / without</th>"
        "<th>Average with</th><th>Average without</th>"
        "<th>Reading</th><th>Difference (95 % interval)</th><th>Cliff's δ</th></tr>"
    ]
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
        delta = NO_ANSWER if c.cliffs_delta is None else f"{c.cliffs_delta:+.2f}".replace("-", "−")
        rows.append(
            f"<tr{grey}><td>{_e(insight.label)} ({_e(insight.with_label)} / "
            f"{_e(insight.without_label)})</td><td class='num'>{c.n_with} / {c.n_without}</td>"
            f"<td class='num'>{_e(format_value(c.outcome, c.mean_with))}</td>"
            f"<td class='num'>{_e(format_value(c.outcome, c.mean_without))}</td>"
            f"<td>{_e(direction_word(c))}</td>"
            f"<td class='num'>{_e(diff)}</td><td class='num'>{_e(delta)}</td></tr>"
        )
    rows.append("</table>")
    if hidden:
        rows.append(
            f"<p class='muted small'>{hidden} factors were not recorded in this period.</p>"
        )
    return "".join(rows)


def _nights_table(records: Sequence[NightRecord]) -> str:
    shown = [r for r in records if not r.night.is_empty() or r.factors][-MAX_TABLE_NIGHTS:][::-1]
    if not shown:
        return "<p class='muted'>No nights were logged in this period.</p>"
    rows = [
        "<table width='100%'><tr><th>Night</th><th>Legs</th><th>Quality</th>"
        f"<th>{_e(OUTCOME_BY_KEY['sleep_onset_min'].short)}</th><th>Woken</th>"
        f"<th>{_e(OUTCOME_BY_KEY['sleep_efficiency_pct'].short)}</th><th>Routine</th>"
        "<th>Tags</th></tr>"
    ]
    for r in shown:
        n = r.night
        eff = sleep_efficiency_pct(n)
        done = [ROUTINE_LABELS[s].split()[0].lower() for s in ROUTINE_STEPS if r.routine.get(s)]
        routine = "all" if r.routine_done else (", ".join(done) or NO_ANSWER)
        tags = ", ".join(
            k.removeprefix(TAG_PREFIX) for k in sorted(r.factors) if k.startswith(TAG_PREFIX)
        )
        cells = (
            NO_ANSWER if n.rls_intensity is None else str(n.rls_intensity),
            NO_ANSWER if n.quality is None else str(n.quality),
            NO_ANSWER if n.sleep_onset_min is None else f"{n.sleep_onset_min} min",
            NO_ANSWER if n.awakenings is None else str(n.awakenings),
            NO_ANSWER if eff is None else f"{eff:.1f} %",
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
            f"<p class='muted small'>The {len(shown)} most recent of {total} logged nights; "
            "the app's CSV export has every night.</p>"
        )
    return "".join(rows)


def _notes(records: Sequence[NightRecord]) -> str:
    noted = [r for r in records if r.night.note.strip()][-MAX_NOTES:][::-1]
    if not noted:
        return ""
    items = []
    for r in noted:
        text = " ".join(r.night.note.split())
        if len(text) > NOTE_CHARS:
            text = text[: NOTE_CHARS - 1] + "…"
        items.append(f"<p><b>{_e(short_date(r.day))}:</b> {_e(text)}</p>")
    return "<h2>Notes</h2>" + "".join(items)
