"""The breathing journey: a session records the minutes breathed on tonight's journal and settles
tonight's breathing step (done, or partly done when stopped early)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.breathing import BreathingSettings
from companion.core.settings import Settings
from companion.journeys.breathing import BreathingJourney, build_breathing_window
from companion.journeys.reminders import Tonight
from companion.services.breathing_cues import BreathingCues
from companion.services.clock import ScaledClock
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths
from tests.fakes import BERLIN, FakeClock

EVENING = datetime(2026, 11, 24, 22, 10, tzinfo=BERLIN)
NIGHT = date(2026, 11, 24)


@dataclass
class Host:
    paths: Paths
    journal: JournalStore
    settings: Settings
    clock: ScaledClock = field(default_factory=lambda: ScaledClock(EVENING, 0.0))
    told: list[str] = field(default_factory=list)

    def zone(self) -> ZoneInfo:
        return BERLIN

    def tell(self, message: str) -> None:
        self.told.append(message)


class FakeTonight:
    """Tonight's breathing step as the reminders journey would answer it."""

    def __init__(self) -> None:
        self.settled: list[tuple[str, str]] = []

    def state_of(self, kind: str) -> object:
        @dataclass
        class State:
            is_pending: bool = False
            status: str = "done"  # "Start now" answered it

        return State()

    def settle(self, kind: str, answer: str) -> None:
        self.settled.append((kind, answer))

    # The reminders journey's own rule, on this fake's state and record.
    settle_after_session = Tonight.settle_after_session


@pytest.fixture
def journey(qtbot: QtBot, paths: Paths) -> Iterator[tuple[BreathingJourney, FakeClock, Host]]:
    settings = Settings(breathing=BreathingSettings(minutes=5))
    clock = FakeClock()
    with open_journal(paths, EVENING) as journal:
        host = Host(paths, journal, settings)
        yield BreathingJourney(host, session_clock=clock), clock, host


def minutes_recorded(host: Host) -> str | None:
    factor = host.journal.factors_for(NIGHT).get("breathing_minutes")
    return None if factor is None else factor.value


def test_the_window_follows_the_users_rhythm_and_cue(qtbot: QtBot) -> None:
    settings = Settings(volume=30, breathing=BreathingSettings(5, 7, 12, "chime"))
    window = build_breathing_window(settings, clock=lambda: 100.0)
    qtbot.addWidget(window)
    assert window.pacer.settings == settings.breathing
    (cues,) = window.findChildren(BreathingCues)
    assert cues.cue == "chime" and cues.cues.volume == 30
    assert window.frame_timer.parent() is window  # no timer outlives the window


def test_a_whole_session_records_its_minutes_and_keeps_the_step_done(
    qtbot: QtBot, journey: tuple[BreathingJourney, FakeClock, Host]
) -> None:
    breathing, clock, host = journey
    tonight = FakeTonight()
    breathing.reminders = lambda: tonight  # type: ignore[assignment,return-value]
    breathing.open()
    window = breathing.window
    assert window is not None
    qtbot.addWidget(window)
    clock.advance(300)
    window.show_frame()
    assert minutes_recorded(host) == "5"
    assert tonight.settled == []  # already done by "Start now"
    with qtbot.waitSignal(window.closed, timeout=1000):
        QtBot.keyClick(window, Qt.Key.Key_Escape)
    assert breathing.window is None


def test_stopped_early_records_the_minutes_done_and_a_partial_step(
    qtbot: QtBot, journey: tuple[BreathingJourney, FakeClock, Host]
) -> None:
    breathing, clock, host = journey
    tonight = FakeTonight()
    breathing.reminders = lambda: tonight  # type: ignore[assignment,return-value]
    breathing.open()
    window = breathing.window
    assert window is not None
    qtbot.addWidget(window)
    clock.advance(130)
    window.show_frame()
    window.close()  # the title bar's X, part-way
    assert minutes_recorded(host) == "2"
    assert tonight.settled == [("breathing", "partial")]
    assert breathing.window is None and not window.frame_timer.isActive()


def test_closed_at_once_records_nothing(
    qtbot: QtBot, journey: tuple[BreathingJourney, FakeClock, Host]
) -> None:
    breathing, clock, host = journey
    breathing.open()
    window = breathing.window
    assert window is not None
    qtbot.addWidget(window)
    clock.advance(10)
    window.close()
    assert minutes_recorded(host) is None
