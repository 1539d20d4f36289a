"""Where the shipped resources (icons, drawings, sounds) are, however the app was installed.

One lookup for the three ways the app runs (DESIGN §3): a PyInstaller bundle unpacks them under
`sys._MEIPASS/resources`, a source checkout has them in `<repo>/resources`, and an installed
wheel carries them as package data in `companion/resources`.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent.parent  # the companion package
_REPO_RESOURCES = _HERE.parent / "resources"
# A wheel installs resources/ as the package data folder companion/resources (pyproject.toml),
# as plain files: no importlib.resources needed, and the tray icon finds it sooner.
_WHEEL_RESOURCES = _HERE / "resources"


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    # The wheel's folder first: beside an installed package, <site-packages>/resources could
    # be anybody's.
    if _WHEEL_RESOURCES.is_dir():
        return _WHEEL_RESOURCES
    return _REPO_RESOURCES


def resource_path(*parts: str) -> Path:
    """The path of one resource file, e.g. resource_path("sounds", "done.wav")."""
    return resources_root().joinpath(*parts)
