"""An evening with a user who walks away, or watches a film, when a step comes due (issue 17)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from companion.core.away import IdleReading
from companion.core.settings import Settings
from companion.journeys.away import RECHECK_MS
from companion.journeys.reminders import Tonight
from companion.services.clock import ScaledClock
from companion.services.presence import Presence
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths
from companion.ui.tonight.panel import TonightPanel
from companion.ui.tray import Tray
from tests.fakes import BERLIN, FakeFullScreen, FakeIdle, RecordingNotifier

# Magnesium 22:15, stretches 23:00, lights 23:15, bedtime 23:45.
SETTINGS = Settings(bedtime=time(23, 45), timezone="Europe/Berlin", onboarding_done=True)
NIGHT = datetime(2026, 11, 24).date()


class Evening:
    def __init__(self, tonight: Tonight, journal: JournalStore, clock: ScaledClock) -> None:
        self.tonight, self.journal, self.clock = tonight, journal, clock
        self.idle = tonight.away.idle
        self.screen = tonight.away.full_screen
        self.notifier = tonight.notifier

    def later(self, minutes: int) -> None:
        """Time passes; the scheduler wakes as it would at its next moment."""
        self.clock.jump(timedelta(minutes=minutes))
        self.tonight.scheduler.check_clock()

    def a_minute_on(self) -> None:
        """The gate's once-a-minute look, which the timer would make."""
        assert self.tonight.away.is_polling
        self.tonight.away.recheck()

    def answers(self) -> list[tuple[str, str | None]]:
        return [(e.step, e.answer) for e in self.journal.events_for_night(NIGHT)]


@pytest.fixture
def evening(qtbot: QtBot, paths: Paths) -> Iterator[Callable[..., Evening]]:
    started: list[Evening] = []

    def start(start: datetime, idle: IdleReading, full_screen: bool | None = False) -> Evening:
        journal = open_journal(paths, datetime(2026, 11, 24, 12, tzinfo=BERLIN))
        clock = ScaledClock(start, 1.0)
        panel = TonightPanel()
        qtbot.addWidget(panel)
        tonight = Tonight(
            SETTINGS, journal, Tray(QIcon()), panel, clock=clock, notifier=RecordingNotifier(),
            presence=Presence(FakeIdle(idle), FakeFullScreen(full_screen)),
        )  # fmt: skip
        started.append(Evening(tonight, journal, clock))
        tonight.start()
        return started[-1]

    yield start
    for done in started:
        done.tonight.stop()
        done.journal.close()


HERE = IdleReading(screen_saver=False, idle_for=timedelta(seconds=5))
AWAY = IdleReading(screen_saver=False, idle_for=timedelta(minutes=10))


def test_away_at_magnesium_and_back_twenty_minutes_later_shows_it_late(evening) -> None:
    e = evening(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), AWAY)
    assert e.tonight.prompts == {}  # nobody there: no card left waiting on an empty desk
    assert e.answers() == []  # and nothing recorded as shown
    assert e.tonight.away.interval_ms >= 60_000 == RECHECK_MS  # never polls faster

    e.later(10)
    e.a_minute_on()
    assert e.tonight.prompts == {}  # still away at 22:25

    e.clock.jump(timedelta(minutes=10))
    e.idle.come_back()  # 22:35: back at the desk
    e.a_minute_on()
    card = e.tonight.prompts["magnesium"]
    assert card.isVisible()
    assert "22:15" in card.body_label.text()  # it says it was due earlier
    assert e.answers() == [("magnesium", None)]
    assert not e.tonight.away.is_polling  # nothing waits: no more looking
    card.done_button.click()
    assert e.answers() == [("magnesium", "done")]


def test_away_past_the_useful_window_records_it_missed_and_never_shows_it(evening) -> None:
    e = evening(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), AWAY)
    e.later(50)  # 23:05, still away: magnesium was useful only until the stretches at 23:00
    assert e.answers() == [("magnesium", "missed")]
    assert e.tonight.prompts == {}  # and the stretches wait too

    e.idle.come_back()
    e.a_minute_on()
    assert list(e.tonight.prompts) == ["stretch"]  # still useful; magnesium is not shown
    e.later(1)
    e.tonight.away.recheck()
    assert list(e.tonight.prompts) == ["stretch"]
    assert e.answers() == [("magnesium", "missed"), ("stretch", None)]  # no double prompt


def test_full_screen_during_the_stretches_holds_a_quiet_notification_then_the_card(
    evening,
) -> None:
    e = evening(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), HERE)
    e.tonight.prompts["magnesium"].done_button.click()
    e.screen.full_screen = True  # a film starts
    e.later(45)  # 23:00:05

    assert "stretch" not in e.tonight.prompts  # no card over the film
    assert e.notifier.shown[-1] == ("stretch", True)  # a quiet notification instead
    assert e.answers()[-1] == ("magnesium", "done")  # the stretch prompt is not on screen yet
    e.clock.jump(timedelta(minutes=1))
    e.a_minute_on()
    assert e.notifier.shown.count(("stretch", True)) == 1  # one notification, not one a minute

    e.screen.full_screen = False  # the film ends at 23:06
    e.clock.jump(timedelta(minutes=5))
    e.a_minute_on()
    assert e.tonight.prompts["stretch"].isVisible()
    assert e.notifier.shown[-1] == ("stretch", False)  # the quiet one is replaced
    assert e.answers()[-1] == ("stretch", None)


def test_a_film_until_the_stretches_are_no_longer_useful_takes_the_notification_away(
    evening,
) -> None:
    e = evening(datetime(2026, 11, 24, 23, 0, 5, tzinfo=BERLIN), HERE, full_screen=True)
    assert "stretch" in e.notifier.showing
    e.later(15)  # 23:15:05: lights-down is due, the stretches are over
    assert "stretch" not in e.notifier.showing
    assert ("stretch", "missed") in e.answers()
    assert e.tonight.prompts == {}
    assert e.notifier.shown[-1] == ("lights", True)  # the film goes on: held quietly as well


def test_answered_on_the_quiet_notification_the_card_never_follows(evening) -> None:
    e = evening(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), HERE, full_screen=True)
    e.notifier.press("magnesium", "done")
    assert e.answers() == [("magnesium", "done")]
    e.screen.full_screen = False
    e.a_minute_on()
    assert e.tonight.prompts == {}
    assert not e.tonight.away.is_polling


def test_nothing_is_asked_of_the_desktop_by_day_when_nothing_is_due(evening) -> None:
    e = evening(datetime(2026, 11, 24, 14, 0, tzinfo=BERLIN), AWAY)
    assert (e.idle.reads, e.screen.reads) == (0, 0)
    assert not e.tonight.away.is_polling


def test_where_the_desktop_tells_nothing_the_card_shows_as_before(evening) -> None:
    e = evening(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), IdleReading(), None)
    assert e.tonight.prompts["magnesium"].isVisible()
    assert not e.tonight.away.is_polling
