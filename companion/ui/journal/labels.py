"""The journal's text pieces: headings, wrapped notes and the "read with care" box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from companion.core.insights import CAVEATS
from companion.core.texts import NOT_MEDICAL_ADVICE


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


def caveat_box(extra: tuple[str, ...] = ()) -> QFrame:
    """The caveats every comparison is read with, plus `extra` ones, and "not medical advice"."""
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 8, 10, 8)
    title = QLabel("Read with care")
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    for text in (*CAVEATS, *extra):
        layout.addWidget(note("• " + text))
    layout.addWidget(note(NOT_MEDICAL_ADVICE))
    box.setAccessibleName("Caveats")
    return box
