"""Starting tonight's reminders for the app: at once, or after the day's wait for their night
(journeys/evening_wait.py), with the journal they write to and the desktop they ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from companion.app.notices import read_only_banner
from companion.core.words import translate
from companion.journeys.evening_wait import EveningWait

if TYPE_CHECKING:
    from companion.app.companion_app import CompanionApp
    from companion.journeys.reminders import Tonight
    from companion.services.presence import Presence


def pause_action(app: CompanionApp) -> QAction:
    """The tray menu's Pause tonight, by day too (it starts the reminders to pause them)."""

    def toggle() -> None:
        if (tonight := app.wake_reminders()) is not None:
            tonight.toggle_pause()

    action: QAction = app.tray.add_feature_action(translate("Tray", "Pause tonight"))
    action.triggered.connect(toggle)
    return action


def wait_for_night(app: CompanionApp) -> EveningWait:
    """The day's wait, its line on the tray; it starts the reminders when their night is near."""
    wait = EveningWait(app.clock, lambda: app.settings, app.zone, app)
    wait.status_changed.connect(app.tray.set_status)
    wait.due.connect(app.wake_reminders)
    return wait


def start_tonight(app: CompanionApp) -> Tonight | None:
    """The reminders, started; None when the journal cannot be written."""
    if app.journal.is_read_only:
        # Reminders record every prompt and answer; with nowhere to write, stay quiet rather
        # than ask the same thing again and again.
        app.panel.set_banner(read_only_banner())
        return None
    from companion.journeys.reminders import Tonight

    def presence() -> Presence:  # made with the first prompt's kit (journeys/prompt_kit.py)
        from companion.services.presence import system_presence

        return system_presence(app.clock)  # prompts wait while away, quiet over a film

    tonight = Tonight(
        app.settings,
        app.journal,
        app.tray,
        app.panel_if_built,  # None until the window is first opened: the reminders run without
        clock=app.clock,
        tray_anchor=app.tray_anchor,
        tell=app.tell,
        presence=presence,
        pause_action=app.pause_action,
        parent=app,
    )
    tonight.checkin_requested.connect(lambda: app.open_window("checkin"))
    tonight.stretch_requested.connect(lambda step: app.open_window("stretch", {"step": step}))
    tonight.breathing_requested.connect(lambda: app.open_window("breathing"))
    app.reminders_started.emit(tonight)
    tonight.start()
    return tonight
