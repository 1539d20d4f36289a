"""What each reminder says: one table of words, filled in from the user's settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from companion.core.custom_steps import step_by_kind
from companion.core.settings import Settings, StepKind

COOL_ROOM_C = 18
COOL_ROOM_F = 65
# A custom step without its own text: the card still says what the buttons do.
CUSTOM_BODY = "A step of your own routine. Press Done once it is done."


@dataclass(frozen=True)
class PromptText:
    title: str
    body: str
    done_label: str  # the main button: "Done", "Start now", "Check in"
    skip_label: str = "Skip tonight"  # a morning card says "Skip today"


def prompt_text(
    kind: StepKind | str,
    settings: Settings,
    *,
    fahrenheit: bool,
    late_since: datetime | None = None,
) -> PromptText:
    """The words of one prompt; `late_since` adds a line when it comes after its time."""
    room = f"about {COOL_ROOM_F} °F" if fahrenheit else f"about {COOL_ROOM_C} °C"
    texts: dict[StepKind, PromptText] = {
        "magnesium": PromptText(
            "Time for your magnesium",
            f"{settings.magnesium_label}, {settings.magnesium_dose_mg} mg. Taking it now gives "
            "it time to settle before bed.",
            "Done",
        ),
        "stretch": PromptText(
            "Ready to stretch?",
            "Five slow leg stretches, about ten minutes. A little floor space and a wall are "
            "all you need; the app counts the time and tells you when to switch.",
            "Start now",
        ),
        "lights": PromptText(
            "Lights down",
            f"Dim the lights, put the screens away, and let the bedroom cool to {room}.",
            "Done",
        ),
        "breathing": PromptText(
            "Time to breathe slowly",
            f"{settings.breathing.minutes} minutes of slow breathing: "
            f"{settings.breathing.in_seconds} seconds in, {settings.breathing.out_seconds} out. "
            "Sit or lie comfortably; the screen shows the pace.",
            "Start now",
        ),
        "bedtime": PromptText("Lights out", "Time to settle in for the night. Sleep well.", "Done"),
        "morning_stretch": PromptText(
            "Morning stretches",
            "The same five gentle stretches as last night, to start the day loose.",
            "Start now",
            "Skip today",
        ),
        "checkin": PromptText(
            "Good morning",
            "How were your legs last night, and how did you sleep? It takes half a minute.",
            "Check in",
            "Skip today",
        ),
    }
    custom = step_by_kind(settings.custom_steps, kind)
    if custom is not None:  # the user's own step: their title and text
        skip = "Skip today" if custom.at is not None else "Skip tonight"  # a noon step: today
        text = PromptText(custom.title, custom.text or CUSTOM_BODY, "Done", skip)
    else:
        text = texts[kind]  # type: ignore[index]  # a built-in kind when not a custom one
    if late_since is not None:
        body = f"{text.body}\n(This was due at {late_since:%H:%M}.)"
        text = dataclasses.replace(text, body=body)
    return text


def state_text(status: str, due_at: datetime, answered_at: datetime | None) -> str:
    """How the Tonight panel describes where a step stands ("done at 21:02")."""
    at = f" at {answered_at:%H:%M}" if answered_at is not None else ""
    return {
        "upcoming": "coming up",
        "due": "now",
        "late": "now (running late)",
        "open": "waiting for you",
        "snoozed": f"snoozed until {due_at:%H:%M}",
        "done": f"done{at}",
        "partial": f"partly done{at}",
        "skipped": f"skipped{at}",
        "missed": "missed",
    }.get(status, status)
