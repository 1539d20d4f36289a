"""The stretch journey, the whole story: the guided-stretch window built for the user's settings
with the timer and cues it is handed, the session recorded on tonight's journal when it ends
(its summary stays on screen until the user closes the window), and the plan step it belongs
to settled (done, or only partly done)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from companion.core.plan import is_morning_after
from companion.core.routine_record import stretch_answer, stretch_factors
from companion.core.session import Clock, Summary
from companion.core.settings import Settings
from companion.core.words import translate
from companion.journeys.guided_session import GuidedSessionJourney
from companion.journeys.session_record import record_on_tonight
from companion.services.cues import Cues
from companion.services.session_timer import SessionTimer
from companion.ui.stretch.window import StretchWindow

if TYPE_CHECKING:
    pass

# building the window


def build_stretch_window(
    settings: Settings,
    clock: Clock = time.monotonic,
    parent: QWidget | None = None,
) -> StretchWindow:
    """The stretch window for the user's routine, with its timer and its cues (sound, voice,
    volume as set). The clock is the real monotonic one (QTimer's) unless a test fakes it; the
    drawing's move into each pose reads the same clock. Qt 6.11 offers no reduced-motion hint
    from the platform (QStyleHints and QAccessibilityHints have none), so the setting alone
    decides whether the figure moves."""
    # The user's own stretches go where `stretch.order` places them, like the built-in five.
    timer = SessionTimer.for_settings(settings.stretch, clock, custom=settings.custom_stretches)
    cues = Cues(
        sound_enabled=settings.sound_enabled,
        voice_enabled=settings.voice_enabled,
        volume=settings.volume,
    )
    window = StretchWindow(timer, cues, parent, reduce_motion=settings.reduce_motion)
    cues.setParent(window)  # the cues live and die with the window they speak for
    return window


# the session, from opening to its record


class StretchJourney(GuidedSessionJourney):
    """One stretch window at a time. When the session ends it is recorded and its step settled;
    the window, showing its summary, is let go only when the user closes it."""

    _step: str | None = None  # the plan step the open session answers

    def open(self, step: str | None) -> None:
        """The guided stretches; `step` is the plan step whose prompt said Start, if any."""
        if self._start(lambda: build_stretch_window(self.host.settings, self._session_clock)):
            self._step = step

    def finished(self, summary: Summary) -> None:
        """Record the session on tonight's journal and settle the step it belongs to, as the
        session ends (the window stays open on its summary)."""
        settings, zone = self.host.settings, self.host.zone()
        now = self.host.clock.now().astimezone(zone)
        morning = is_morning_after(now, settings, zone)
        step = self._step or ("morning_stretch" if morning else "stretch")
        self._step = None
        if summary.holds_completed == 0 and not summary.finished:
            return  # opened and closed straight away: nothing to record
        if not morning:  # the journal's stretch factors describe the evening's session
            values = stretch_factors(
                summary.holds_completed, summary.holds_planned, summary.active_seconds
            )
            record_on_tonight(
                self.host,
                values,
                translate(
                    "Journeys", "The stretches could not be recorded in the journal: {reason}"
                ),
            )
        reminders = self.reminders()
        if reminders is not None:
            reminders.settle_after_session(
                step, stretch_answer(summary.holds_completed, summary.holds_planned)
            )
