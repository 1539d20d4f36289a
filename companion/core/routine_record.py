"""What an answer to a prompt adds to the night's factors (source "routine")."""

from __future__ import annotations

from datetime import datetime

from companion.core.settings import Settings


def routine_factors(
    kind: str, answer: str, answered_at: datetime, settings: Settings
) -> dict[str, str | None]:
    """Factor values to store for an answer; empty when the answer says nothing about the night.

    Skipping means "not tonight", so it records a "no"; snoozing and missing record nothing,
    since the step may still have been done without the app hearing of it.
    """
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
