"""The check-in's text pieces: hints, headings, problem messages and the dividing rule."""

from __future__ import annotations

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def heading(text: str, *, small: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName("smallHeading" if small else "heading")
    font = QFont(label.font())
    font.setBold(True)
    if not small:
        font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class MessageLabel(QLabel):
    """A wrapped message that grows to as many lines as its real width needs.

    Layouts size a word-wrapped label from a guessed width; in a narrower column the second
    line would be cut off, so the label asks for the height its actual width takes.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def error_label() -> QLabel:
    label = MessageLabel()
    label.setContentsMargins(0, 0, 0, 4)  # a little air before the next field
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def rule() -> QFrame:
    line = QFrame()
    line.setObjectName("rule")
    line.setFixedHeight(1)
    return line


def sentence(text: str) -> str:
    """A model message as a sentence: capital first, full stop last."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
