"""The user's own routine steps ([[custom_steps]], DESIGN §4.5): model, checks, file form.

A custom step joins the plan as a `Step` of kind "custom:<id>", so the reminder engine treats it
exactly like a built-in one. It falls either at a clock time on the night's date (12:00–23:59:
the app's day turns at noon, so an earlier time would belong to the night before) or a number of
elapsed minutes before bedtime, on chosen weekdays (every day when none are chosen).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from companion.core.settings_error import out_of_range
from companion.core.words import translate

# Kept here (and not imported from core.settings) so that core.settings can import this module
# without an import cycle; core.settings re-exports the same tuple.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CUSTOM_PREFIX = "custom:"
TABLE = "custom_steps"
ID_MAX = 40
TITLE_MAX = 60
TEXT_MAX = 300
BEFORE_LIMITS = (0, 720)
EARLIEST_AT = time(12, 0)
_ID = re.compile(r"[A-Za-z0-9-]+")
# ASCII digits only: "²²:30" passes str.isdigit() but is no time.
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


class CustomStepError(ValueError):
    """A custom step that cannot be used; `field` names it as the file does ("custom_steps[1].at").

    Same shape as `core.settings.SettingsError`, kept apart to avoid an import cycle.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class CustomStep:
    """One step of the user's own: when, on which weekdays, and what its card says."""

    id: str
    title: str
    text: str = ""
    at: time | None = None  # a clock time on the night's date, or instead …
    before_bedtime_minutes: int | None = None  # … elapsed minutes before bedtime
    days: tuple[int, ...] = ()  # weekdays, 0 = Monday; every day when empty
    command: tuple[str, ...] = ()  # an argv run when the prompt appears, never through a shell

    @property
    def kind(self) -> str:
        return CUSTOM_PREFIX + self.id

    def is_on(self, night: date) -> bool:
        return not self.days or night.weekday() in self.days


def caffeine_preset(taken: Sequence[str] = ()) -> CustomStep:
    """The caffeine cut-off the settings offer as a one-click add (issue 15)."""
    return CustomStep(
        id=unique_id("caffeine", taken),
        title=translate("Steps", "Last coffee of the day"),
        text=translate("Steps", "From now on, choose decaf, herbal tea or water."),
        at=EARLIEST_AT,
        days=(0, 1, 2, 3, 4),
    )


def is_custom_kind(kind: str) -> bool:
    return kind.startswith(CUSTOM_PREFIX)


def unique_id(title: str, taken: Sequence[str]) -> str:
    """An id made from a title ("Last coffee" → "last-coffee"), numbered when already taken."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    base = "-".join(words)[:ID_MAX].strip("-") or "step"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base[: ID_MAX - 4]}-{number}"
        number += 1
    return candidate


def step_by_kind(steps: Sequence[CustomStep], kind: str) -> CustomStep | None:
    return next((s for s in steps if s.kind == kind), None)


def check_custom_step(step: CustomStep, index: int) -> None:
    """Raise CustomStepError naming the first field of entry `index` that cannot be used."""
    where = f"{TABLE}[{index}]."
    if not _ID.fullmatch(step.id) or len(step.id) > ID_MAX:
        raise CustomStepError(
            where + "id",
            translate(
                "SettingsErrors", "must be letters, digits and '-' (at most {count} characters)"
            ).format(count=ID_MAX),
        )
    if not step.title.strip():
        raise CustomStepError(where + "title", translate("SettingsErrors", "is needed"))
    if len(step.title) > TITLE_MAX:
        raise CustomStepError(where + "title", _at_most(TITLE_MAX))
    if len(step.text) > TEXT_MAX:
        raise CustomStepError(where + "text", _at_most(TEXT_MAX))
    if (step.at is None) == (step.before_bedtime_minutes is None):
        raise CustomStepError(
            where + "at",
            translate("SettingsErrors", "give either a time (at) or before_bedtime_minutes"),
        )
    if step.at is not None and step.at < EARLIEST_AT:
        raise CustomStepError(
            where + "at",
            translate("SettingsErrors", "must be from 12:00 on (the app's day turns at noon)"),
        )
    minutes = step.before_bedtime_minutes
    if minutes is not None and not BEFORE_LIMITS[0] <= minutes <= BEFORE_LIMITS[1]:
        low, high = BEFORE_LIMITS
        raise CustomStepError(where + "before_bedtime_minutes", out_of_range(low, high))
    if any(day not in range(7) for day in step.days):
        raise CustomStepError(
            where + "days", translate("SettingsErrors", "must name weekdays (monday … sunday)")
        )
    if step.command and not step.command[0].strip():
        raise CustomStepError(
            where + "command", translate("SettingsErrors", "must start with the program to run")
        )


def check_custom_steps(steps: Sequence[CustomStep]) -> None:
    """Every entry checked, and no id used twice."""
    seen: set[str] = set()
    for index, step in enumerate(steps):
        check_custom_step(step, index)
        if step.id in seen:
            raise CustomStepError(f"{TABLE}[{index}].id", _used_twice(step.id))
        seen.add(step.id)


def custom_step_to_dict(step: CustomStep) -> dict[str, Any]:
    """One [[custom_steps]] table in the file's plain form (optional keys only when set)."""
    table: dict[str, Any] = {"id": step.id, "title": step.title}
    if step.text:
        table["text"] = step.text
    if step.at is not None:
        table["at"] = f"{step.at.hour:02d}:{step.at.minute:02d}"
    else:
        table["before_bedtime_minutes"] = step.before_bedtime_minutes
    if step.days:
        table["days"] = [WEEKDAY_NAMES[d] for d in sorted(step.days)]
    if step.command:
        table["command"] = list(step.command)
    return table


def custom_step_from_dict(raw: object, index: int) -> CustomStep:
    """One entry of the file, checked; CustomStepError names the first bad field."""
    where = f"{TABLE}[{index}]"
    if not isinstance(raw, Mapping):
        raise CustomStepError(
            where, translate("SettingsErrors", "must be a table ([[custom_steps]])")
        )
    known = {"id", "title", "text", "at", "before_bedtime_minutes", "days", "command"}
    for key in raw:
        if key not in known:
            raise CustomStepError(
                f"{where}.{key}", translate("SettingsErrors", "is not a field of a custom step")
            )
    at_text = _text(raw, "at", index, None)
    minutes = raw.get("before_bedtime_minutes")
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)):
        raise CustomStepError(
            f"{where}.before_bedtime_minutes", translate("SettingsErrors", "must be a whole number")
        )
    step = CustomStep(
        id=_text(raw, "id", index, "") or "",
        title=_text(raw, "title", index, "") or "",
        text=_text(raw, "text", index, "") or "",
        at=None if at_text is None else _clock(at_text, f"{where}.at"),
        before_bedtime_minutes=minutes,
        days=_days(raw.get("days", []), f"{where}.days"),
        command=_words(raw.get("command", []), f"{where}.command"),
    )
    check_custom_step(step, index)
    return step


def custom_steps_from_list(raw: object) -> tuple[CustomStep, ...]:
    """Every entry, strictly: the first bad one raises CustomStepError."""
    if not isinstance(raw, list):
        raise CustomStepError(
            TABLE, translate("SettingsErrors", "must be a list of [[custom_steps]] tables")
        )
    steps = tuple(custom_step_from_dict(entry, i) for i, entry in enumerate(raw))
    check_custom_steps(steps)
    return steps


def usable_custom_steps(raw: object) -> tuple[list[Any], list[tuple[str, str]]]:
    """The file's entries that can be used, and (field, message) for each one left out.

    Each bad entry is named by its index in the file as written, and the rest stay in force.
    """
    if not isinstance(raw, list):
        return [], [
            (TABLE, translate("SettingsErrors", "must be a list of [[custom_steps]] tables"))
        ]
    kept: list[Any] = []
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        try:
            step = custom_step_from_dict(entry, index)
        except CustomStepError as exc:
            problems.append((exc.field, exc.message))
            continue
        if step.id in seen:
            problems.append((f"{TABLE}[{index}].id", _used_twice(step.id)))
            continue
        seen.add(step.id)
        kept.append(entry)
    return kept, problems


def _at_most(count: int) -> str:
    return translate("SettingsErrors", "must be at most {count} characters").format(count=count)


def _used_twice(step_id: str) -> str:
    return translate("SettingsErrors", '"{id}" is used twice').format(id=step_id)


def _text(raw: Mapping[str, Any], key: str, index: int, default: str | None) -> str | None:
    value = raw.get(key, default)
    if value is not None and not isinstance(value, str):
        raise CustomStepError(
            f"{TABLE}[{index}].{key}", translate("SettingsErrors", "must be text in quotes")
        )
    return value


def _clock(text: str, field: str) -> time:
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise CustomStepError(
            field,
            translate("SettingsErrors", '"{text}" is not a time like 12:00').format(text=text[:20]),
        )
    return time(int(match.group(1)), int(match.group(2)))


def _days(value: object, field: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(
        isinstance(v, str) and v.lower() in WEEKDAY_NAMES for v in value
    ):
        raise CustomStepError(
            field,
            translate("SettingsErrors", 'must be a list of weekdays like ["monday", "friday"]'),
        )
    return tuple(sorted({WEEKDAY_NAMES.index(v.lower()) for v in value}))


def _words(value: object, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CustomStepError(
            field, translate("SettingsErrors", 'must be a list of words like ["prog", "arg"]')
        )
    return tuple(value)


def step_titles(steps: Sequence[CustomStep]) -> dict[str, str]:
    """Each custom step's kind with the title its owner gave it, for labels and comparisons."""
    return {step.kind: step.title for step in steps}
