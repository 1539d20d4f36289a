from __future__ import annotations

import stat
import tomllib
from datetime import datetime, time

import pytest

from companion.core.settings import Settings
from companion.store.settings_file import dump_toml, load_settings, save_settings

NOW = datetime(2026, 11, 24, 20, 0)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_missing_file_gives_defaults(paths):
    loaded = load_settings(paths.settings_file, now=NOW)
    assert loaded.settings == Settings()
    assert loaded.problem is None


def test_save_then_load_round_trips_privately(paths):
    s = Settings(bedtime=time(23, 0), magnesium_label='Mg "glycinate" \\ 2', onboarding_done=True)
    save_settings(paths.settings_file, s)
    assert load_settings(paths.settings_file, now=NOW).settings == s
    assert mode(paths.settings_file) == 0o600
    assert mode(paths.settings_file.parent) == 0o700
    text = paths.settings_file.read_text()
    assert 'default = "23:00"' in text  # a person can read and edit it
    assert not list(paths.settings_file.parent.glob(".settings.toml.*"))  # no temp left over


def test_save_replaces_without_leaving_a_partial_file(paths, monkeypatch):
    save_settings(paths.settings_file, Settings(bedtime=time(21, 0)))
    import companion.store.files as files

    def explode(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", explode)
    with pytest.raises(OSError, match="disk full"):
        save_settings(paths.settings_file, Settings(bedtime=time(23, 0)))
    monkeypatch.undo()
    assert load_settings(paths.settings_file, now=NOW).settings.bedtime == time(21, 0)
    assert sorted(p.name for p in paths.settings_file.parent.iterdir()) == ["settings.toml"]


def test_damaged_file_is_moved_aside_and_defaults_used(paths):
    paths.ensure()
    paths.settings_file.write_bytes(b"\x00\xffnot toml [[[")
    loaded = load_settings(paths.settings_file, now=NOW)
    assert loaded.settings == Settings()
    assert loaded.problem is not None and "not a readable settings file" in loaded.problem
    assert loaded.moved_to is not None and loaded.moved_to.read_bytes() == b"\x00\xffnot toml [[["
    assert not paths.settings_file.exists()
    assert loaded.moved_to.name in loaded.problem


def test_a_bad_value_takes_its_default_and_the_file_is_left_as_it_is(paths):
    paths.ensure()
    text = 'snooze_minutes = 500\n[bedtime]\ndefault = "22:00"\nfriday = "²²:30"\n'
    paths.settings_file.write_text(text, encoding="utf-8")
    before = paths.settings_file.read_bytes()
    loaded = load_settings(paths.settings_file, now=NOW)
    assert loaded.settings.bedtime == time(22, 0)  # the rest stays in force
    assert loaded.settings.snooze_minutes == 10 and loaded.settings.bedtime_by_weekday == {}
    assert loaded.moved_to is None
    assert paths.settings_file.read_bytes() == before
    assert [p.name for p in paths.settings_file.parent.iterdir()] == ["settings.toml"]
    assert loaded.lines() == [
        'settings.toml: bedtime.friday: "²²:30" is not a time like 22:30; left out',
        "settings.toml: snooze_minutes: must be between 1 and 60, not 500; using 10",
    ]
    assert loaded.problem is not None and loaded.problem.count("\n•") == 2  # one message


def test_a_byte_order_mark_is_read(paths):
    paths.ensure()
    paths.settings_file.write_bytes(
        b'\xef\xbb\xbfsnooze_minutes = 7\n[bedtime]\ndefault = "23:00"\n'
    )
    loaded = load_settings(paths.settings_file, now=NOW)
    assert (loaded.settings.snooze_minutes, loaded.settings.bedtime) == (7, time(23, 0))
    assert loaded.problem is None and paths.settings_file.exists()


def test_dumper_output_is_valid_toml_for_awkward_text():
    data = {"a": 'quote " back \\ tab \t nl \n bell \x07', "t": {"x": True, "n": 3}}
    assert tomllib.loads(dump_toml(data)) == data
