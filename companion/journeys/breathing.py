"""The breathing journey, the whole story: the pacer window built for the user's rhythm with the
clock, frame timer and cues it is handed, the minutes breathed recorded on tonight's journal when
the session ends (its summary stays until the user closes the window), and tonight's "breathing"
step settled (done, or only partly done when stopped early)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from companion.core.breathing import BreathingSummary, Clock, Pacer
from companion.core.routine_record import breathing_answer, breathing_factors
from companion.core.settings import Settings
from companion.core.words import translate
from companion.journeys.guided_session import GuidedSessionJourney, StepSettler
from companion.journeys.host import AppHost
from companion.journeys.session_record import record_on_tonight

if TYPE_CHECKING:
    from companion.ui.breathing.window import BreathingWindow

STEP = "breathing"


def build_breathing_window(settings: Settings, clock: Clock = time.monotonic) -> BreathingWindow:
    """The pacer for the user's rhythm and minutes, on the monotonic clock (QTimer's) unless a
    test fakes it, with a frame timer and the chosen cue (none, a chime or a voice)."""
    # Loaded when a session opens: the window and its sound and speech stay out of the idle tray.
    from companion.services.breathing_cues import BreathingCues
    from companion.ui.breathing.window import BreathingWindow

    pacer = Pacer(settings.breathing, clock)
    cues = BreathingCues(settings.breathing, settings.volume)
    window = BreathingWindow(pacer, QTimer(), cues)
    cues.setParent(window)  # the cues live and die with the window they speak for
    return window


class BreathingJourney(GuidedSessionJourney):
    """One pacer window at a time; each session is recorded and its step settled as it ends."""

    def __init__(
        self,
        host: AppHost,
        reminders: Callable[[], StepSettler | None] = lambda: None,
        parent: QObject | None = None,
        *,
        session_clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(host, reminders, parent, session_clock=session_clock)
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-session still records the minutes breathed
            app.aboutToQuit.connect(self.close)

    def open(self) -> None:
        self._start(lambda: build_breathing_window(self.host.settings, self._session_clock))

    def finished(self, summary: BreathingSummary) -> None:
        """Record the minutes breathed on tonight's journal and settle tonight's step."""
        answer = breathing_answer(summary.finished, summary.minutes_done)
        if answer is None:
            return  # opened and closed before a minute: nothing to record
        record_on_tonight(
            self.host,
            breathing_factors(summary.minutes_done),
            translate("Journeys", "The breathing could not be recorded in the journal: {reason}"),
        )
        reminders = self.reminders()
        if reminders is not None:
            reminders.settle_after_session(STEP, answer)
