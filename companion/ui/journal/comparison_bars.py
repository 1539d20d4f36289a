"""Comparisons as bars: worse to the left, better to the right, "no clear difference" a dot.

The plain-words face of both comparison tabs; the numbers behind each bar live in the table
under the panel's "Details" toggle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from companion.core.insights import Comparison, direction_word
from companion.core.words import translate
from companion.ui.theme import colour, is_dark

# The shortest bar drawn for a clear difference, as a share of one side: a clear result never
# looks like nothing, even when the nights overlap a lot.
MIN_SHARE = 0.08


@dataclass(frozen=True)
class BarRow:
    """One bar: what is compared, the comparison, and the sentence that says it in full."""

    label: str
    comparison: Comparison
    sentence: str


def bar_share(c: Comparison) -> float:
    """How far the bar reaches, −1 (all the way to "worse") … 1 (all the way to "better").

    The size is Cliff's δ (how often a night on one side beats a night on the other), turned
    so that "better" is positive; 0 unless the comparison shows a clear direction."""
    direction = c.looks_better
    if direction is None or c.cliffs_delta is None:
        return 0.0
    size = max(abs(c.cliffs_delta), MIN_SHARE)
    return min(size, 1.0) if direction else -min(size, 1.0)


class ComparisonBar(QWidget):
    """A centre line with a bar to the right (better) or left (worse); a dot for no clear
    difference; nothing but the track when there are too few nights."""

    def __init__(self, row: BarRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.share = bar_share(row.comparison)
        self.setToolTip(row.sentence)
        self.setAccessibleName(row.label)
        self.setAccessibleDescription(row.sentence)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 12), int(line * 1.2))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 6), int(line * 1.2))

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = is_dark(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        mid_x = rect.center().x()
        thickness = rect.height() * 0.55
        track = QRectF(rect.left(), rect.center().y() - thickness / 2, rect.width(), thickness)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("alt", dark))
        painter.drawRoundedRect(track, thickness / 2, thickness / 2)
        c = self.row.comparison
        if c.enough and self.share == 0.0:
            painter.setBrush(colour("muted", dark))
            painter.drawEllipse(QPointF(mid_x, track.center().y()), thickness / 3, thickness / 3)
        elif self.share:
            reach = self.share * rect.width() / 2
            bar = QRectF(min(mid_x, mid_x + reach), track.top(), abs(reach), thickness)
            painter.setBrush(colour("accent" if self.share > 0 else "error", dark))
            painter.drawRoundedRect(bar, thickness / 4, thickness / 4)
        painter.setPen(QPen(colour("muted", dark), 1))
        painter.drawLine(QPointF(mid_x, rect.top()), QPointF(mid_x, rect.bottom()))
        painter.end()


class ComparisonBars(QWidget):
    """Rows of label · bar · word, under a key that says which side is which."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.bars: list[ComparisonBar] = []
        self.words: list[QLabel] = []

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.bars, self.words = [], []
        key = QWidget()
        key_row = QGridLayout(key)
        key_row.setContentsMargins(0, 0, 0, 0)
        worse = QLabel(translate("Insights", "← worse"))
        better = QLabel(translate("Insights", "better →"))
        key_row.addWidget(worse, 0, 0, Qt.AlignmentFlag.AlignLeft)
        key_row.addWidget(better, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.grid.addWidget(key, 0, 1)
        for i, row in enumerate(rows, start=1):
            name = QLabel(row.label)
            bar = ComparisonBar(row)
            word = QLabel(direction_word(row.comparison))
            word.setToolTip(row.sentence)
            name.setToolTip(row.sentence)
            if not row.comparison.enough:
                # The palette's muted role, so the row follows an evening/day switch.
                name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                word.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(bar, i, 1)
            self.grid.addWidget(word, i, 2)
            self.bars.append(bar)
            self.words.append(word)
        for line in range(self.grid.rowCount()):
            self.grid.setRowStretch(line, 0)
        self.grid.setRowStretch(len(rows) + 1, 1)  # rows stay together at the top
