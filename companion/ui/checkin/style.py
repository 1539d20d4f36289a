"""The check-in's style sheet: colours from the palette in effect, plus our error red."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from companion.ui.theme import colour


def stylesheet(pal: QPalette, dark: bool) -> str:
    """Colours from the palette in effect (any desktop's, light or dark) plus our error red."""

    def c(role: QPalette.ColorRole) -> str:
        return pal.color(role).name()

    role = QPalette.ColorRole
    window = pal.color(role.Window)
    text = pal.color(role.Text)
    card = _mix(window, text, 0.06)
    border = _mix(window, text, 0.28)
    return f"""
        QFrame#routineCard {{ background: {card.name()}; border-radius: 8px; }}
        QFrame#rule {{ background: {border.name()}; }}
        QLabel#hint {{ color: {c(role.PlaceholderText)}; }}
        QLabel#smallHeading {{ color: {c(role.PlaceholderText)}; }}
        QLabel#fieldError {{ color: {colour("error", dark).name()}; font-weight: 600; }}
        QPushButton[scale="true"] {{
            min-width: 2.1em; min-height: 1.9em; padding: 0;
            background: {c(role.Base)}; color: {c(role.Text)};
            border: 1px solid {border.name()}; border-radius: 6px;
        }}
        QPushButton[scale="true"]:hover {{ border-color: {c(role.Highlight)}; }}
        QPushButton[scale="true"]:checked {{
            background: {c(role.Highlight)}; color: {c(role.HighlightedText)};
            border-color: {c(role.Highlight)}; font-weight: 700;
        }}
        QPushButton#chip {{
            padding: 4px 12px; border-radius: 10px;
            background: {c(role.Base)}; color: {c(role.Text)};
            border: 1px solid {border.name()};
        }}
        QPushButton#chip:checked {{
            background: {c(role.Highlight)}; color: {c(role.HighlightedText)};
            border-color: {c(role.Highlight)};
        }}
        QToolButton#detailsToggle {{ border: none; padding: 2px 4px 2px 0; }}
        QToolButton#detailsToggle:focus {{ border: 1px solid {c(role.Highlight)}; }}
        QPushButton#chip:focus, QPushButton[scale="true"]:focus {{
            border: 2px solid {c(role.Highlight)};
        }}
    """


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
