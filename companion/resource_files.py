"""Where the shipped resources (icons, drawings, sounds) are, however the app was installed.

One lookup for the three ways the app runs (DESIGN §3): a PyInstaller bundle unpacks them under
`sys._MEIPASS/resources`, a source checkout has them in `<repo>/resources`, and an installed
wheel carries them as package data in `companion/resources`.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

_REPO_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    if _REPO_RESOURCES.is_dir():
        return _REPO_RESOURCES
    # A wheel installs package data as plain files, so the Traversable is a real directory.
    return Path(str(files("companion") / "resources"))


def resource_path(*parts: str) -> Path:
    """The path of one resource file, e.g. resource_path("sounds", "done.wav")."""
    return resources_root().joinpath(*parts)
