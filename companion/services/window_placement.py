"""Whether this desktop lets the app place its own windows on the screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def platform_name() -> str:
    """Qt's name for the windowing system: "xcb", "wayland", "cocoa", "windows", "offscreen"…"""
    return QGuiApplication.platformName()


def places_windows() -> bool:
    """False on Wayland: a client there learns no screen positions and cannot move a window,
    so a card cannot be put beside the tray icon; the compositor decides where it goes."""
    return not platform_name().startswith("wayland")
