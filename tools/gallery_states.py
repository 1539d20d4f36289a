"""The gallery's later window states: breathing, the episode dialog, settings' lower sections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

BREATHED_S = 150.0  # into the session, so the shape stands part-way through a breath


class SessionClock:
    """A monotonic clock the gallery moves by hand, so each picture shows one chosen moment."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


def later_states(companion: Any) -> Iterator[tuple[str, Callable[[], Any]]]:
    """Each state's name and how the app brings it on screen, as `gallery.states` yields them."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    from companion.journeys.breathing import BreathingJourney
    from companion.journeys.episode import EpisodeJourney
    from companion.ui.widgets.form_scroll import FormScroll

    clock = SessionClock()
    # The app's own breathing journey, on a clock the gallery holds still (the app's runs on
    # time.monotonic, which would show whichever frame the grab happened to land on).
    breathing = BreathingJourney(
        companion, lambda: companion.tonight, companion, session_clock=clock
    )

    def breathe(state: str) -> Any:
        breathing.close()  # each state from a fresh session
        breathing.open()
        window: Any = breathing.window  # the BreathingWindow just built
        if state == "paused":
            clock.seconds += BREATHED_S
            window.show_frame()
            window.toggle_pause()
        elif state == "stopped":
            clock.seconds += 4 * 60 + BREATHED_S
            window.stop()
        elif state == "done":
            clock.seconds += window.pacer.total_seconds
            window.show_frame()  # the pacer is over: the window ends on its summary
        else:
            clock.seconds += BREATHED_S
            window.show_frame()
        return window

    def episode() -> Any:
        companion.open_window("episode")  # "Legs restless now…" in the tray menu
        return companion.findChild(EpisodeJourney).dialog

    def settings(add: bool) -> Any:
        companion.open_window("settings")
        dialog = companion.setup.settings_dialog
        if add:  # what a user sees after pressing "Add a stretch" and "Add a step"
            dialog.custom_stretches.add_stretch()
            dialog.custom_steps.add_step()
        scroll = dialog.findChild(FormScroll)
        bar = scroll.verticalScrollBar()
        if add:  # from the top of "Your own steps", the new step's editor below it
            bar.setValue(dialog.custom_steps.mapTo(scroll.widget(), QPoint(0, 0)).y())
        else:  # the lower sections: breathing, magnesium, general
            bar.setValue(bar.maximum())
        return dialog

    def treatments_lower() -> Any:
        companion.journal_journey.open()
        window = companion.journal_journey.window
        window.tabs.setCurrentWidget(window.treatments)
        bar = window.treatments.findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())  # "Record a change": the forms for medicines and tests
        return window

    yield "journal-treatments-lower", treatments_lower
    for state in ("running", "paused", "stopped", "done"):
        yield f"breathing-{state}", partial(breathe, state)
    yield "episode-dialog", episode
    yield "settings-lower", partial(settings, False)
    yield "settings-custom-added", partial(settings, True)


def fill_treatments(store: Any, today: date, zone: ZoneInfo) -> None:
    """Sample medicines, iron tests and night-time episodes, so the journal's "Medicines and
    tests" tab shows what a person who keeps them sees."""
    from companion.core.rls_records import (
        Episode,
        LabResult,
        MedicationCourse,
        night_of_episode,
    )

    store.add_medication(
        MedicationCourse("Pramipexole", 0.125, "mg", today - timedelta(days=50), None, time(20))
    )
    store.add_medication(
        MedicationCourse(
            "Ferrous bisglycinate",
            28,
            "mg",
            today - timedelta(days=40),
            today - timedelta(days=10),
            None,
        )
    )
    store.add_lab(LabResult(today - timedelta(days=45), 38.0, 17.0))
    store.add_lab(LabResult(today - timedelta(days=5), 71.0, 24.0))
    reliefs = ("walked", "stretched: calves against the wall", "hot or cold", "massage")
    for back in range(2, 50, 4):
        night = today - timedelta(days=back)
        at = datetime.combine(night, time(21, 40), zone) + timedelta(minutes=35 * (back % 5))
        store.add_episode(Episode(night_of_episode(at), at, reliefs[back % len(reliefs)]))
