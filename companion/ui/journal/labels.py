"""The journal's text pieces: headings, wrapped notes and the "read with care" box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from companion.core.insights import CAVEATS
from companion.core.texts import NOT_MEDICAL_ADVICE
from companion.core.words import translate


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def scrolling_page(owner: QWidget) -> QVBoxLayout:
    """A layout for `owner`'s content inside a frameless scroll area, so a small or 200 %
    screen scrolls the page instead of squeezing its text until it is cut."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    content = QWidget()
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(8, 8, 8, 8)
    return layout


def caveat_box(extra: tuple[str, ...] = ()) -> QFrame:
    """The caveats every comparison is read with, plus `extra` ones, and "not medical advice"."""
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 8, 10, 8)
    title = QLabel(translate("Journal", "Read with care"))
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    for text in (*CAVEATS, *extra):
        layout.addWidget(note("• " + translate("Insights", text)))
    layout.addWidget(note(translate("About", NOT_MEDICAL_ADVICE)))
    box.setAccessibleName(translate("Journal", "Caveats"))
    return box
