"""Whether a due prompt is shown now, held as a quiet notification, or waits for the user's return.

Pure over (the step's state, now, what the desktop says of idleness and full-screen windows).
The late rules stay those of `companion.core.reminders`: a prompt that waited is shown on return
only while its step is still useful (`StepState.until`); after that it is missed, recorded once by
the scheduler like any other step nobody saw.

Where the desktop tells nothing (no idle source answered; a full-screen window cannot be known on
Wayland) the reading is `None` and the prompt is shown as it always was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from companion.core.reminders import StepState

__all__ = ["AWAY_AFTER", "IdleReading", "PromptDecision", "prompt_decision"]

# No keyboard or mouse for this long and the user has most likely left the computer (issue 17).
AWAY_AFTER = timedelta(minutes=5)

PromptDecision = Literal[
    "show",  # put the card up now (as before)
    "hold",  # a full-screen window is up: a quiet notification now, the card when it ends
    "wait",  # nobody is there: nothing now, look again on their return
    "missed",  # its useful window has closed: never show it
    "settled",  # answered or snoozed meanwhile (from the panel or a notification)
]


@dataclass(frozen=True)
class IdleReading:
    """What the session says of its user; `None` where no source could tell."""

    screen_saver: bool | None = None  # the screen saver is active or the session is locked
    idle_for: timedelta | None = None  # since the last keyboard or pointer input

    @property
    def is_away(self) -> bool:
        if self.screen_saver:
            return True
        return self.idle_for is not None and self.idle_for >= AWAY_AFTER


def prompt_decision(
    state: StepState, now: datetime, *, idle: IdleReading, full_screen: bool | None
) -> PromptDecision:
    """What to do with the prompt of `state` at `now`."""
    if state.status == "missed" or (state.until is not None and now >= state.until):
        return "missed"
    if not state.should_show:
        return "settled"
    # A locked screen or a running screen saver beats a full-screen window: nobody sees either.
    if idle.screen_saver:
        return "wait"
    # Full-screen before idleness: a film can run for an hour without a key pressed, and its
    # watcher is there; a quiet notification costs nothing if they are not.
    if full_screen:
        return "hold"
    return "wait" if idle.is_away else "show"
