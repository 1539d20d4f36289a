"""What an answer to a prompt adds to the night's factors (source "routine")."""

from __future__ import annotations

from datetime import datetime

from companion.core.custom_steps import is_custom_kind
from companion.core.settings import Settings


def routine_factors(
    kind: str, answer: str, answered_at: datetime, settings: Settings
) -> dict[str, str | None]:
    """Factor values to store for an answer; empty when the answer says nothing about the night.

    Skipping means "not tonight", so it records a "no"; snoozing and missing record nothing,
    since the step may still have been done without the app hearing of it.
    """
    if is_custom_kind(kind) and answer in ("done", "skipped"):
        # Keyed by the step's kind ("custom:caffeine"), so "What helps me" can compare nights.
        return {kind: "yes" if answer == "done" else "no"}
    if kind == "magnesium" and answer == "done":
        return {
            "magnesium": "yes",
            "magnesium_dose_mg": str(settings.magnesium_dose_mg),
            "magnesium_time": answered_at.isoformat(timespec="minutes"),
        }
    if kind == "magnesium" and answer == "skipped":
        return {"magnesium": "no", "magnesium_dose_mg": None, "magnesium_time": None}
    if kind == "lights" and answer in ("done", "skipped"):
        return {"lights_dimmed": "yes" if answer == "done" else "no"}
    if kind == "stretch" and answer == "skipped":
        return {"stretched": "no"}
    if kind == "breathing" and answer == "skipped":
        return {"breathing_minutes": "0"}
    return {}


def stretch_factors(completed: int, planned: int, active_seconds: float) -> dict[str, str | None]:
    """What a finished or stopped stretch session adds to the night (source "routine")."""
    return {
        "stretched": "yes" if completed > 0 else "no",
        "stretch_holds_done": str(completed),
        "stretch_holds_planned": str(planned),
        "stretch_minutes": str(round(active_seconds / 60)),
    }


def stretch_answer(completed: int, planned: int) -> str:
    """How tonight's stretch step is answered once the session ends."""
    if completed >= planned:
        return "done"
    return "partial" if completed > 0 else "skipped"


def breathing_factors(minutes_done: int) -> dict[str, str | None]:
    """What a finished or stopped breathing session adds to the night (source "routine")."""
    return {"breathing_minutes": str(minutes_done)}


def breathing_answer(finished: bool, minutes_done: int) -> str | None:
    """How tonight's breathing step is answered once the session ends; None: nothing to say
    (opened and closed before a minute was breathed)."""
    if finished:
        return "done"
    return "partial" if minutes_done > 0 else None
