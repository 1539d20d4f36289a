"""Every folder the app makes is 0700 and every file it writes 0600; folders it does not own
keep their mode (DESIGN §4.2). The app's main writing paths, into a fresh home, then a walk."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.cli.main import main
from companion.services.instance import SingleInstance
from companion.store.paths import resolve_paths
from tests.app.conftest import started_app


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_everything_written_into_a_fresh_home_is_private(qtbot, capsys, monkeypatch):
    home = Path(os.environ["HOME"])
    monkeypatch.setenv("BEDTIME_COMPANION_HOME", "")  # empty means "not set": platformdirs
    mine = home / "Documents"  # the user's own folder, for the files they ask for
    mine.mkdir(mode=0o755)
    mine.chmod(0o755)
    old_umask = os.umask(0o022)  # the usual umask, whatever the runner's
    try:
        _write_everything(qtbot, home, mine)
    finally:
        os.umask(old_umask)
    written = [p for p in home.rglob("*") if p != mine]
    assert (mine / "for the doctor.pdf").exists() and (mine / "nights.json").exists()
    assert any(p.name == "journal.sqlite3" for p in written)
    assert any(p.name.endswith(".desktop") for p in written)  # the autostart entry
    wrong = {
        str(p.relative_to(home)): oct(_mode(p))
        for p in written
        if not p.is_symlink() and _mode(p) != (0o700 if p.is_dir() else 0o600)
    }
    assert wrong == {}
    assert _mode(mine) == 0o755  # the user's folder keeps its mode
    capsys.readouterr()


def _write_everything(qtbot: QtBot, home: Path, mine: Path) -> None:
    paths = resolve_paths()
    assert paths.root is None and home in paths.config_dir.parents

    paths.ensure()  # what `run` does first
    instance = SingleInstance(paths.state_dir, paths.data_dir)
    try:
        assert instance.claim()
        assert _mode(paths.state_dir / "instance.lock") == 0o600  # gone once released
        companion = started_app(paths)  # settings, journal, reminders
        try:
            qtbot.waitUntil(lambda: companion.tonight is not None, timeout=3000)
            companion.setup.apply(dataclasses.replace(companion.settings, start_at_login=True))
        finally:
            companion.shut_down()
            companion.panel.hide()
        assert main(["log", "--night", "2026-11-23", "--rls", "3"]) == 0
        assert main(["export", "--format", "json", "--output", str(mine / "nights.json")]) == 0
        assert main(["report", "--output", str(mine / "for the doctor.pdf")]) == 0
    finally:
        instance.release()
