"""Shared fixtures: every test runs offscreen, in a private temp data dir, never the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists; end-to-end tests set their own DISPLAY for the child process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("BEDTIME_COMPANION_HOME", None)

import pytest
from PySide6.QtGui import QPalette

from companion.store.paths import Paths, resolve_paths
from tests.audio_server import audio_server, with_audio
from tests.fakes import FakeClock

__all__ = ["audio_server", "with_audio"]  # fixtures for every test folder


@pytest.fixture(autouse=True)
def _no_real_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG folders at a temp dir, so a slip can never touch the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty folder used as --data-dir."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def paths(data_dir: Path) -> Iterator[Paths]:
    yield resolve_paths(data_dir)


@pytest.fixture
def on_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app believes it runs on Wayland (no window positions) while it draws offscreen."""
    from companion.services import window_placement

    monkeypatch.setattr(window_placement, "platform_name", lambda: "wayland")


@pytest.fixture
def fake_clock() -> FakeClock:
    """A monotonic clock the test moves by hand (tests/fakes.py)."""
    return FakeClock()


@pytest.fixture(autouse=True)
def _app_look_restored() -> Iterator[None]:
    """The app sets the whole QApplication's palette (evening or day): undo it after each test,
    so no test sees the look an earlier one left behind."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = app.palette() if isinstance(app, QApplication) else None
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(before if before is not None else QPalette())


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Every test starts in the language the suite's assertions are written in (the system's
    locale for dates, English words), whatever an earlier test chose."""
    from companion.services.language import use_language

    use_language("auto")
    yield
