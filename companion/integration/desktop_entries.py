"""`bedtime-companion install-desktop` / `uninstall-desktop`: menu entry and icons for this user.

A wheel or a bundle cannot put files into /usr/share, so this copies our .desktop file (its
Exec lines pointing at the install that runs this), the AppStream metainfo and the hicolor
icons into the user's XDG data folder ($XDG_DATA_HOME, default ~/.local/share). Uninstalling
removes exactly the files installing writes, found by name, and nothing else. Pure Python.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from companion import APP_ID
from companion.integration.autostart import desktop_exec, launch_command
from companion.store.files import write_atomically
from companion.store.paths import xdg_data_home
from companion.store.resource_files import resource_path

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
SYMBOLIC_TAILS = ("-symbolic", "-paused-symbolic")
ICON_SIZES = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256")


def installed_paths(target: Path | None = None) -> list[Path]:
    """Every file install_desktop() writes under `target` (default: data_home())."""
    target = target or xdg_data_home()
    paths = [target / "applications" / DESKTOP_FILE, target / "metainfo" / METAINFO_FILE]
    hicolor = target / "icons" / "hicolor"
    paths += [hicolor / size / "apps" / f"{APP_ID}.png" for size in ICON_SIZES]
    paths.append(hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    # The tray's symbolic icons (render/icons.py names them): tray hosts look them up by name.
    paths += [hicolor / "scalable" / "apps" / f"{APP_ID}{tail}.svg" for tail in SYMBOLIC_TAILS]
    return paths


def desktop_entry_for(argv: Sequence[str], template: str) -> str:
    """The shipped .desktop text with each Exec (and TryExec) pointing at `argv`."""
    command = desktop_exec(argv)
    lines = []
    for line in template.splitlines():
        key, sep, value = line.partition("=")
        if sep and key == "Exec":
            # "bedtime-companion stretch" -> "<this install> stretch"
            rest = value.split(" ", 1)[1] if " " in value else ""
            line = f"Exec={command} {rest}".rstrip()
        elif sep and key == "TryExec":
            # TryExec takes one path, no arguments; `python -m companion` has no single one.
            if len(argv) != 1:
                continue
            line = f"TryExec={desktop_exec(argv)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop(target: Path | None = None, argv: Sequence[str] | None = None) -> list[Path]:
    """Write the menu entry, metainfo and icons; return the files written."""
    target = target or xdg_data_home()
    argv = list(argv or launch_command())
    linux = resource_path("linux")
    template = (linux / DESKTOP_FILE).read_text(encoding="utf-8")
    contents: dict[Path, bytes] = {}
    desktop, metainfo, *icons = installed_paths(target)
    contents[desktop] = desktop_entry_for(argv, template).encode("utf-8")
    contents[metainfo] = (linux / METAINFO_FILE).read_bytes()
    for icon in icons:
        size = icon.parent.parent.name  # .../hicolor/<size>/apps/<id>.png
        contents[icon] = (linux / "icons" / "hicolor" / size / "apps" / icon.name).read_bytes()
    written = []
    for path, data in contents.items():
        # applications/, metainfo/ and icons/ are the desktop's folders: their modes stay.
        write_atomically(path, data, owned_folder=False)
        written.append(path)
    _touch(target / "icons" / "hicolor")  # icon caches notice a newer theme folder
    return written


def uninstall_desktop(target: Path | None = None) -> list[Path]:
    """Remove what install_desktop() wrote (only those files); return the files removed."""
    removed = []
    for path in installed_paths(target):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    if removed:
        _touch((target or xdg_data_home()) / "icons" / "hicolor")
    return removed


def _touch(folder: Path) -> None:
    if folder.is_dir():
        os.utime(folder)
