"""The one visual system: colour roles for the day and the evening, a type scale, spacing steps.

A widget names a role here, never a hex value or a point size. The evening roles are the whole
palette in the evening (deep blue-grey, warm off-white text, a muted amber accent); by day the
desktop's own palette stays, with our accent, hint and link roles laid over it, so Qt's default
blue never shows.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from companion.render.colour_roles import DAY, NIGHT

__all__ = ["DAY", "NIGHT", "apply_palette", "colour", "day_palette", "font", "is_dark", "palette"]

ColourRole = Literal[
    "window", "surface", "raised", "text", "muted", "accent", "accent_text", "positive",
    "negative", "focus", "line",
]  # fmt: skip

# Type scale: size relative to the desktop's body font, and weight. Nothing below 9 pt.
TypeRole = Literal["display", "title", "heading", "body", "caption"]
TYPE_SCALE: dict[str, tuple[float, QFont.Weight]] = {
    "display": (2.6, QFont.Weight.DemiBold),  # the countdown
    "title": (1.5, QFont.Weight.Bold),
    "heading": (1.15, QFont.Weight.Bold),
    "body": (1.0, QFont.Weight.Normal),
    "caption": (0.9, QFont.Weight.Normal),
}
SMALLEST_POINTS = 9.0

# Spacing steps at 100 % (a 6 px rhythm): gaps inside a group, between groups, margins.
SPACE_TIGHT = 6
SPACE = 12
SPACE_LOOSE = 18
SPACE_SECTION = 24
RADIUS = 8  # corners of cards and tiles


def roles(dark: bool) -> dict[str, str]:
    return NIGHT if dark else DAY


def colour(name: str, dark: bool) -> QColor:
    """The colour of a role (see ColourRole) for the evening (`dark`) or the day."""
    return QColor(roles(dark)[name])


def font(role: TypeRole, base: QFont | None = None) -> QFont:
    """The type role's font, sized from `base` (default: the desktop's body font)."""
    result = QFont(base if base is not None else QGuiApplication.font())
    factor, weight = TYPE_SCALE[role]
    points = result.pointSizeF()
    if points > 0:
        result.setPointSizeF(max(points * factor, SMALLEST_POINTS))
    else:  # a pixel-sized font: scale its pixels instead
        result.setPixelSize(max(round(result.pixelSize() * factor), 12))
    result.setWeight(weight)
    return result


def palette(dark: bool) -> QPalette:
    """Our whole palette: the evening's when `dark`, else the day's."""
    colours = roles(dark)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "surface"),
        (role.AlternateBase, "raised"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ButtonText, "text"),
        (role.BrightText, "text"),
        (role.ToolTipText, "text"),
        (role.ToolTipBase, "raised"),
        (role.Button, "raised"),
        (role.Light, "raised"),
        (role.Midlight, "raised"),
        (role.Mid, "line"),
        (role.Dark, "line"),
        (role.Shadow, "window"),
    ):
        pal.setColor(r, QColor(colours[key]))
    _lay_accents(pal, dark)
    muted = QColor(colours["muted"])
    for r in (role.WindowText, role.Text, role.ButtonText):
        # Disabled text: the muted colour, a little fainter, so "cannot be used" still reads.
        faint = QColor(muted)
        faint.setAlphaF(0.7)
        pal.setColor(QPalette.ColorGroup.Disabled, r, faint)
    return pal


def day_palette(desktop: QPalette) -> QPalette:
    """The desktop's palette (light or dark) with our accent, focus, hint and link roles."""
    pal = QPalette(desktop)
    _lay_accents(pal, desktop.color(QPalette.ColorRole.Window).lightnessF() < 0.5)
    return pal


def _lay_accents(pal: QPalette, dark: bool) -> None:
    colours = roles(dark)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, key in (
            (role.Highlight, "accent"),
            (role.HighlightedText, "accent_text"),
            (role.Link, "accent"),
            (role.LinkVisited, "accent"),
            (role.PlaceholderText, "muted"),
            (role.Accent, "accent"),
        ):
            pal.setColor(group, r, QColor(colours[key]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Highlight, QColor(colours["line"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.PlaceholderText, QColor(colours["muted"]))


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the palette in effect draws light text on a dark background."""
    pal = widget.palette() if widget is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def apply_palette(widget: QWidget, dark: bool) -> None:
    """A window that always wears one palette (the stretch window, the evening cards)."""
    widget.setPalette(palette(dark))
    widget.setAutoFillBackground(True)


def use_look_palette(app: QGuiApplication, evening: bool) -> None:
    """Every window the app has or opens: the evening palette, or the desktop's by day."""
    if evening:
        app.setPalette(palette(True))
        return
    app.setPalette(QPalette())  # back to the desktop's own, which may have changed since
    app.setPalette(day_palette(QGuiApplication.palette()))
