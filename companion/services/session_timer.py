"""Drives a `core.session.Session` in the Qt event loop with one precise single-shot timer.

The timer is always armed to the next moment something can happen — the session's next
deadline, or the next whole second of the countdown for the display — and never polls. The
session computes every time from its deadlines, so a late timeout makes one event late but
never shifts the ones after it (DESIGN §5: every hold ends within 50 ms of its deadline, no
drift across a session).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.custom_stretches import CustomStretch
from companion.core.session import Clock, Event, Session
from companion.core.stretches import StretchSettings

# QTimer takes an int of milliseconds; a longer interval would overflow (never needed here,
# since phases last seconds, but a paused-then-resumed bug must not become a busy loop).
_MAX_INTERVAL_MS = 2**31 - 1


class SessionTimer(QObject):
    """Emits the session's events as Qt signals at their deadlines. Every signal carries the
    `Event` (with `at`, the time it was due); `finished` carries the `Summary`."""

    event_happened = Signal(object)  # every Event, in order: the cues listen here
    get_ready = Signal(object)
    hold_started = Signal(object)
    countdown = Signal(object)
    hold_finished = Signal(object)
    switched = Signal(object)
    skipped = Signal(object)
    pause_changed = Signal(bool)  # is_paused
    finished = Signal(object)  # Summary, after "done" or "stopped"
    # Whole seconds left in the phase, emitted when that number changes: exactly on the
    # deadline's whole-second boundaries while running, and at every change of phase.
    tick = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._last_tick: tuple[str, int, int] | None = None

    @classmethod
    def for_settings(
        cls,
        settings: StretchSettings,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
        custom: Sequence[CustomStretch] = (),
    ) -> SessionTimer:
        """`custom`: the user's own stretches, which `settings.stretches` may name by id."""
        # QTimer runs on the monotonic clock, so the session must too.
        return cls(Session.from_settings(settings, clock, custom), parent)

    @property
    def session(self) -> Session:
        return self._session

    @property
    def is_armed(self) -> bool:
        return self._timer.isActive()

    def seconds_left(self) -> int:
        """What the countdown shows: whole seconds, rounded up (30 … 1, 0 only when over)."""
        return math.ceil(self._session.remaining() - 1e-9)

    # -- controls (each returns nothing; listen to the signals) ----------------------------

    def start(self) -> None:
        self._run(self._session.start())

    def pause(self) -> None:
        self._run(self._session.pause())

    def resume(self) -> None:
        self._run(self._session.resume())

    def toggle_pause(self) -> None:
        self._run(self._session.toggle_pause())

    def back(self) -> None:
        self._run(self._session.back())

    def skip(self) -> None:
        self._run(self._session.skip())

    def stop(self) -> None:
        self._run(self._session.stop())

    def poll(self) -> None:
        """Catch up now with whatever is due on the session's clock. The timer does this by
        itself at each deadline; a test with a fake clock calls it after moving the clock."""
        self._run(self._session.poll())

    # -- internals -------------------------------------------------------------------------

    def _on_timeout(self) -> None:
        self._run(self._session.poll())

    def _run(self, events: list[Event]) -> None:
        # Arm first: a slot below may take a while (or call back in), and the next deadline
        # must not wait for it.
        self._arm()
        for event in events:
            self._emit(event)
        self._emit_tick()

    def _emit(self, event: Event) -> None:
        self.event_happened.emit(event)
        kind = event.kind
        if kind == "get_ready":
            self.get_ready.emit(event)
        elif kind == "hold_started":
            self.hold_started.emit(event)
        elif kind == "countdown":
            self.countdown.emit(event)
        elif kind == "hold_finished":
            self.hold_finished.emit(event)
        elif kind == "switch_sides":
            self.switched.emit(event)
        elif kind == "skipped":
            self.skipped.emit(event)
        elif kind in ("paused", "resumed"):
            self.pause_changed.emit(kind == "paused")
        elif kind in ("done", "stopped"):
            self.finished.emit(self._session.summary())

    def _emit_tick(self) -> None:
        session = self._session
        if not session.is_running:
            return
        shown = self.seconds_left()
        key = (session.phase, session.current_hold.index, shown)
        if key != self._last_tick:
            self._last_tick = key
            self.tick.emit(shown)

    def _arm(self) -> None:
        session = self._session
        due = session.next_deadline()
        if due is None:
            self._timer.stop()
            return
        now = session.now()
        end = session.phase_deadline
        if end is not None:
            # The next whole-second boundary of the display, counted back from the phase end.
            whole = math.ceil(end - now - 1e-9) - 1
            if whole >= 1:
                due = min(due, end - whole)
        # Round up: firing a millisecond late costs nothing, firing early costs a wake-up.
        interval = math.ceil(max(0.0, due - now) * 1000)
        self._timer.start(min(interval, _MAX_INTERVAL_MS))
