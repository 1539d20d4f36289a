"""Stops PySide6 keeping the source text of every module imported after it (~8 MB all day)."""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's own test for its `__feature__` switches (does the source mention PySide6?),
    reading the file without keeping it: PySide asks `inspect.getsource`, which leaves every
    line of every module imported after PySide6 in `linecache` for the life of the process."""
    spec = getattr(module, "__spec__", None)
    loader = getattr(spec, "loader", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False  # built in, or a frozen bundle without sources: as inspect would say
    try:
        source = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source


def keep_no_source_lines() -> None:
    """Put `uses_pyside` in place of PySide6's check (imports PySide6 itself, once)."""
    import PySide6.QtCore  # noqa: F401  (loads shiboken's import hook and its feature module)

    feature = sys.modules.get("shibokensupport.feature")
    # A PySide6 that no longer reads sources has no such function: then there is nothing to do.
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name)
