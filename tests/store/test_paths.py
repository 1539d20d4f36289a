"""Where the files go: one folder when asked, else the platform's; folders made private."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from companion.store.paths import (
    HOME_ENV,
    make_missing_dirs,
    make_private_dir,
    resolve_paths,
    xdg_config_home,
    xdg_data_home,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_home_variable_means_not_set(monkeypatch, tmp_path, value):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(HOME_ENV, value)
    paths = resolve_paths()
    assert paths.root is None
    assert tmp_path not in (paths.config_dir, paths.data_dir, paths.state_dir)
    assert "bedtime-companion" in paths.data_dir.parts  # the platform's folders


def test_the_home_variable_gives_one_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "bc"))
    paths = resolve_paths()
    assert paths.root == paths.data_dir == paths.config_dir == tmp_path / "bc"


def test_every_folder_made_is_private_and_existing_ones_keep_their_mode(tmp_path):
    tmp_path.chmod(0o755)
    make_private_dir(tmp_path / "a" / "b" / "c")
    assert [_mode(tmp_path / p) for p in ("a", "a/b", "a/b/c")] == [0o700] * 3
    assert _mode(tmp_path) == 0o755
    shared = tmp_path / "desktop"
    shared.mkdir()
    shared.chmod(0o755)
    make_missing_dirs(shared / "autostart")
    assert (_mode(shared), _mode(shared / "autostart")) == (0o755, 0o700)


XDG_CASES = {
    "unset": {},
    "absolute": {"XDG_CONFIG_HOME": "/x/conf", "XDG_DATA_HOME": "/x/data", "XDG_STATE_HOME": "/s"},
    "empty": {"XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "XDG_STATE_HOME": ""},
    "relative": {"XDG_CONFIG_HOME": "conf", "XDG_DATA_HOME": "./d", "XDG_STATE_HOME": "s"},
}


@pytest.mark.parametrize("case", XDG_CASES)
def test_on_linux_the_folders_are_those_platformdirs_would_give(monkeypatch, tmp_path, case):
    """Read here without platformdirs (~0.4 MB the tray would carry): the same answers."""
    import platformdirs.unix

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv(HOME_ENV, raising=False)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in XDG_CASES[case].items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.platform", "linux")
    paths = resolve_paths()
    theirs = platformdirs.unix.Unix("bedtime-companion")
    assert paths.config_dir == Path(theirs.user_config_dir)
    assert paths.data_dir == Path(theirs.user_data_dir)
    assert paths.state_dir == Path(theirs.user_state_dir)
    assert (xdg_config_home(), xdg_data_home()) == (
        Path(platformdirs.unix.Unix().user_config_dir),
        Path(platformdirs.unix.Unix().user_data_dir),
    )
