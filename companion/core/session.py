"""The guided stretch session: a state machine driven by an injected monotonic clock.

    idle → get_ready → hold → switch → hold → get_ready → hold → … → done

A `get_ready` pause comes before each new stretch (time to get into the pose), a `switch`
pause between the two sides of the same stretch. Every phase has a deadline on the injected
clock; the remaining time is always `deadline - now`, never a count of ticks, so the session
cannot drift however late or often it is polled. A phase that ends starts the next one *at the
old deadline*, not at the moment it was noticed, so lateness never accumulates. Pausing shifts
the deadline by the paused time, so a pause never eats hold time.

The session never waits: `poll()` moves through every due phase and returns what happened, and
`next_deadline()` says when to call it next, so a UI arms one single-shot timer, never polls.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from companion.core.custom_stretches import CustomStretch, stretches_by_id

# Re-exported: the stretch window and the cues know holds through the session.
from companion.core.holds import Hold as Hold
from companion.core.holds import plan_holds as plan_holds
from companion.core.stretches import StretchSettings
from companion.core.words import translate

Clock = Callable[[], float]
Phase = Literal["idle", "get_ready", "hold", "switch", "done"]
EventKind = Literal[
    "get_ready",  # a pause before a new stretch began
    "hold_started",
    "countdown",  # 3, 2, 1 seconds before a hold ends (`count`)
    "hold_finished",  # a hold ran its full time
    "switch_sides",  # a pause before the other side of the same stretch began
    "skipped",  # the user skipped a hold before it finished
    "paused",
    "resumed",
    "done",  # the routine reached its end
    "stopped",  # the user ended the routine early
]
HoldStatus = Literal["pending", "completed", "skipped"]

COUNTDOWN_FROM = 3
# "Back" within this many seconds of a hold's start goes to the previous hold; later it
# restarts the current one (the media-player habit: a mistaken start is undone by one press).
BACK_RESTART_SECONDS = 3.0


@dataclass(frozen=True)
class Event:
    """Something that happened. `at` is the clock time it was due (a phase deadline or a
    countdown point), or the time of the call for user actions, so lateness is `now - at`."""

    kind: EventKind
    at: float
    hold: Hold | None = None
    count: int | None = None  # for "countdown": 3, 2 or 1
    seconds: float | None = None  # for phase starts: the phase's full length


@dataclass(frozen=True)
class Summary:
    holds_planned: int
    holds_completed: int
    holds_skipped: int
    finished: bool  # reached the end rather than being stopped
    duration_seconds: float  # from start to done/stop (or to now), pauses included
    paused_seconds: float

    @property
    def completed_all(self) -> bool:
        return self.holds_completed == self.holds_planned

    @property
    def active_seconds(self) -> float:
        return self.duration_seconds - self.paused_seconds


class Session:
    """One run of the routine. All methods take the time from the injected clock."""

    def __init__(
        self,
        holds: Sequence[Hold],
        *,
        clock: Clock,
        hold_seconds: float = 30,
        switch_seconds: float = 5,
        get_ready_seconds: float = 5,
    ) -> None:
        if not holds:
            raise ValueError("a session needs at least one hold")
        if [h.index for h in holds] != list(range(len(holds))):
            raise ValueError("hold indexes must be 0, 1, 2, … in order")
        if not hold_seconds > 0:
            raise ValueError("hold_seconds must be more than 0")
        if switch_seconds < 0 or get_ready_seconds < 0:
            raise ValueError("pauses cannot be negative")
        self.holds: tuple[Hold, ...] = tuple(holds)
        self.hold_seconds = float(hold_seconds)
        self.switch_seconds = float(switch_seconds)
        self.get_ready_seconds = float(get_ready_seconds)
        self._clock = clock
        self._phase: Phase = "idle"
        self._index = 0
        self._start = 0.0  # when the current phase started (shifted by pauses)
        self._deadline = 0.0  # when it ends (shifted by pauses)
        self._countdown_next = 0  # the next countdown count still to come; 0: none
        self._paused_since: float | None = None
        self._paused_total = 0.0
        self._started_at: float | None = None
        self._ended_at: float | None = None
        self._stopped = False
        self._status: list[HoldStatus] = ["pending"] * len(self.holds)

    @classmethod
    def from_settings(
        cls, settings: StretchSettings, clock: Clock, custom: Sequence[CustomStretch] = ()
    ) -> Session:
        """The routine as set, the user's own stretches (`custom`) placed where `order` says."""
        return cls(
            plan_holds(settings.stretches, settings.rounds, stretches_by_id(custom)),
            clock=clock,
            hold_seconds=settings.hold_seconds,
            switch_seconds=settings.switch_seconds,
            get_ready_seconds=settings.get_ready_seconds,
        )

    # -- state -----------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def is_paused(self) -> bool:
        return self._paused_since is not None

    @property
    def is_running(self) -> bool:
        """Started and not yet done or stopped (paused counts as running)."""
        return self._phase not in ("idle", "done")

    @property
    def is_over(self) -> bool:
        return self._phase == "done"

    @property
    def was_stopped(self) -> bool:
        return self._stopped

    @property
    def current_hold(self) -> Hold:
        """The hold in progress, or the one a get-ready / switch pause leads into."""
        return self.holds[self._index]

    @property
    def next_hold(self) -> Hold | None:
        """What comes after the current hold, for "next: …"; None at the last one."""
        following = self._index + 1
        return self.holds[following] if following < len(self.holds) else None

    @property
    def position(self) -> tuple[int, int]:
        """(current hold number, total holds), e.g. (3, 10)."""
        return self._index + 1, len(self.holds)

    @property
    def position_text(self) -> str:
        number, total = self.position  # "3 of 10" on the stretch window
        return translate("Stretches", "{number} of {total}").format(number=number, total=total)

    @property
    def phase_seconds(self) -> float:
        """The full length of the current phase (0 when idle or done)."""
        if self._phase in ("idle", "done"):
            return 0.0
        return self._deadline - self._start

    @property
    def phase_deadline(self) -> float | None:
        """Clock time the current phase ends; None when idle, done or paused."""
        if self._phase in ("idle", "done") or self._paused_since is not None:
            return None
        return self._deadline

    def now(self) -> float:
        """The session's clock, for drivers that must measure on the same one."""
        return self._clock()

    def hold_status(self, index: int) -> HoldStatus:
        return self._status[index]

    def remaining(self) -> float:
        """Seconds left in the current phase; frozen while paused."""
        if self._phase in ("idle", "done"):
            return 0.0
        now = self._paused_since if self._paused_since is not None else self._clock()
        return max(0.0, self._deadline - now)

    def next_deadline(self) -> float | None:
        """Clock time of the next thing due (a countdown point or the phase end); None when
        nothing can become due (idle, paused, done)."""
        if self._phase in ("idle", "done") or self._paused_since is not None:
            return None
        if self._countdown_next > 0:
            return self._deadline - self._countdown_next
        return self._deadline

    def summary(self) -> Summary:
        now = self._ended_at if self._ended_at is not None else self._clock()
        started = self._started_at if self._started_at is not None else now
        paused = self._paused_total
        if self._paused_since is not None and self._ended_at is None:
            paused += now - self._paused_since
        return Summary(
            holds_planned=len(self.holds),
            holds_completed=self._status.count("completed"),
            holds_skipped=self._status.count("skipped"),
            finished=self._phase == "done" and not self._stopped,
            duration_seconds=now - started,
            paused_seconds=paused,
        )

    # -- driving ---------------------------------------------------------------------------

    def start(self) -> list[Event]:
        if self._phase != "idle":
            raise RuntimeError("the session has already started")
        now = self._clock()
        self._started_at = now
        events = [self._enter_prep(0, now)]
        return events + self._advance(now)

    def poll(self) -> list[Event]:
        """Move through everything that is due by now; return what happened, in order."""
        return self._advance(self._clock())

    advance = poll

    def pause(self) -> list[Event]:
        now = self._clock()
        events = self._advance(now)  # what was due before the press still happens
        if not self.is_running or self._paused_since is not None:
            return events
        self._paused_since = now
        events.append(Event("paused", now, self.current_hold))
        return events

    def resume(self) -> list[Event]:
        if self._paused_since is None or not self.is_running:
            return []
        now = self._clock()
        # Shift the phase by the paused time: the remaining time is what it was at the pause.
        gap = now - self._paused_since
        self._start += gap
        self._deadline += gap
        self._paused_total += gap
        self._paused_since = None
        events = [Event("resumed", now, self.current_hold)]
        return events + self._advance(now)

    def toggle_pause(self) -> list[Event]:
        return self.resume() if self.is_paused else self.pause()

    def back(self) -> list[Event]:
        """During a hold: restart it, or go to the previous hold if it just began. During a
        pause before a hold: go back to the pause before the previous hold."""
        now = self._clock()
        events = self._advance(now)
        if not self.is_running:
            return events
        # Time into the phase, not counting a pause that is still going on.
        elapsed = (self._paused_since if self._paused_since is not None else now) - self._start
        moment = self._effective_now(now)
        index = self._index
        if self._phase == "hold" and (elapsed > BACK_RESTART_SECONDS or index == 0):
            events.append(self._enter_hold(index, moment))
        elif index == 0:
            events.append(self._enter_prep(0, moment))
        else:
            events.append(self._enter_prep(index - 1, moment))
        return events + self._advance(now)

    def skip(self) -> list[Event]:
        """During a hold: end it as skipped and move on. During a pause: start the hold now."""
        now = self._clock()
        events = self._advance(now)
        if not self.is_running:
            return events
        moment = self._effective_now(now)
        index = self._index
        if self._phase == "hold":
            if self._status[index] != "completed":
                self._status[index] = "skipped"
            events.append(Event("skipped", moment, self.holds[index]))
            if index + 1 == len(self.holds):
                events.append(self._finish(moment))
            else:
                events.append(self._enter_prep(index + 1, moment))
        else:
            events.append(self._enter_hold(index, moment))
        return events + self._advance(now)

    def stop(self) -> list[Event]:
        """End the routine early; the summary keeps what was done."""
        now = self._clock()
        events = self._advance(now)
        if not self.is_running:
            return events
        moment = self._effective_now(now)
        self._end(moment)
        self._stopped = True
        events.append(Event("stopped", moment, self.current_hold))
        return events

    # -- internals -------------------------------------------------------------------------

    def _effective_now(self, now: float) -> float:
        """While paused, a jump starts the new phase paused: fold the pause so far into the
        total and restart the pause at `now`, so the new phase shows its full length."""
        if self._paused_since is not None:
            self._paused_total += now - self._paused_since
            self._paused_since = now
        return now

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while self.is_running and self._paused_since is None:
            due = self.next_deadline()
            if due is None or due > now:
                break
            if self._countdown_next > 0:
                count = self._countdown_next
                self._countdown_next -= 1
                # When several points are overdue at once (the loop was blocked), only the
                # last one is worth a cue: a burst of "3 2 1" sounds would be noise.
                following = self.next_deadline()
                if following is None or following > now:
                    events.append(Event("countdown", due, self.current_hold, count=count))
                continue
            events.extend(self._end_phase(due))
        return events

    def _end_phase(self, end: float) -> list[Event]:
        index = self._index
        if self._phase != "hold":
            return [self._enter_hold(index, end)]
        self._status[index] = "completed"
        finished = Event("hold_finished", end, self.holds[index], seconds=self.phase_seconds)
        if index + 1 == len(self.holds):
            return [finished, self._finish(end)]
        return [finished, self._enter_prep(index + 1, end)]

    def _enter_prep(self, index: int, start: float) -> Event:
        hold = self.holds[index]
        previous = self.holds[index - 1] if index > 0 else None
        same_stretch = (
            previous is not None
            and previous.stretch.id == hold.stretch.id
            and previous.round == hold.round
        )
        phase: Phase = "switch" if same_stretch else "get_ready"
        length = self.switch_seconds if same_stretch else self.get_ready_seconds
        self._set_phase(phase, index, start, length)
        return Event("switch_sides" if same_stretch else "get_ready", start, hold, seconds=length)

    def hold_length(self, index: int) -> float:
        """A hold's full time: a stretch of the user's own keeps its own, the rest the routine's."""
        return float(self.holds[index].stretch.hold_seconds or self.hold_seconds)

    def _enter_hold(self, index: int, start: float) -> Event:
        length = self.hold_length(index)
        self._set_phase("hold", index, start, length)
        # Countdown points strictly inside the hold: none at its very start.
        self._countdown_next = max(0, min(COUNTDOWN_FROM, math.ceil(length) - 1))
        return Event("hold_started", start, self.holds[index], seconds=length)

    def _set_phase(self, phase: Phase, index: int, start: float, length: float) -> None:
        self._phase = phase
        self._index = index
        self._start = start
        self._deadline = start + length
        self._countdown_next = 0

    def _finish(self, end: float) -> Event:
        self._end(end)
        return Event("done", end)

    def _end(self, end: float) -> None:
        if self._paused_since is not None:
            self._paused_total += end - self._paused_since
            self._paused_since = None
        self._phase = "done"
        self._countdown_next = 0
        self._ended_at = end
