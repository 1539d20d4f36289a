"""Windows opened in the tray's own process: in tests, the demo, or when no process of their own
could start (app/windows_apart.py opens them apart otherwise)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.app.companion_app import CompanionApp


def open_here(app: CompanionApp, kind: str, options: dict[str, Any]) -> None:
    """The journal, settings, a check-in (option: night), breathing, the restless-legs note or
    the stretches (option: step, whose prompt said Start)."""
    if kind == "checkin":  # once answered, the morning may turn to the day look
        night = options.get("night")
        before = set(app.checkin.dialogs)
        app.checkin.open(date.fromisoformat(night) if night else None)
        for opened in set(app.checkin.dialogs) - before:
            app.checkin.dialogs[opened].finished.connect(app.refresh_look)
    elif kind == "settings":
        app.setup.open_settings()
    elif kind == "journal":
        app.journal_journey.open()
    elif kind == "breathing":
        app.breathing.open()
    elif kind == "episode":
        from companion.journeys.episode import open_episode

        open_episode(app, app)  # one dialog at a time, its journey made on first use
    else:
        app.stretch.open(options.get("step"))
