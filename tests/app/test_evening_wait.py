"""By day the tray waits for its night without the reminders' machinery (issue 19), yet reads
and acts as if they ran: the first step on the tray, Pause tonight, the Tonight window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from companion.app.companion_app import CompanionApp
from companion.journeys.evening_wait import RECHECK, EveningWait
from companion.services.clock import ScaledClock
from companion.store.paths import Paths
from tests.fakes import BERLIN

from .conftest import started_app

AFTERNOON = datetime(2026, 11, 24, 14, 0, tzinfo=BERLIN)  # magnesium at 21:00: wake at 20:00
WAKE = datetime(2026, 11, 24, 20, 0, tzinfo=BERLIN)


@pytest.fixture
def afternoon_app(qtbot: object, paths: Paths) -> Iterator[CompanionApp]:
    companion = started_app(paths, at=AFTERNOON)
    yield companion
    companion.shut_down()
    if companion.panel_if_built is not None:
        companion.panel_if_built.hide()


def pause_actions(app: CompanionApp) -> list[str]:
    return [
        a.text() for a in app.tray.menu.actions() if a.text() in ("Pause tonight", "Resume tonight")
    ]


def the_wait(app: CompanionApp) -> EveningWait:
    wait = app.findChild(EveningWait)
    assert isinstance(wait, EveningWait)
    return wait


def test_by_day_the_tray_names_the_first_step_and_loads_no_reminders(
    afternoon_app: CompanionApp,
) -> None:
    app = afternoon_app
    assert app.tonight is None and app._journal is None  # no scheduler, no journal open
    assert app.tray.status_action.text() == "Magnesium at 21:00 · in 7 h"
    assert pause_actions(app) == ["Pause tonight"]
    wait = the_wait(app)
    # It looks at the clock every quarter of an hour at most: a suspend cannot make it late.
    assert wait.is_waiting and 0 < wait.next_check_ms <= RECHECK.total_seconds() * 1000 + 500


def test_an_hour_before_the_first_step_the_reminders_start(
    qtbot: object, afternoon_app: CompanionApp
) -> None:
    app = afternoon_app
    wait = the_wait(app)
    clock = app.clock
    assert isinstance(clock, ScaledClock)
    clock.jump(WAKE - clock.now() + timedelta(seconds=1))  # a suspend that ended after 20:00
    with qtbot.waitSignal(app.reminders_started):  # type: ignore[attr-defined]
        wait.resume.resumed.emit()  # as logind says at the end of a suspend
    assert app.tonight is not None
    assert app.tray.status_action.text() == "Magnesium at 21:00 · in 1 h"
    assert pause_actions(app) == ["Pause tonight"]  # the same one, not a second
    assert app.findChild(EveningWait) is None or not the_wait(app).is_waiting


def test_pause_tonight_by_day_starts_the_reminders_paused(afternoon_app: CompanionApp) -> None:
    app = afternoon_app
    assert app.pause_action is not None
    app.pause_action.trigger()
    assert app.tonight is not None and app.tonight.scheduler.is_paused
    assert app.tray.status_action.text() == "Paused tonight"
    assert pause_actions(app) == ["Resume tonight"]
    app.pause_action.trigger()
    assert not app.tonight.scheduler.is_paused


def test_the_tonight_window_by_day_shows_tonights_steps(afternoon_app: CompanionApp) -> None:
    app = afternoon_app
    app.show_panel()
    assert app.tonight is not None
    assert list(app.panel.rows)[:2] == ["magnesium", "stretch"]
