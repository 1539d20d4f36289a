"""The app and tray icons, loaded from resources/icons (the tray's also from the icon theme)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from companion import APP_ID
from companion.store.resource_files import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "bedtime-companion.svg")))


def tray_icon_name(*, paused: bool = False) -> str:
    """The symbolic name tray hosts look up in the icon theme (install-desktop puts it there)."""
    return f"{APP_ID}-paused-symbolic" if paused else f"{APP_ID}-symbolic"


def tray_icon(
    *, dark_panel: bool | None = None, paused: bool = False, themed: bool = True
) -> QIcon:
    """The tray glyph for a panel of this colour, or of unknown colour (None).

    Unknown, as on Linux: the symbolic theme icon by name, so a StatusNotifierItem host draws it
    in its panel's colours; without it in the theme, the same outlined drawing from resources
    (a mid-tone glyph with a dark outline, >= 3:1 on light and dark panels). On macOS a template
    image, which the menu bar tints itself. Known: the plain light or dark form.

    `themed=False` gives the outlined drawing without asking the icon theme, whose first lookup
    reads the theme's index (~3 ms): the icon a tray host docks at start-up, themed right after.
    """
    suffix = "-paused" if paused else ""
    if dark_panel is None and QGuiApplication.platformName() == "cocoa":
        mask = QIcon(str(resource_path("icons", f"tray-light{suffix}.svg")))
        mask.setIsMask(True)
        return mask
    if dark_panel is None:
        outlined = QIcon(str(resource_path("icons", f"tray-outlined{suffix}.svg")))
        return QIcon.fromTheme(tray_icon_name(paused=paused), outlined) if themed else outlined
    name = f"tray-{'dark' if dark_panel else 'light'}{suffix}.svg"
    return QIcon(str(resource_path("icons", name)))
