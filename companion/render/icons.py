"""The app and tray icons, loaded from resources (the tray's also from the icon theme).

Drawn from PNGs made of our SVGs (tools/make_icons.py): an SVG icon loads Qt's SVG modules,
which the tray would then carry all day (~2 MB, issue 19). macOS's template image stays SVG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from companion import APP_ID
from companion.store.resource_files import resource_path

# The tray drawings (resources/icons/<drawing>.svg) and the sizes made of each: 16-24 px
# panels at 100 %, 32-48 at 150-200 %, 64 for the largest; Qt scales the nearest for others.
TRAY_DRAWINGS = tuple(
    f"tray-{form}{suffix}" for form in ("outlined", "light", "dark") for suffix in ("", "-paused")
)
TRAY_SIZES = (16, 22, 24, 32, 44, 48, 64)
APP_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)  # the hicolor PNGs (tools/make_icons.py)


def _from_pngs(paths: list[tuple[Path, int]]) -> QIcon:
    icon = QIcon()
    for path, size in paths:
        icon.addFile(str(path), QSize(size, size))
    return icon


def app_icon() -> QIcon:
    hicolor = resource_path("linux", "icons", "hicolor")
    return _from_pngs(
        [(hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png", n) for n in APP_ICON_SIZES]
    )


def _drawing(name: str) -> QIcon:
    return _from_pngs([(resource_path("icons", "tray", f"{name}-{n}.png"), n) for n in TRAY_SIZES])


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
        outlined = _drawing(f"tray-outlined{suffix}")
        return QIcon.fromTheme(tray_icon_name(paused=paused), outlined) if themed else outlined
    return _drawing(f"tray-{'dark' if dark_panel else 'light'}{suffix}")
