"""The real QtScheduler firing a scaled-down evening, against a real journal file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest

from companion.core.settings import Settings
from companion.services.clock import ScaledClock
from companion.services.scheduler import OwnedTimerQtScheduler, StepScheduler
from companion.store.journal_store import JournalStore, open_journal
from tests.fakes import BERLIN

# 23:45 bedtime: magnesium 22:15, stretch 23:00, lights 23:15, lights out 23:45.
SETTINGS = Settings(bedtime=time(23, 45), onboarding_done=True)
FAST = 1200.0  # one plan minute = 50 ms


@pytest.fixture
def journal(paths) -> Iterator[JournalStore]:
    store = open_journal(paths, datetime(2026, 11, 24, 12, 0, tzinfo=BERLIN))
    yield store
    store.close()


def berlin(hour: int, minute: int, second: int = 0, day: int = 24) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=BERLIN)


def make(journal, start: datetime, scale: float = FAST, settings: Settings = SETTINGS):
    clock = ScaledClock(start, scale)
    scheduler = StepScheduler(settings, journal, clock=clock, zone=lambda: BERLIN)
    shown: list[str] = []
    scheduler.prompt_due.connect(lambda state: shown.append(state.step.kind))
    return scheduler, clock, shown


NIGHT = datetime(2026, 11, 24).date()


def answers(journal):
    return [(e.step, e.answer) for e in journal.events_for_night(NIGHT)]


def test_steps_fire_in_order_at_their_time(qtbot, journal):
    scheduler, clock, shown = make(journal, berlin(22, 12))
    scheduler.prompt_due.connect(lambda state: scheduler.mark_shown(state))
    scheduler.prompt_due.connect(lambda state: scheduler.answer(state.step.kind, "done"))
    try:
        scheduler.start()
        assert shown == []  # nothing is due yet
        with qtbot.waitSignal(scheduler.prompt_due, timeout=2000) as first:
            pass
        fired_at = clock.now()
        assert first.args[0].step.kind == "magnesium"
        assert first.args[0].status == "due"
        assert abs(fired_at - berlin(22, 15).astimezone(fired_at.tzinfo)) < timedelta(seconds=30)
        qtbot.waitUntil(
            lambda: shown == ["magnesium", "stretch", "lights", "bedtime"], timeout=5000
        )
    finally:
        scheduler.stop()
    assert answers(journal) == [
        ("magnesium", "done"),
        ("stretch", "done"),
        ("lights", "done"),
        ("bedtime", "done"),
    ]


def test_waking_at_2340_shows_one_prompt_and_records_the_rest_missed(qtbot, journal):
    scheduler, clock, shown = make(journal, berlin(20, 0), scale=1.0)
    scheduler.start()
    try:
        assert shown == []
        clock.jump(berlin(23, 40) - berlin(20, 0))  # the lid opens at 23:40
        scheduler.on_resumed()
        assert shown == ["lights"]  # still useful until 23:45; no burst of stale prompts
        assert answers(journal) == [("magnesium", "missed"), ("stretch", "missed")]
    finally:
        scheduler.stop()


def test_a_wall_clock_jump_is_noticed_without_the_resume_signal(qtbot, journal):
    scheduler, clock, shown = make(journal, berlin(20, 0), scale=1.0)
    scheduler.start()
    try:
        clock.jump(timedelta(hours=3, minutes=10))  # 23:10: stretch still useful until 23:15
        scheduler.check_clock()  # what the once-a-minute timer does
        assert shown == ["stretch"]
        assert answers(journal) == [("magnesium", "missed")]
    finally:
        scheduler.stop()


def test_restart_mid_evening_neither_repeats_nor_loses(qtbot, journal):
    first, _clock, shown = make(journal, berlin(22, 16), scale=1.0)
    first.prompt_due.connect(first.mark_shown)
    first.start()
    assert shown == ["magnesium"]
    first.answer("magnesium", "done")
    first.stop()

    second, _clock, shown_again = make(journal, berlin(22, 17), scale=1.0)
    second.start()
    second.stop()
    assert shown_again == []  # answered before the restart: not asked again

    third, _clock, shown_third = make(journal, berlin(23, 1), scale=1.0)
    third.prompt_due.connect(third.mark_shown)
    third.start()
    assert shown_third == ["stretch"]  # pending at the crash: still shown after it
    third.stop()

    fourth, _clock, shown_fourth = make(journal, berlin(23, 2), scale=1.0)
    fourth.start()  # the stretch prompt was left open when the app died
    fourth.stop()
    assert shown_fourth == ["stretch"]
    assert answers(journal) == [("magnesium", "done"), ("stretch", None)]


def test_snooze_brings_the_prompt_back_and_is_capped(qtbot, journal):
    scheduler, clock, shown = make(journal, berlin(22, 15), scale=1.0)
    scheduler.prompt_due.connect(scheduler.mark_shown)
    scheduler.start()
    try:
        assert shown == ["magnesium"]
        for _ in range(3):
            assert scheduler.can_snooze("magnesium")
            scheduler.answer("magnesium", "snoozed")
            clock.jump(timedelta(minutes=10))
            scheduler.check_clock()
        assert shown == ["magnesium"] * 4
        assert not scheduler.can_snooze("magnesium")  # three snoozes are enough
    finally:
        scheduler.stop()


def test_pause_tonight_holds_prompts_until_resume(qtbot, journal):
    scheduler, _clock, shown = make(journal, berlin(22, 10), scale=1.0)
    scheduler.start()
    try:
        scheduler.set_paused(True)
        assert scheduler.is_paused
        scheduler.replan()
        assert shown == []
        scheduler.set_paused(False)
        assert shown == []  # 22:10: nothing due yet either way
    finally:
        scheduler.stop()


def test_status_names_the_next_step(qtbot, journal):
    scheduler, _clock, _shown = make(journal, berlin(21, 50), scale=1.0)
    with qtbot.waitSignal(scheduler.status_changed, timeout=1000) as status:
        scheduler.start()
    scheduler.stop()
    assert status.args[0] == "Magnesium at 22:15 · in 25 min"


def test_owned_timer_keeps_exactly_one_wakeup_and_none_after_shutdown(qtbot):
    scheduler = OwnedTimerQtScheduler()
    calls: list[str] = []
    scheduler.start()
    run_at = datetime.now().astimezone() + timedelta(milliseconds=50)
    scheduler.add_job(lambda: calls.append("x"), "date", run_date=run_at, id="a")
    scheduler.add_job(lambda: calls.append("y"), "date", run_date=run_at, id="b")
    assert scheduler.has_pending_wakeup
    scheduler.shutdown(wait=False)
    assert not scheduler.has_pending_wakeup
    with qtbot.assertNotEmitted(scheduler._own_timer.timeout, wait=150):
        pass
    assert calls == []


class _LockedOnce:
    """The real journal, but the first write fails the way a locked database does."""

    def __init__(self, journal):
        self.journal = journal
        self.failures = 0

    def events_with_ids(self, night):
        return self.journal.events_with_ids(night)

    def record_event(self, event):
        if self.failures == 0:
            self.failures += 1
            from companion.store.errors import StoreError

            raise StoreError("database is locked")
        return self.journal.record_event(event)

    def update_event(self, event_id, event):
        return self.journal.update_event(event_id, event)


def test_a_failed_write_is_reported_and_the_evening_goes_on(qtbot, journal):
    flaky = _LockedOnce(journal)
    clock = ScaledClock(berlin(20, 0), 1.0)
    scheduler = StepScheduler(SETTINGS, flaky, clock=clock, zone=lambda: BERLIN)
    scheduler.start()
    try:
        clock.jump(berlin(23, 5) - berlin(20, 0))  # magnesium must now be written as missed
        with qtbot.waitSignal(scheduler.journal_failed, timeout=1000) as failure:
            scheduler.check_clock()
        assert "database is locked" in failure.args[0]
        assert scheduler.next_wakeup_at is not None  # a retry is armed: nothing is lost
        scheduler.replan()  # the retry
        assert answers(journal) == [("magnesium", "missed")]
    finally:
        scheduler.stop()
