"""Palettes: the desktop's own by day, a calm low-glare one for the evening windows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# Evening colours: deep blue-grey, warm off-white text, a muted amber accent (no blue glare).
NIGHT = {
    "window": "#1d2230",
    "base": "#262c3c",
    "alt": "#2d3446",
    "text": "#e9e4da",
    "muted": "#a7a9b4",
    "accent": "#e0a458",
    "accent_text": "#1d2230",
    "button": "#2f3648",
    "error": "#ff9c8a",
}
DAY = {
    "window": "#f6f4ef",
    "base": "#ffffff",
    "alt": "#efece5",
    "text": "#23283a",
    "muted": "#5f6577",
    "accent": "#9a5b13",
    "accent_text": "#ffffff",
    "button": "#ebe7df",
    "error": "#b3261e",
}


def palette(dark: bool) -> QPalette:
    colours = NIGHT if dark else DAY
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "alt"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ButtonText, "text"),
        (role.ToolTipText, "text"),
        (role.ToolTipBase, "base"),
        (role.Button, "button"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "accent_text"),
        (role.PlaceholderText, "muted"),
        (role.Link, "accent"),
    ):
        pal.setColor(r, QColor(colours[key]))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(colours["muted"]))
    return pal


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the palette in effect draws light text on a dark background."""
    pal = widget.palette() if widget is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colour(name: str, dark: bool) -> QColor:
    return QColor((NIGHT if dark else DAY)[name])


def apply_palette(widget: QWidget, dark: bool) -> None:
    widget.setPalette(palette(dark))
    widget.setAutoFillBackground(True)
