"""What each reminder says: one table of words, filled in from the user's settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from companion.core.custom_steps import step_by_kind
from companion.core.settings import Settings, StepKind
from companion.core.words import QT_TRANSLATE_NOOP, clock_time, translate

COOL_ROOM_C = 18
COOL_ROOM_F = 65
# A custom step without its own text: the card still says what the buttons do.
CUSTOM_BODY = QT_TRANSLATE_NOOP(
    "Prompts", "A step of your own routine. Press Done once it is done."
)


@dataclass(frozen=True)
class PromptText:
    title: str
    body: str
    done_label: str  # the main button: "Done", "Start now", "Check in"
    skip_label: str  # "Skip tonight"; a morning card says "Skip today"


def prompt_text(
    kind: StepKind | str,
    settings: Settings,
    *,
    fahrenheit: bool,
    late_since: datetime | None = None,
) -> PromptText:
    """The words of one prompt; `late_since` adds a line when it comes after its time."""
    room = (
        translate("Prompts", "about {degrees} °F").format(degrees=COOL_ROOM_F)
        if fahrenheit
        else translate("Prompts", "about {degrees} °C").format(degrees=COOL_ROOM_C)
    )
    done, start, skip_today = (
        translate("Prompts", "Done"),
        translate("Prompts", "Start now"),
        translate("Prompts", "Skip today"),
    )
    texts: dict[StepKind, PromptText] = {
        "magnesium": PromptText(
            translate("Prompts", "Time for your magnesium"),
            translate(
                "Prompts",
                "{label}, {dose} mg. Taking it now gives it time to settle before bed.",
            ).format(label=settings.magnesium_label, dose=settings.magnesium_dose_mg),
            done,
            _skip_tonight(),
        ),
        "stretch": PromptText(
            translate("Prompts", "Ready to stretch?"),
            translate(
                "Prompts",
                "Five slow leg stretches, about ten minutes. A little floor space and a wall are "
                "all you need; the app counts the time and tells you when to switch.",
            ),
            start,
            _skip_tonight(),
        ),
        "lights": PromptText(
            translate("Prompts", "Lights down"),
            translate(
                "Prompts",
                "Dim the lights, put the screens away, and let the bedroom cool to {room}.",
            ).format(room=room),
            done,
            _skip_tonight(),
        ),
        "breathing": PromptText(
            translate("Prompts", "Time to breathe slowly"),
            translate(
                "Prompts",
                "{minutes} minutes of slow breathing: {breathe_in} seconds in, {breathe_out} out. "
                "Sit or lie comfortably; the screen shows the pace.",
            ).format(
                minutes=settings.breathing.minutes,
                breathe_in=settings.breathing.in_seconds,
                breathe_out=settings.breathing.out_seconds,
            ),
            start,
            _skip_tonight(),
        ),
        "bedtime": PromptText(
            translate("Prompts", "Lights out"),
            translate("Prompts", "Time to settle in for the night. Sleep well."),
            done,
            _skip_tonight(),
        ),
        "morning_stretch": PromptText(
            translate("Prompts", "Morning stretches"),
            translate(
                "Prompts", "The same five gentle stretches as last night, to start the day loose."
            ),
            start,
            skip_today,
        ),
        "checkin": PromptText(
            translate("Prompts", "Good morning"),
            translate(
                "Prompts",
                "How were your legs last night, and how did you sleep? It takes half a minute.",
            ),
            translate("Prompts", "Check in"),
            skip_today,
        ),
    }
    custom = step_by_kind(settings.custom_steps, kind)
    if custom is not None:  # the user's own step: their title and text
        skip = skip_today if custom.at is not None else _skip_tonight()  # a noon step: today
        body = custom.text or translate("Prompts", CUSTOM_BODY)
        text = PromptText(custom.title, body, done, skip)
    else:
        text = texts[kind]  # type: ignore[index]  # a built-in kind when not a custom one
    if late_since is not None:
        late = translate("Prompts", "(This was due at {time}.)").format(time=clock_time(late_since))
        body = f"{text.body}\n{late}"
        text = dataclasses.replace(text, body=body)
    return text


def state_text(status: str, due_at: datetime, answered_at: datetime | None) -> str:
    """How the Tonight panel describes where a step stands ("done at 21:02")."""
    if status == "snoozed":
        return translate("Prompts", "snoozed until {time}").format(time=clock_time(due_at))
    if answered_at is not None and status in ("done", "partial", "skipped"):
        at = clock_time(answered_at)
        if status == "done":
            return translate("Prompts", "done at {time}").format(time=at)
        if status == "partial":
            return translate("Prompts", "partly done at {time}").format(time=at)
        return translate("Prompts", "skipped at {time}").format(time=at)
    words = {
        "upcoming": QT_TRANSLATE_NOOP("Prompts", "coming up"),
        "due": QT_TRANSLATE_NOOP("Prompts", "now"),
        "late": QT_TRANSLATE_NOOP("Prompts", "now (running late)"),
        "open": QT_TRANSLATE_NOOP("Prompts", "waiting for you"),
        "done": QT_TRANSLATE_NOOP("Prompts", "done"),
        "partial": QT_TRANSLATE_NOOP("Prompts", "partly done"),
        "skipped": QT_TRANSLATE_NOOP("Prompts", "skipped"),
        "missed": QT_TRANSLATE_NOOP("Prompts", "missed"),
    }
    return translate("Prompts", words[status]) if status in words else status


def _skip_tonight() -> str:
    return translate("Prompts", "Skip tonight")
