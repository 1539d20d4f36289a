"""A month calendar whose nights are tinted by restless-legs intensity, with its legend.

The tint is the theme's calm data ramp (0 = the quietest tile, 10 = the strongest; it reads by
lightness alone, so with any colour vision and in grey); a small check mark in the corner means
the whole routine (magnesium, stretches, lights) was done that evening. The month header and the
selected day wear theme roles, not Qt's default blue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCharFormat,
)
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QSizePolicy, QTableView, QWidget

from companion.core.insights import NightRecord
from companion.core.words import translate
from companion.render.chart_colours import (
    chart_colours,
    intensity_colour,
    paint_intensity_legend,
    readable_on,
)
from companion.store.night_keys import FIRST_YEAR, LAST_YEAR
from companion.ui.theme import colour, is_dark

# The nights the journal can hold (the store's one rule); no date input goes outside them.
FIRST_NIGHT = date(FIRST_YEAR, 1, 1)
LAST_NIGHT = date(LAST_YEAR, 12, 31)


def within_journal(day: date) -> bool:
    return FIRST_NIGHT <= day <= LAST_NIGHT


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class IntensityCalendar(QCalendarWidget):
    """QCalendarWidget painting each night by its RLS intensity and routine."""

    def __init__(
        self, lookup: Callable[[date], NightRecord | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 340)
        self.setAccessibleName(translate("Journal", "Nights by month"))
        self.setDateRange(to_qdate(FIRST_NIGHT), to_qdate(LAST_NIGHT))
        self._fit_weekday_row()
        self._plain_weekends()
        self._calm_header()
        self._name_parts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._plain_weekends()
            self._calm_header()

    def _plain_weekends(self) -> None:
        """Saturday and Sunday in the text colour: Qt's default red reads as an alarm here,
        and is hard to read on the evening palette."""
        names = QTextCharFormat()
        names.setForeground(self.palette().windowText())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, names)

    def _name_parts(self) -> None:
        """Qt leaves its calendar's arrows, year field and day grid without a name, so a screen
        reader would say only "button" or "table"; they are found by Qt's own object names."""
        names = {
            "qt_calendar_prevmonth": translate("Journal", "Previous month"),
            "qt_calendar_nextmonth": translate("Journal", "Next month"),
            "qt_calendar_yearedit": translate("Journal", "Year"),
            "qt_calendar_calendarview": translate("Journal", "Days of the month"),
        }
        for object_name, name in names.items():
            part = self.findChild(QWidget, object_name)
            if part is not None:
                part.setAccessibleName(name)

    def _calm_header(self) -> None:
        """The month bar on a raised surface in the text colour: Qt paints it in the selection
        colour, a loud band above the nights."""
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        if bar is None:
            return
        dark = is_dark(self)
        pal = QPalette(bar.palette())
        for role, name in (
            (QPalette.ColorRole.Highlight, "raised"),
            (QPalette.ColorRole.HighlightedText, "text"),
            (QPalette.ColorRole.ButtonText, "text"),
        ):
            pal.setColor(role, colour(name, dark))
        bar.setPalette(pal)

    def _fit_weekday_row(self) -> None:
        """The weekday names get one line, not a sixth of the height: Qt stretches every row
        of its grid alike, the names included, so the nights get the room instead."""
        grid = self.findChild(QTableView)
        if grid is None:
            return
        rows = grid.verticalHeader()
        rows.setMinimumSectionSize(1)
        rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        rows.resizeSection(0, grid.fontMetrics().height() * 2)

    def sizeHint(self) -> QSize:
        return QSize(560, 440)

    def refresh(self) -> None:
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        dark = is_dark(self)
        colours = chart_colours(dark)
        day = to_date(qdate)
        record = self._lookup(day)
        in_month = qdate.month() == self.monthShown()
        cell = QRectF(rect).adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        background = colour("surface", dark)
        painter.fillRect(QRectF(rect), background)
        intensity = record.night.rls_intensity if record else None
        if intensity is not None:
            fill = intensity_colour(intensity, dark=dark)
            if not in_month:
                fill.setAlphaF(0.35)
            path = QPainterPath()
            path.addRoundedRect(cell, 5, 5)
            painter.fillPath(path, fill)
            text_colour = readable_on(fill) if in_month else colours.muted
        else:
            text_colour = colours.text if in_month else colours.muted
            if record is not None:  # something logged but no intensity: outline only
                painter.setPen(QPen(colours.grid, 1.2))
                painter.drawRoundedRect(cell, 5, 5)
        font = painter.font()
        if qdate == self.selectedDate():
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        if record is not None and record.routine_done and in_month:
            self._paint_check(painter, cell, text_colour if intensity is not None else colours.done)
        if qdate == self.selectedDate():
            ring = QPen(colour("focus", dark))
            ring.setWidthF(2.5)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
        painter.restore()

    @staticmethod
    def _paint_check(
        painter: QPainter, cell: QRectF, ink: QColor, size: float | None = None
    ) -> None:
        size = size or min(cell.width(), cell.height()) * 0.22
        x, y = cell.right() - size - 4, cell.top() + 4
        pen = QPen(ink)
        pen.setWidthF(max(1.6, size / 5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(x, y + size * 0.55))
        path.lineTo(QPointF(x + size * 0.38, y + size * 0.9))
        path.lineTo(QPointF(x + size, y + size * 0.1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class IntensityLegend(QWidget):
    """The colour ramp 0 … 10 and what the check mark means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            translate(
                "Journal", "Legend: restless legs 0 none to 10 worst; check mark: routine done"
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(420, self.fontMetrics().height() * 2 + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        dark = is_dark(self)
        colours = chart_colours(dark)
        line = self.fontMetrics().height()
        painter.setPen(colours.text)
        legs = translate("Journal", "Restless legs:", "the legend of the colours")
        painter.drawText(QPointF(4, self.fontMetrics().ascent() + 2), legs)
        left = self.fontMetrics().horizontalAdvance(legs) + 10
        width = min(self.width() - left - 4, 360)
        paint_intensity_legend(painter, QRectF(left, 0, width, line + 4), colours)
        y = line + 8
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        IntensityCalendar._paint_check(
            painter, QRectF(0, y - 4, line + 8, line), colours.done, line * 0.75
        )
        painter.setPen(colours.muted)
        painter.drawText(
            QPointF(line + 12, y + self.fontMetrics().ascent()),
            translate(
                "Journal",
                "whole routine done that evening · plain: nothing logged · outline: no legs score",
            ),
        )
        painter.end()
