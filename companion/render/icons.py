"""The app and tray icons, loaded from resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from companion.store.resource_files import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "bedtime-companion.svg")))


def tray_icon(*, dark_panel: bool, paused: bool = False) -> QIcon:
    """Monochrome: a light glyph on dark panels, a dark glyph on light ones."""
    name = f"tray-{'dark' if dark_panel else 'light'}{'-paused' if paused else ''}.svg"
    return QIcon(str(resource_path("icons", name)))
