"""The stretch journey: the window it builds follows the user's settings, and a session ends on
its summary, recorded as it ends and let go when the user closes it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.settings import Settings
from companion.core.stretches import StretchSettings
from companion.journeys.stretch import StretchJourney, build_stretch_window
from companion.services.clock import ScaledClock
from companion.services.cues import Cues
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths
from companion.ui.stretch.window import StretchWindow
from tests.fakes import BERLIN, FakeClock


def test_the_window_follows_the_users_routine_and_cues(qtbot: QtBot) -> None:
    settings = Settings(
        sound_enabled=False,
        voice_enabled=False,
        volume=35,
        stretch=StretchSettings(stretches=("hamstring", "calf"), hold_seconds=45, rounds=2),
    )
    window = build_stretch_window(settings, clock=lambda: 100.0)
    qtbot.addWidget(window)
    window.start()
    window.skip()  # straight into the first hold
    assert window.position_label.text() == "1 of 8"
    assert window.title_label.text() == "Hamstring stretch"
    assert window.ring.time_text == "0:45"
    # The timer and the cues live and die with the window.
    assert window.timer.parent() is window
    (cues,) = window.findChildren(Cues)
    assert (cues.sound_enabled, cues.voice_enabled, cues.volume) == (False, False, 35)


# -- a whole session through the journey -----------------------------------------------------

EVENING = datetime(2026, 11, 24, 21, 50, tzinfo=BERLIN)
NIGHT = date(2026, 11, 24)


@dataclass
class Host:
    """What the journey needs of the app: settings, tonight's journal, a wall clock."""

    paths: Paths
    journal: JournalStore
    settings: Settings
    clock: ScaledClock = field(default_factory=lambda: ScaledClock(EVENING, 0.0))
    told: list[str] = field(default_factory=list)

    def zone(self) -> ZoneInfo:
        return BERLIN

    def tell(self, message: str) -> None:
        self.told.append(message)


@pytest.fixture
def journey(qtbot: QtBot, paths: Paths) -> Iterator[tuple[StretchJourney, FakeClock, Host]]:
    one_stretch = StretchSettings(stretches=("calf",), hold_seconds=15)
    settings = Settings(sound_enabled=False, voice_enabled=False, stretch=one_stretch)
    clock = FakeClock()
    with open_journal(paths, EVENING) as journal:
        host = Host(paths, journal, settings)
        yield StretchJourney(host, session_clock=clock), clock, host


def _run_to_end(window: StretchWindow, clock: FakeClock) -> None:
    while (due := window.session.next_deadline()) is not None:
        clock.now = due
        window.timer.poll()


def _holds_recorded(host: Host) -> tuple[str, str]:
    factors = host.journal.factors_for(NIGHT)
    return factors["stretch_holds_done"].value, factors["stretch_holds_planned"].value


def test_a_one_stretch_session_ends_on_its_summary_and_is_recorded_at_once(
    qtbot: QtBot, journey: tuple[StretchJourney, FakeClock, Host]
) -> None:
    stretches, clock, host = journey
    stretches.open(None)
    window = stretches.window
    assert window is not None
    qtbot.addWidget(window)
    _run_to_end(window, clock)  # 5 s get ready, 15 s left, 5 s switch, 15 s right
    assert window.isVisible() and window.pages.currentWidget() is window.summary_page
    assert window.summary_heading.text() == "All done"
    assert window.summary_label.text() == "You completed all 2 holds in under a minute."
    assert _holds_recorded(host) == ("2", "2")  # recorded as it ended, not at closing
    clock.now += 3600  # the summary waits for the user
    assert stretches.window is window and window.isVisible()
    with qtbot.waitSignal(window.closed, timeout=1000):
        QtBot.keyClick(window, Qt.Key.Key_Return)
    assert stretches.window is None
    assert _holds_recorded(host) == ("2", "2")


def test_stop_from_the_question_records_and_keeps_the_summary(
    qtbot: QtBot, journey: tuple[StretchJourney, FakeClock, Host]
) -> None:
    stretches, clock, host = journey
    stretches.open(None)
    window = stretches.window
    assert window is not None
    qtbot.addWidget(window)
    clock.now += 5 + 15  # the left leg held
    window.timer.poll()
    QtBot.keyClick(window, Qt.Key.Key_Escape)
    assert window.is_asking
    QtBot.keyClick(window, Qt.Key.Key_S)
    assert window.summary_heading.text() == "That's it for tonight"
    assert _holds_recorded(host) == ("1", "2")
    assert stretches.window is window and window.isVisible()


def test_closing_the_window_part_way_records_like_stop(
    qtbot: QtBot, journey: tuple[StretchJourney, FakeClock, Host]
) -> None:
    stretches, clock, host = journey
    stretches.open(None)
    window = stretches.window
    assert window is not None
    qtbot.addWidget(window)
    clock.now += 5 + 15
    window.timer.poll()
    window.close()  # the title bar's X
    assert _holds_recorded(host) == ("1", "2")
    assert stretches.window is None


def test_reduce_motion_reaches_the_window(qtbot: QtBot) -> None:
    settings = Settings(sound_enabled=False, voice_enabled=False, reduce_motion=True)
    window = build_stretch_window(settings, clock=lambda: 100.0)
    qtbot.addWidget(window)
    window.start()
    window.skip()  # the hold begins
    assert window.illustration.progress == 1.0 and not window.illustration.is_moving
