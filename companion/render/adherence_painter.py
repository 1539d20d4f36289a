"""Painting the routine strip: one row of done / not-done cells per routine step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.render.chart_colours import ChartColours

# Marked here, translated where shown (context "Journal"); the charts above leave room for them.
STRIP_LABELS = {
    "magnesium": QT_TRANSLATE_NOOP("Journal", "Magnesium"),
    "stretch": QT_TRANSLATE_NOOP("Journal", "Stretches"),
    "lights": QT_TRANSLATE_NOOP("Journal", "Lights"),
}


def strip_label(step: str) -> str:
    """A routine step's row name, as shown."""
    return translate("Journal", STRIP_LABELS[step])


def strip_label_width(fm: QFontMetricsF) -> float:
    """The widest row name in the user's language, so no row name is ever cut."""
    return max(fm.horizontalAdvance(strip_label(step)) for step in STRIP_LABELS)


def paint_adherence(
    painter: QPainter,
    rect: QRectF,
    rows: Sequence[tuple[str, Sequence[bool | None]]],
    *,
    colours: ChartColours,
    plot_left: float | None = None,
    hover: int | None = None,
) -> QRectF:
    """One row per routine step: a filled cell for done, a pale one for not done, nothing where
    nothing was recorded. `plot_left` lines the cells up with the charts above. Returns the
    area of the cells."""
    painter.save()
    fm = QFontMetricsF(painter.font())
    left = plot_left if plot_left is not None else rect.left() + 90
    area = QRectF(left, rect.top(), max(rect.right() - 8 - left, 10), rect.height())
    row_h = area.height() / max(len(rows), 1)
    for r, (label, cells) in enumerate(rows):
        top = area.top() + r * row_h
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left() + 2, top, left - rect.left() - 8, row_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, left - rect.left() - 10),
        )
        count = len(cells)
        if not count:
            continue
        width = area.width() / count
        gap = 1.0 if width >= 4 else 0.0
        cell_h = row_h - 3
        cell_w = max(width - gap, 0.6)
        done: list[QRectF] = []
        missed: list[QRectF] = []
        for i, state in enumerate(cells):
            if state is not None:
                rect_i = QRectF(area.left() + i * width, top + 1.5, cell_w, cell_h)
                (done if state else missed).append(rect_i)
        # One call per colour: thousands of single fills are slow (and, in PySide6 6.12,
        # many thousand fillRect calls in one paint event upset its reference counting).
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in ((colours.not_done, missed), (colours.done, done)):
            if rects:
                painter.setBrush(colour)
                painter.drawRects(rects)
    if hover is not None and rows and 0 <= hover < len(rows[0][1]):
        width = area.width() / len(rows[0][1])
        pen = QPen(colours.highlight)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(
            QRectF(area.left() + hover * width, area.top(), max(width, 2), area.height())
        )
    painter.restore()
    return area
