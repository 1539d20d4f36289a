"""Fires tonight's steps: APScheduler in the Qt loop, decisions from core.reminders.

One date job at a time, set to the next moment anything changes (core.reminders.next_wakeup, or
noon when the night turns). At each wake-up the scheduler re-reads our own record of prompts and
answers, writes `missed` rows, and asks the app to show whatever is due — so a restart, a
suspend or a clock change can neither repeat an answered step nor lose a pending one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from companion.core.events import Answer, RoutineEvent
from companion.core.n_of_1 import ExperimentPlan
from companion.core.plan import NOON, Plan, local_datetime, plan_for_night, which_night
from companion.core.reminders import (
    StepState,
    describe_next,
    missed_events,
    next_step,
    next_wakeup,
    snooze_until,
    step_states,
)
from companion.core.settings import Settings
from companion.core.words import translate
from companion.services.clock import Clock
from companion.store.errors import StoreError

log = logging.getLogger(__name__)

JOB_ID = "next-step"
GAP_CHECK_MS = 60_000  # the wall-clock-jump check: once a minute, never more often
GAP_TOLERANCE = timedelta(seconds=30)
_MAX_TIMER_MS = 2**31 - 1  # QTimer's limit (about 24.8 days)
RETRY_AFTER_FAILURE = timedelta(minutes=1)
# What a journal write can fail with (a locked or full disk, a broken file): the store's one type.
STORE_ERRORS: tuple[type[Exception], ...] = (StoreError,)


class RoutineLog(Protocol):
    """What the scheduler needs of the journal (companion.store.journal_store.JournalStore)."""

    def events_with_ids(self, night: date) -> list[tuple[int, RoutineEvent]]: ...
    def record_event(self, event: RoutineEvent) -> int: ...
    def update_event(self, event_id: int, event: RoutineEvent) -> None: ...


class OwnedTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    """QtScheduler with one persistent QTimer.

    PySide6's QTimer.singleShot returns None, so the stock QtScheduler can never cancel its
    wake-up: after a reschedule or shutdown, stale timers still call _process_jobs. Owning a
    single timer means exactly one pending wake-up at any time.
    """

    def __init__(self, **options: Any) -> None:
        self._own_timer = QTimer()
        self._own_timer.setSingleShot(True)
        self._own_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._own_timer.timeout.connect(self._process_jobs)
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None:
            self._own_timer.start(min(max(0, int(wait_seconds * 1000)), _MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        self._own_timer.stop()

    @property
    def has_pending_wakeup(self) -> bool:
        return bool(self._own_timer.isActive())


class StepScheduler(QObject):
    """Tonight's reminders. Emits `prompt_due` on the GUI thread; the app shows and answers."""

    prompt_due = Signal(object)  # StepState: show this prompt (late if its status says so)
    prompt_expired = Signal(str)  # step kind: its prompt is no longer useful; take it down
    status_changed = Signal(str)  # "Magnesium at 21:00 · in 25 min", or "" when all settled
    night_changed = Signal(object)  # date: a new night began (at start-up and at noon)
    journal_failed = Signal(str)  # a prompt or answer could not be recorded
    _job_fired = Signal()  # emitted from APScheduler's worker thread

    def __init__(
        self,
        settings: Settings,
        routine_log: RoutineLog,
        *,
        clock: Clock | None = None,
        zone: Callable[[], ZoneInfo],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.log = routine_log
        self.clock = clock or Clock()
        self.zone = zone
        self.paused_night: date | None = None
        self.plan: Plan | None = None
        # A self-experiment's plan (set by the reminders journey from the journal): a step it
        # has off tonight is left out of the plan, so it is not prompted.
        self.experiment: ExperimentPlan | None = None
        self.on_screen: set[str] = set()  # kinds whose prompt the app is showing
        self._next_wakeup: datetime | None = None
        self._night_seen: date | None = None
        self._scheduler = OwnedTimerQtScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "misfire_grace_time": None}
        )
        # Queued: the job runs in a worker thread; the re-plan must run on the GUI thread.
        self._job_fired.connect(self.replan, Qt.ConnectionType.QueuedConnection)
        self._gap_timer = QTimer(self)
        self._gap_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._gap_timer.setInterval(GAP_CHECK_MS)
        self._gap_timer.timeout.connect(self.check_clock)
        self._last_wall = self.clock.now()
        self._last_mono = self.clock.monotonic()
        self._last_zone = ""

    # lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        self._scheduler.start()
        self._gap_timer.start()
        self._remember_clock()
        self.replan()

    def stop(self) -> None:
        self._gap_timer.stop()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    @property
    def next_wakeup_at(self) -> datetime | None:
        return self._next_wakeup

    # inputs ---------------------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.replan()

    def set_paused(self, paused: bool) -> None:
        """Pause tonight: no prompts until Resume or the next night."""
        self.paused_night = self._night() if paused else None
        self.replan()

    @property
    def is_paused(self) -> bool:
        return self.paused_night is not None and self.paused_night == self._night()

    @Slot()
    def on_resumed(self) -> None:
        """After suspend: the monotonic timers stood still, so look at the wall clock now."""
        log.info("resumed from sleep: re-planning")
        self._remember_clock()
        self.replan()

    @Slot()
    def check_clock(self) -> None:
        """Cheap once-a-minute check for a wall-clock jump (suspend, manual change) or new zone."""
        wall, mono = self.clock.now(), self.clock.monotonic()
        expected = self._last_wall + timedelta(seconds=mono - self._last_mono)
        zone = _zone_key(self.zone())
        jumped = abs(wall - expected) > GAP_TOLERANCE
        self._last_wall, self._last_mono = wall, mono
        if jumped or zone != self._last_zone:
            log.info("clock jumped by %s or zone changed to %s: re-planning", wall - expected, zone)
            self.replan()

    def _remember_clock(self) -> None:
        self._last_wall, self._last_mono = self.clock.now(), self.clock.monotonic()

    # the decision ---------------------------------------------------------------------------

    @Slot()
    def replan(self) -> None:
        """Decide each step from the record, act on what is due, sleep until the next change."""
        now = self.clock.now()
        tz = self.zone()
        self._last_zone = _zone_key(tz)
        night = which_night(now, tz)
        plan = plan_for_night(night, self.settings, tz, self.experiment)
        self.plan = plan
        if night != self._night_seen:
            previous, self._night_seen = self._night_seen, night
            if previous is not None:
                self._settle_night(previous, tz, now)
            self.night_changed.emit(night)
        try:
            rows = self.log.events_with_ids(night)
            for missed in missed_events(plan, [e for _i, e in rows], self.settings, now):
                self._write_missed(missed, rows)
                rows = self.log.events_with_ids(night)
        except STORE_ERRORS as exc:
            # Never lose the evening over one failed write: say so, and look again shortly.
            self._store_failed(exc)
            self._arm(now + RETRY_AFTER_FAILURE, night, tz)
            return
        events = [event for _id, event in rows]
        states = step_states(plan, events, self.settings, now)
        planned = {state.step.kind for state in states}
        showing = {state.step.kind for state in states if state.should_show}
        for kind in sorted(self.on_screen - (showing & planned)):
            self.on_screen.discard(kind)
            self.prompt_expired.emit(kind)
        if not self.is_paused:
            for state in states:
                if state.should_show and state.step.kind not in self.on_screen:
                    self.on_screen.add(state.step.kind)
                    self.prompt_due.emit(state)
        self._arm(next_wakeup(plan, events, self.settings, now), night, tz)
        self.status_changed.emit(self.describe_status(plan, events, now))

    def _settle_night(self, night: date, tz: ZoneInfo, now: datetime) -> None:
        """When the night turns at noon, write `missed` for whatever of it is still open."""
        plan = plan_for_night(night, self.settings, tz, self.experiment)
        try:
            rows = self.log.events_with_ids(night)
            for missed in missed_events(plan, [e for _i, e in rows], self.settings, now):
                self._write_missed(missed, rows)
        except STORE_ERRORS as exc:
            self._store_failed(exc)

    def _store_failed(self, exc: Exception) -> None:
        log.error("the journal could not be written: %s", exc)
        self.journal_failed.emit(str(exc))

    def describe_status(self, plan: Plan, events: list[RoutineEvent], now: datetime) -> str:
        if self.is_paused:
            return translate("Tonight", "Paused tonight")
        upcoming = next_step(plan, events, self.settings, now)
        if upcoming is None:
            return ""
        step, at = upcoming
        return describe_next(step, now.astimezone(step.at.tzinfo), at)

    def states(self) -> tuple[StepState, ...]:
        """Tonight's steps and where each stands, for the Tonight panel."""
        now = self.clock.now()
        plan = self.plan or plan_for_night(
            which_night(now, self.zone()), self.settings, self.zone(), self.experiment
        )
        return step_states(plan, self._events(plan.night), self.settings, now)

    def can_snooze(self, kind: str) -> bool:
        plan = self.plan
        if plan is None:
            return False
        now = self.clock.now()
        return snooze_until(plan, self._events(plan.night), self.settings, kind, now) is not None

    # what the app reports back --------------------------------------------------------------

    def mark_shown(self, state: StepState) -> None:
        """The prompt is on screen: record it, unless this is the same open prompt again."""
        assert self.plan is not None
        night = self.plan.night
        if state.status == "open":
            return  # the row written when it was first shown still stands
        event = RoutineEvent(
            night=night,
            step=state.step.kind,
            planned_at=state.step.at,
            shown_at=self.clock.now().astimezone(state.step.at.tzinfo),
            answer=None,
            answered_at=None,
        )
        try:
            self.log.record_event(event)
        except STORE_ERRORS as exc:
            self._store_failed(exc)

    def answer(self, kind: str, answer: str) -> bool:
        """Record Done / Snooze / Skip (or partial, from the stretch window) and re-plan.

        False if the journal could not take it (the caller keeps the prompt up).
        """
        plan = self.plan
        if plan is None:
            return False
        now = self.clock.now().astimezone(plan.bedtime.tzinfo)
        try:
            rows = self.log.events_with_ids(plan.night)
            open_rows = [(i, e) for i, e in rows if e.step == kind and e.answer is None]
            step = plan.step(kind)
            answered = cast(Answer, answer)
            if open_rows:
                event_id, event = open_rows[-1]
                closed = RoutineEvent(
                    event.night, kind, event.planned_at, event.shown_at, answered, now
                )
                self.log.update_event(event_id, closed)
            elif step is not None:
                self.log.record_event(RoutineEvent(plan.night, kind, step.at, None, answered, now))
        except STORE_ERRORS as exc:
            self._store_failed(exc)
            return False
        self.on_screen.discard(kind)
        self.replan()
        return True

    def prompt_closed(self, kind: str) -> None:
        self.on_screen.discard(kind)

    # internals ------------------------------------------------------------------------------

    def _events(self, night: date) -> list[RoutineEvent]:
        return [event for _id, event in self.log.events_with_ids(night)]

    def _write_missed(self, missed: RoutineEvent, rows: list[tuple[int, RoutineEvent]]) -> None:
        if missed.shown_at is not None:
            for event_id, event in rows:
                if event.step == missed.step and event.answer is None and event.shown_at:
                    self.log.update_event(event_id, missed)
                    return
        self.log.record_event(missed)

    def _arm(self, wake: datetime | None, night: date, tz: ZoneInfo) -> None:
        # The night also turns at noon: a new plan starts then even if nothing else is pending.
        turn = local_datetime(night + timedelta(days=1), NOON, tz)
        moments = [m for m in (wake, turn) if m is not None]
        self._next_wakeup = min(moments, key=lambda m: m.astimezone(UTC))
        delay = self.clock.real_seconds_until(self._next_wakeup)
        run_at = datetime.now(UTC) + timedelta(seconds=delay)
        self._scheduler.add_job(
            self._job_fired.emit, "date", run_date=run_at, id=JOB_ID, replace_existing=True
        )

    def _night(self) -> date:
        return which_night(self.clock.now(), self.zone())


def _zone_key(tz: ZoneInfo) -> str:
    return tz.key if tz.key is not None else str(tz)
