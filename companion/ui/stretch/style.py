"""The stretch window's look: its fixed evening colours, its style sheet, fonts and buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QPushButton, QWidget

from companion.ui.stretch.texts import text
from companion.ui.theme import roles

DARK = True  # this window always wears the evening colours
# Hints and steps are read from the floor, a couple of metres away: never smaller than this.
LEGIBLE_POINTS = 12.0

Action = Callable[[], object]  # what a button does when clicked

# Turns a size at the window's first size into the size at its current one (see
# StretchWindow._apply_scale).
Scaler = Callable[[float], int]


def make_button(key: str, action: Action) -> QPushButton:
    """A button named by text(key), with its tooltip and accessible name from the same table.
    It never takes the focus: the window takes the keys itself, Space above all."""
    button = QPushButton(text(key))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setToolTip(text(f"tip_{key}"))
    button.setAccessibleName(text(f"a11y_{key}"))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(lambda _checked=False: action())
    return button


def legible(widget: QWidget, pixels: int) -> int:
    """`pixels`, raised to LEGIBLE_POINTS on the widget's screen if it falls short."""
    return max(pixels, round(LEGIBLE_POINTS * widget.logicalDpiY() / 72))


def scale_button(button: QPushButton, px: Scaler) -> None:
    """Every button of the window has the same type and the same least size."""
    set_font(button, px(17), QFont.Weight.Medium)
    button.setMinimumHeight(px(46))
    # Never narrower than its words: a squeezed button would cut them ("ull screer").
    button.setMinimumWidth(max(px(110), button.sizeHint().width()))


def set_font(widget: QWidget, pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> None:
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setWeight(weight)
    widget.setFont(font)


def style_sheet() -> str:
    """Fixed evening colours, so the window looks the same under a light desktop palette."""
    c = roles(DARK)
    border = c["line"]
    return f"""
        QWidget#stretchWindow, QStackedWidget > QWidget {{ background: {c["window"]}; }}
        QLabel {{ color: {c["text"]}; background: transparent; }}
        QLabel#position, QLabel#keys, QLabel#summaryClosing, QLabel#askKeys {{
            color: {c["muted"]};
        }}
        QLabel#safety {{ color: {c["muted"]}; font-style: italic; }}
        QLabel#side {{ color: {c["accent"]}; }}
        QLabel#next {{ color: {c["muted"]}; }}
        QPushButton {{
            background: {c["raised"]}; color: {c["text"]};
            border: 1px solid {border}; border-radius: 10px; padding: 6px 18px;
        }}
        QPushButton:hover {{ border-color: {c["accent"]}; }}
        QPushButton:focus {{ border: 2px solid {c["focus"]}; }}
        QPushButton:pressed {{ background: {c["surface"]}; }}
        QPushButton:disabled {{ color: {c["muted"]}; border-color: {c["raised"]}; }}
        QPushButton#primary {{
            background: {c["accent"]}; color: {c["accent_text"]}; border-color: {c["accent"]};
        }}
        QPushButton#primary:focus {{ border: 2px solid {c["text"]}; }}
        QPushButton#primary:pressed {{ background: {QColor(c["accent"]).darker(115).name()}; }}
        QToolTip {{
            background: {c["surface"]}; color: {c["text"]}; border: 1px solid {border};
            padding: 4px 8px;
        }}
    """
