"""The breathing window's look: its fixed evening colours, type sizes and the shape's measures."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from companion.ui.theme import roles

DARK = True  # used at bedtime: always the evening colours
# Frames a second while the shape moves: a breath is slow, so this is smooth and costs little.
FRAMES_PER_SECOND = 20
FRAME_MS = round(1000 / FRAMES_PER_SECOND)
# The shape at empty lungs is this part of its full size; full size is this part of the room.
SMALLEST_SHAPE = 0.38
SHAPE_SHARE = 0.92
SHAPE_FILL_ALPHA = 0.30  # the disc is a soft wash of the accent, its rim the accent itself
SHAPE_RIM_WIDTH = 3
GUIDE_RING_WIDTH = 1
# Type at the window's first size; it grows with the window (the view from across the room).
WORDS_PX = 40
TIME_PX = 20
HINT_PX = 15
BUTTON_PX = 16
BUTTON_HEIGHT = 42
BUTTON_WIDTH = 110
MARGIN = 24
GAP = 12


def colour(role: str) -> QColor:
    return QColor(roles(DARK)[role])


def set_font(widget: QWidget, pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> None:
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setWeight(weight)
    widget.setFont(font)


def style_sheet() -> str:
    """Fixed evening colours, so the window looks the same under a light desktop palette."""
    c = roles(DARK)
    return f"""
        QWidget#breathingWindow {{ background: {c["window"]}; }}
        QLabel {{ color: {c["text"]}; background: transparent; }}
        QLabel#timeLeft, QLabel#keys {{ color: {c["muted"]}; }}
        QPushButton {{
            background: {c["raised"]}; color: {c["text"]};
            border: 1px solid {c["line"]}; border-radius: 10px; padding: 6px 18px;
        }}
        QPushButton:hover {{ border-color: {c["accent"]}; }}
        QPushButton:pressed {{ background: {c["surface"]}; }}
        QPushButton#primary {{
            background: {c["accent"]}; color: {c["accent_text"]}; border-color: {c["accent"]};
        }}
    """
