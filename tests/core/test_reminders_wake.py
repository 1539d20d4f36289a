"""By day the reminders wait for their night: when they must run (issue 19)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time
from zoneinfo import ZoneInfo

from companion.core.custom_steps import CustomStep, caffeine_preset
from companion.core.reminders import REMINDERS_LEAD, reminders_wake_at, waiting_status
from companion.core.settings import Settings
from tests.fakes import BERLIN, NEW_YORK

SETTINGS = Settings()  # magnesium 21:00, stretch 21:45, lights 22:00, bedtime 22:30, check-in 07:15


def at(hour: int, minute: int = 0, day: int = 10, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=tz)


def test_by_day_the_reminders_wake_an_hour_before_the_first_step() -> None:
    assert REMINDERS_LEAD.total_seconds() == 3600
    assert reminders_wake_at(at(14), SETTINGS, BERLIN) == at(20)  # magnesium at 21:00
    assert reminders_wake_at(at(19, 59), SETTINGS, BERLIN) == at(20)


def test_from_that_hour_and_all_morning_they_run() -> None:
    assert reminders_wake_at(at(20), SETTINGS, BERLIN) is None
    assert reminders_wake_at(at(23), SETTINGS, BERLIN) is None
    # Before noon the night is last night's: its check-in may still be waiting.
    assert reminders_wake_at(at(9, day=11), SETTINGS, BERLIN) is None
    assert reminders_wake_at(at(11, 59, day=11), SETTINGS, BERLIN) is None
    # At noon a new night begins, and with it a new wait.
    assert reminders_wake_at(at(12, day=11), SETTINGS, BERLIN) == at(20, day=11)


def test_a_step_at_a_clock_time_wakes_them_earlier() -> None:
    tea = CustomStep(id="tea", title="Afternoon tea", at=time(16, 30))
    settings = dataclasses.replace(SETTINGS, custom_steps=(tea,))
    assert reminders_wake_at(at(13), settings, BERLIN) == at(15, 30)
    # A noon cut-off: nothing to wait for once the night has begun.
    noon = dataclasses.replace(SETTINGS, custom_steps=(caffeine_preset(),))
    assert reminders_wake_at(at(12, 30), noon, BERLIN) is None


def test_the_wait_follows_the_zone_of_the_plan() -> None:
    wake = reminders_wake_at(at(14, tz=NEW_YORK), SETTINGS, NEW_YORK)
    assert wake == at(20, tz=NEW_YORK)


def test_while_waiting_the_tray_names_the_first_step() -> None:
    assert waiting_status(at(14), SETTINGS, BERLIN) == "Magnesium at 21:00 · in 7 h"
