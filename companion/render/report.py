"""A printable summary for a clinician: one to three A4 or Letter pages, drawn by Qt.

QtGui only (QPdfWriter, QTextDocument, QPainter) — no widgets — so the `report` command runs
with a bare QGuiApplication on the offscreen platform. Contents: the period, averages, the
restless-legs chart (the journal window's own painter), routine adherence, factor comparisons
with their caveats, the nights table, notes, and the not-medical-advice line on every page.
"""

from __future__ import annotations

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
    JournalData,
    NightRecord,
)
from companion.core.rls_summary import RlsRecords
from companion.core.texts import APP_NAME, NOT_MEDICAL_ADVICE
from companion.core.words import translate
from companion.render.chart_axes import Axis
from companion.render.chart_colours import chart_colours
from companion.render.chart_painter import paint_series, rolling_mean
from companion.render.dates import long_date, long_range
from companion.render.report_rls import (
    labs_section,
    medications_section,
    onset_chart_image,
    previsit_summary,
    weeks_section,
)
from companion.render.report_tables import (
    adherence_paragraph,
    averages,
    comparisons,
    nights_table,
    notes,
)
from companion.render.report_tables import (
    escaped as _e,
)

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
    writer.setTitle(
        translate("Report", "{app} — summary {period}").format(
            app=APP_NAME, period=long_range(first, last)
        )
    )
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
        translate("About", NOT_MEDICAL_ADVICE),
    )
    painter.drawText(
        rect.adjusted(0, 6, 0, 0),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        translate("Report", "page {number} of {pages}").format(number=number, pages=pages),
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
        title=translate(
            "Report", "Restless legs each night (0 none … 10 worst), with the 7-night average"
        ),
        colours=chart_colours(False),
        average=rolling_mean(values),
        empty_text=translate("Report", "No restless-legs scores in this period"),
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
        "<h1 style='page-break-before: always'>"
        + _e(translate("Report", "{app}: sleep and restless legs").format(app=APP_NAME))
        + "</h1>",
        "<p>"
        + translate(
            "Report",
            "<b>Period:</b> nights of {first} to {last} (%n nights; "
            "{answered} with a morning check-in).",
            None,
            days,
        ).format(first=_e(long_date(first)), last=_e(long_date(last)), answered=answered)
        + "</p>",
        "<p class='muted small'>"
        + _e(
            translate(
                "Report",
                "A personal sleep and symptom diary kept with the app. "
                "Scores are the person's own ratings; the app has no sensors.",
            )
        )
        + "</p>",
        "<h2>" + _e(translate("Report", "Averages")) + "</h2>",
        averages(records),
        f"<p><img src='chart:rls' width='{chart_w}' height='{chart_h}'></p>",
        f"<p><img src='chart:onset' width='{chart_w}' height='{chart_h}'></p>",
        weeks_section(nights, rls, first, last),
        medications_section(rls, first, last),
        labs_section(rls, first, last),
        "<h2>" + _e(translate("Report", "Evening routine")) + "</h2>",
        adherence_paragraph(records, last, days),
        "<h2>"
        + _e(translate("Report", "What went with better or worse nights (restless legs, 0–10)"))
        + "</h2>",
        comparisons(records, data.tags),
        "<p class='muted small'>"
        + " ".join(_e(translate("Insights", c)) for c in CAVEATS)
        + "</p>",
        "<h2>" + _e(translate("Report", "Nights")) + "</h2>",
        nights_table(records),
        notes(records),
    ]
    return "\n".join(parts)
