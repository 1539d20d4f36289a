"""Prompts that wait while the user is away and stay quiet over a full-screen window (issue 17).

The scheduler says a step is due; this gate asks the desktop once whether anybody is there and
whether a film or a call fills the screen, and `core.away.prompt_decision` decides. A prompt
that waits or is held is looked at again once a minute — the only polling, and only while
something waits — and shown when the user is back or the full-screen window has gone, if its step
is still useful. Past that, the scheduler records it missed as it does any unseen step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from companion.core.away import prompt_decision
from companion.core.reminders import StepState
from companion.services.clock import Clock
from companion.services.fullscreen import FullScreenProbe
from companion.services.idle import IdleSource
from companion.services.presence import Presence

log = logging.getLogger(__name__)

RECHECK_MS = 60_000  # issue 17: never more often than once a minute


class PromptGate(QObject):
    """Between the scheduler's `prompt_due` and the card: show, hold quietly, or wait."""

    def __init__(
        self,
        *,
        show: Callable[[StepState], None],
        hold: Callable[[StepState], None],
        state_of: Callable[[str], StepState | None],
        clock: Clock,
        presence: Presence,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show, self._hold, self._state_of = show, hold, state_of
        self.clock = clock
        self.idle: IdleSource = presence.idle
        self.full_screen: FullScreenProbe = presence.full_screen
        self.waiting: set[str] = set()  # kinds whose prompt waits for the user's return
        self.holding: set[str] = set()  # kinds shown only as a quiet notification
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.recheck)

    @property
    def is_polling(self) -> bool:
        return bool(self._timer.isActive())

    @property
    def interval_ms(self) -> int:
        return int(self._timer.interval())

    @Slot(object)
    def offer(self, state: StepState) -> None:
        """The scheduler says this prompt belongs on screen now."""
        self.forget(state.step.kind)
        self._decide(state)

    def forget(self, kind: str) -> None:
        """The prompt was taken down (expired, paused): nothing of it waits any more."""
        self.waiting.discard(kind)
        self.holding.discard(kind)
        self._update_timer()

    def stop(self) -> None:
        self.waiting.clear()
        self.holding.clear()
        self._timer.stop()

    @Slot()
    def recheck(self) -> None:
        """Once a minute while something waits: is the user back, has the film ended?"""
        for kind in sorted(self.waiting | self.holding):
            was_holding = kind in self.holding
            self.waiting.discard(kind)
            self.holding.discard(kind)
            state = self._state_of(kind)
            if state is not None:
                self._decide(state, was_holding=was_holding)
        self._update_timer()

    def _decide(self, state: StepState, *, was_holding: bool = False) -> None:
        kind = state.step.kind
        now = self.clock.now()
        # Ask the desktop only when something is due: by day, with nothing due, nothing is asked.
        idle = self.idle.read()
        full_screen = self.full_screen.is_full_screen()
        decision = prompt_decision(state, now, idle=idle, full_screen=full_screen)
        log.info("%s prompt: %s (idle %s, full screen %s)", kind, decision, idle, full_screen)
        if decision == "show":
            self._show(state)
        elif decision == "hold":
            self.holding.add(kind)
            if not was_holding:  # one quiet notification per hold, not one a minute
                self._hold(state)
        elif decision == "wait":
            self.waiting.add(kind)
        # "missed" and "settled": nothing to show; the scheduler records and tidies up.
        self._update_timer()

    def _update_timer(self) -> None:
        if self.waiting or self.holding:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
