"""A settings file with a bad value, in the running app: that key's default, everything else in
force, the file untouched, one message, and the reminders running (DESIGN §4.2)."""

from __future__ import annotations

import dataclasses
from datetime import time

from companion import APP_ID
from companion.integration.autostart import DATA_DIR_FLAG
from companion.store.paths import Paths, xdg_config_home
from tests.app.conftest import SET_UP, started_app

BAD = (
    SET_UP
    + "snooze_minutes = 5\n"
    + "[bedtime]\n"
    + 'default = "²²:30"\n'  # AltGr+2 on a German keyboard
    + 'friday = "23:45"\n'
    + "[steps.magnesium]\n"
    + "offset_minutes = -20\n"
    + "[steps.lights]\n"
    + "offset_minutes = 40\n"
)


def _close(companion: object) -> None:
    companion.shut_down()  # type: ignore[attr-defined]
    for box in list(companion.messages):  # type: ignore[attr-defined]
        box.close()
    companion.panel.hide()  # type: ignore[attr-defined]


def test_a_bad_value_takes_its_default_and_the_reminders_keep_running(qtbot, paths: Paths):
    paths.ensure()
    paths.settings_file.write_text(BAD, encoding="utf-8")
    before = paths.settings_file.read_bytes()
    companion = started_app(paths, None)
    try:
        qtbot.waitUntil(lambda: companion.tonight is not None, timeout=3000)
        assert companion.tonight.scheduler.plan is not None  # tonight is planned
        settings = companion.settings
        assert settings.bedtime == time(22, 30)  # the default for the bad key alone
        assert settings.bedtime_by_weekday == {4: time(23, 45)}  # the rest in force
        assert settings.snooze_minutes == 5
        assert settings.steps["magnesium"].offset_minutes == 90
        assert settings.steps["lights"].offset_minutes == 40
        assert settings.timezone == "Europe/Berlin"
        assert companion.setup.onboarding is None  # onboarding_done still counts
        assert len(companion.messages) == 1  # told once, naming each bad key
        text = companion.messages[0].text()
        assert 'bedtime.default: "²²:30" is not a time like 22:30; using 22:30' in text
        assert "steps.magnesium.offset_minutes" in text and "using 90" in text
        assert "friday" not in text and "snooze" not in text
        # The file stays where it is, byte for byte, and nothing is put beside it.
        assert paths.settings_file.read_bytes() == before
        assert sorted(p.name for p in paths.config_dir.glob("settings.toml*")) == ["settings.toml"]
    finally:
        _close(companion)


def test_a_plan_exists_for_a_5000_digit_hour(qtbot, paths: Paths):
    companion = started_app(paths, SET_UP + f'[bedtime]\ndefault = "{"9" * 5000}:30"\n')
    try:
        qtbot.waitUntil(lambda: companion.tonight is not None, timeout=3000)
        assert companion.tonight.scheduler.plan is not None
        assert len(companion.messages) == 1
        assert len(companion.messages[0].text()) < 600  # the value is shown cut short
    finally:
        _close(companion)


def test_a_byte_order_mark_is_read_not_fatal(qtbot, paths: Paths):
    paths.ensure()
    paths.settings_file.write_bytes(b"\xef\xbb\xbf" + (SET_UP + "snooze_minutes = 7\n").encode())
    companion = started_app(paths, None)
    try:
        assert companion.settings.snooze_minutes == 7
        assert companion.messages == []
        assert paths.settings_file.exists()
    finally:
        _close(companion)


def test_start_at_login_keeps_the_data_folder(qtbot, paths: Paths):
    companion = started_app(paths)
    try:
        companion.setup.apply(dataclasses.replace(companion.settings, start_at_login=True))
        entry = xdg_config_home() / "autostart" / f"{APP_ID}.desktop"
        exec_line = next(v for v in entry.read_text().splitlines() if v.startswith("Exec="))
        assert f"{DATA_DIR_FLAG} {paths.data_dir} " in exec_line  # the same journal at login
        assert entry.stat().st_mode & 0o777 == 0o600
    finally:
        _close(companion)
