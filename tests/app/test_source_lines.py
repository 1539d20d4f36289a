"""Modules imported after PySide6 leave no copy of their source text behind (~8 MB all day)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import companion.app  # noqa: F401  (puts the check in place, as the app's start does)
from companion.app.source_lines import uses_pyside


@pytest.fixture
def fresh_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("lean_probe_qt", "lean_probe_plain"):
        sys.modules.pop(name, None)


def test_a_module_imported_after_pyside_is_not_kept_as_text(fresh_modules: Path) -> None:
    (fresh_modules / "lean_probe_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (fresh_modules / "lean_probe_plain.py").write_text("VALUE = 1\n")
    qt_module = __import__("lean_probe_qt")  # the import statement, which PySide hooks
    plain_module = __import__("lean_probe_plain")
    assert not [name for name in linecache.cache if "lean_probe" in name]
    # PySide still learns which modules use it, for its `__feature__` switches.
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["lean_probe_qt"] == 0
    assert feature.pyside_feature_dict["lean_probe_plain"] == -1
    assert uses_pyside(qt_module) and not uses_pyside(plain_module)


def test_a_module_without_source_counts_as_not_using_pyside() -> None:
    assert not uses_pyside(sys)
