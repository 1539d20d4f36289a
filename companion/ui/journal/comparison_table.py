"""The table both comparison tabs use: one comparison a row, thin samples greyed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import NO_ANSWER, Comparison, format_interval, format_value
from companion.core.words import decimal, translate
from companion.ui.theme import colour, is_dark


class Details(QWidget):
    """A "Details" toggle (a button, so Tab and Space reach it) over the numbers, folded away
    until asked for: the main view speaks in words, the numbers are one key press away."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(translate("Insights", "&Details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAccessibleName(translate("Insights", "Details: the numbers behind the bars"))
        self.body = body
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self.toggle.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        # Folded, it takes only the button's height; open, the table takes the room.
        grow = QSizePolicy.Policy.Expanding if shown else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, grow)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def comparison_table(columns: Sequence[str], name: str) -> QTableWidget:
    """A read-only table of whole rows, columns fitted to their contents."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_comparison_row(
    table: QTableWidget,
    row: int,
    texts: Sequence[str],
    sentence: str,
    enough: bool,
    *,
    numeric: range,
) -> None:
    """One comparison's cells: numbers right-aligned, the plain sentence as tooltip, greyed
    when there are too few nights."""
    muted = colour("muted", is_dark(table))
    for col, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if col in numeric:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(sentence)
        if not enough:
            item.setForeground(muted)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        table.setItem(row, col, item)


def difference_text(c: Comparison) -> str:
    """'+1.2 (−0.3 to 2.6)': the difference with its 95 % interval, or NO_ANSWER."""
    if c.difference is None:
        return NO_ANSWER
    text = translate("Insights", "{difference} ({interval})", "a difference and its range")
    return text.format(
        difference=format_value(c.outcome, c.difference, signed=True),
        interval=format_interval(c.outcome, c.interval),
    )


def delta_text(c: Comparison) -> str:
    """Cliff's δ to two places with a real minus sign, or NO_ANSWER."""
    return NO_ANSWER if c.cliffs_delta is None else decimal(c.cliffs_delta, 2, signed=True)
