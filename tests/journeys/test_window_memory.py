"""Check-in, settings, welcome and stretch windows are deleted when closed, and memory handed back:
a tray app that opens them every evening for weeks must not keep one of them alive."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest
import shiboken6
from PySide6.QtWidgets import QCompleter, QWidget
from pytestqt.qtbot import QtBot

from companion.core.settings import Settings
from companion.journeys.checkin import CheckinJourney
from companion.journeys.setup import SetupJourney
from companion.journeys.stretch import StretchJourney
from companion.services import memory
from companion.store.journal_store import open_journal
from companion.store.paths import Paths
from tests.fakes import FakeClock, JournalHost

NOW = datetime(2026, 3, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def host(paths: Paths) -> Iterator[JournalHost]:
    paths.ensure()
    with open_journal(paths, NOW) as store:
        yield JournalHost(paths, store, NOW, Settings(sound_enabled=False, voice_enabled=False))


@pytest.fixture
def released(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(memory, "release_memory", lambda: calls.append(True))
    return calls


def opened_closed_and_gone(qtbot: QtBot, open_window: Callable[[], QWidget]) -> list[bool]:
    """Open a window and close it as the user would: it must be deleted, referenced by nothing,
    and memory released once it is gone. The calls to `release_memory`, for the caller."""
    released: list[bool] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(memory, "release_memory", lambda: released.append(True))
        window = open_window()
        assert window.isVisible()
        ref = weakref.ref(window)
        window.close()
        qtbot.waitUntil(lambda: released == [True])  # once, after Qt deleted the window
        assert not shiboken6.isValid(window)
        del window  # the test's own handle: nothing in the app may hold another
        gc.collect()
        assert ref() is None
    return released


def open_checkin(host: JournalHost) -> Callable[[], QWidget]:
    journey = CheckinJourney(host)

    def opened() -> QWidget:
        journey.open(None)
        assert len(journey.dialogs) == 1
        return next(iter(journey.dialogs.values()))

    return opened


def open_settings(host: JournalHost) -> Callable[[], QWidget]:
    journey = SetupJourney(host)

    def opened() -> QWidget:
        journey.open_settings()
        assert journey.settings_dialog is not None
        return journey.settings_dialog

    return opened


def open_stretch(host: JournalHost) -> Callable[[], QWidget]:
    journey = StretchJourney(host, session_clock=FakeClock())

    def opened() -> QWidget:
        journey.open(None)
        assert isinstance(journey.window, QWidget)
        return journey.window

    return opened


@pytest.mark.parametrize("opener", [open_checkin, open_settings, open_stretch])
def test_a_closed_window_is_deleted_and_opens_again(
    qtbot: QtBot, host: JournalHost, opener: Callable[[JournalHost], Callable[[], QWidget]]
) -> None:
    open_window = opener(host)
    assert opened_closed_and_gone(qtbot, open_window) == [True]
    assert opened_closed_and_gone(qtbot, open_window) == [True]  # a new window, gone as well


def test_settings_leave_no_time_zone_completer_behind(qtbot: QtBot, host: JournalHost) -> None:
    # The zone box's completer holds ~600 zone names; an orphan one per opening would add up.
    open_window = open_settings(host)
    for _ in range(2):
        opened_closed_and_gone(qtbot, open_window)
    assert not [o for o in gc.get_objects() if isinstance(o, QCompleter) and shiboken6.isValid(o)]


def test_the_welcome_is_deleted_once_answered(
    qtbot: QtBot, host: JournalHost, released: list[bool]
) -> None:
    journey = SetupJourney(host)
    journey.open_onboarding()
    welcome = journey.onboarding
    assert welcome is not None
    ref = weakref.ref(welcome)
    with qtbot.waitSignal(journey.welcomed):
        welcome.start_button.click()
    assert journey.onboarding is None and not journey.is_welcoming()
    qtbot.waitUntil(lambda: released == [True])
    assert not shiboken6.isValid(welcome)
    del welcome
    gc.collect()
    assert ref() is None


def test_release_memory_runs_anywhere() -> None:
    memory.release_memory()  # glibc or not, it never raises
