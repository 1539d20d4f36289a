"""The user's own stretches ([[custom_stretches]], DESIGN §4.5): model, checks and file form.

A custom stretch becomes a `Stretch` of the catalogue's shape (`as_stretch`), so the session,
the window and the journal treat it like a built-in one; `stretch.order` names it by its id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from companion.core.settings_error import out_of_range
from companion.core.stretches import (
    CATALOGUE,
    CUSTOM_ID_MAX,
    DEFAULT_HOLD_SECONDS,
    HOLD_LIMITS,
    STRETCH_IDS,
    Stretch,
    StretchSettingsError,
    is_custom_id,
    is_stretch_id,
)
from companion.core.words import translate

TABLE = "custom_stretches"
NAME_MAX = 60
STEP_MAX = 200  # characters in one step: a sentence read from the floor
STEPS_LIMITS = (1, 8)
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
PICTURE_PATH_MAX = 1000
_FIELDS = {"id", "name", "steps", "per_side", "hold_seconds", "picture"}


@dataclass(frozen=True)
class CustomStretch:
    """One stretch of the user's own: what it is called, how it is done, how long, a picture."""

    id: str
    name: str
    steps: tuple[str, ...]
    per_side: bool = True  # hold each side (left, then right), or hold once
    hold_seconds: int = DEFAULT_HOLD_SECONDS
    picture: str = ""  # a PNG, JPEG or SVG file; "" for a plain card with the name

    def as_stretch(self) -> Stretch:
        return Stretch(
            id=self.id,
            name=self.name,
            target_muscle="",
            steps=self.steps,
            safety_hint="",
            illustration="",
            per_side=self.per_side,
            default_hold_seconds=self.hold_seconds,
            custom=True,
            picture=self.picture,
            hold_seconds=self.hold_seconds,
        )


def stretches_by_id(custom: Sequence[CustomStretch]) -> dict[str, Stretch]:
    """The catalogue with the user's own stretches added: every id `stretch.order` may name."""
    return {**CATALOGUE, **{c.id: c.as_stretch() for c in custom}}


def unique_stretch_id(name: str, taken: Sequence[str]) -> str:
    """An id made from a name ("Figure-four stretch" → "figure-four-stretch"), numbered when
    the built-ins or another stretch of the user's already have it."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    base = "-".join(words)[:CUSTOM_ID_MAX].strip("-") or "my-stretch"
    candidate, number = base, 2
    while candidate in taken or candidate in STRETCH_IDS:
        candidate = f"{base[: CUSTOM_ID_MAX - 4]}-{number}"
        number += 1
    return candidate


def picture_problem(picture: str) -> str | None:
    """What is wrong with a picture's file name as text (the disk is the store's to check)."""
    if not picture:
        return None
    if len(picture) > PICTURE_PATH_MAX:
        return _at_most(PICTURE_PATH_MAX)
    if not picture.lower().endswith(PICTURE_SUFFIXES):
        return translate(
            "SettingsErrors", "must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg)"
        )
    return None


def check_custom_stretch(entry: CustomStretch, index: int) -> None:
    """Raise StretchSettingsError naming the first field of entry `index` that cannot be used."""
    where = f"{TABLE}[{index}]."
    if not is_custom_id(entry.id):
        raise StretchSettingsError(
            where + "id",
            translate(
                "SettingsErrors", "must be letters, digits and '-' (at most {count} characters)"
            ).format(count=CUSTOM_ID_MAX),
        )
    if is_stretch_id(entry.id):
        raise StretchSettingsError(
            where + "id",
            translate("SettingsErrors", '"{id}" is a built-in stretch\'s id').format(id=entry.id),
        )
    if not entry.name.strip():
        raise StretchSettingsError(where + "name", translate("SettingsErrors", "is needed"))
    if len(entry.name) > NAME_MAX:
        raise StretchSettingsError(where + "name", _at_most(NAME_MAX))
    low, high = STEPS_LIMITS
    if not low <= len(entry.steps) <= high:
        raise StretchSettingsError(
            where + "steps",
            translate("SettingsErrors", "must be {low} to {high} steps").format(low=low, high=high),
        )
    for step in entry.steps:
        if not step.strip():
            raise StretchSettingsError(
                where + "steps", translate("SettingsErrors", "must not hold an empty step")
            )
        if len(step) > STEP_MAX:
            raise StretchSettingsError(
                where + "steps",
                translate("SettingsErrors", "one step is over {count} characters").format(
                    count=STEP_MAX
                ),
            )
    if not isinstance(entry.per_side, bool):
        raise StretchSettingsError(
            where + "per_side", translate("SettingsErrors", "must be true or false")
        )
    low, high = HOLD_LIMITS
    if not low <= entry.hold_seconds <= high:
        raise StretchSettingsError(where + "hold_seconds", out_of_range(low, high))
    problem = picture_problem(entry.picture)
    if problem is not None:
        raise StretchSettingsError(where + "picture", problem)


def check_custom_stretches(custom: Sequence[CustomStretch], order: Sequence[str]) -> None:
    """Every entry checked, no id used twice, and `order` naming only stretches that exist."""
    seen: set[str] = set()
    for index, entry in enumerate(custom):
        check_custom_stretch(entry, index)
        if entry.id in seen:
            raise StretchSettingsError(f"{TABLE}[{index}].id", _used_twice(entry.id))
        seen.add(entry.id)
    for item in order:
        if not is_stretch_id(item) and item not in seen:
            raise StretchSettingsError("stretch.order", _unknown(item))


def _unknown(item: str) -> str:
    message = translate(
        "SettingsErrors", 'names "{item}", which is neither a built-in stretch nor one of your own'
    )
    return message.format(item=item)


def _at_most(count: int) -> str:
    return translate("SettingsErrors", "must be at most {count} characters").format(count=count)


def _used_twice(entry_id: str) -> str:
    return translate("SettingsErrors", '"{id}" is used twice').format(id=entry_id)


def custom_stretch_to_dict(entry: CustomStretch) -> dict[str, Any]:
    """One [[custom_stretches]] table in the file's plain form (the picture only when set)."""
    table: dict[str, Any] = {
        "id": entry.id,
        "name": entry.name,
        "steps": list(entry.steps),
        "per_side": entry.per_side,
        "hold_seconds": entry.hold_seconds,
    }
    if entry.picture:
        table["picture"] = entry.picture
    return table


def custom_stretch_from_dict(raw: object, index: int) -> CustomStretch:
    """One entry of the file, checked; StretchSettingsError names the first bad field."""
    where = f"{TABLE}[{index}]"
    if not isinstance(raw, Mapping):
        raise StretchSettingsError(
            where, translate("SettingsErrors", "must be a table ([[custom_stretches]])")
        )
    for key in raw:
        if key not in _FIELDS:
            raise StretchSettingsError(
                f"{where}.{key}", translate("SettingsErrors", "is not a field of a custom stretch")
            )
    steps = raw.get("steps", [])
    if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
        raise StretchSettingsError(
            f"{where}.steps", translate("SettingsErrors", 'must be a list like ["Lie down.", …]')
        )
    per_side = raw.get("per_side", True)
    if not isinstance(per_side, bool):
        raise StretchSettingsError(
            f"{where}.per_side", translate("SettingsErrors", "must be true or false")
        )
    hold = raw.get("hold_seconds", DEFAULT_HOLD_SECONDS)
    if isinstance(hold, bool) or not isinstance(hold, int):
        raise StretchSettingsError(
            f"{where}.hold_seconds", translate("SettingsErrors", "must be a whole number")
        )
    entry = CustomStretch(
        id=_text(raw, "id", where),
        name=_text(raw, "name", where).strip(),
        steps=tuple(s.strip() for s in steps),
        per_side=per_side,
        hold_seconds=hold,
        picture=_text(raw, "picture", where).strip(),
    )
    check_custom_stretch(entry, index)
    return entry


def custom_stretches_from_list(raw: object) -> tuple[CustomStretch, ...]:
    """Every entry, strictly: the first bad one raises StretchSettingsError."""
    if not isinstance(raw, list):
        raise StretchSettingsError(
            TABLE, translate("SettingsErrors", "must be a list of [[custom_stretches]] tables")
        )
    return tuple(custom_stretch_from_dict(entry, i) for i, entry in enumerate(raw))


def leave_out_bad_custom_stretches(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Take each unusable [[custom_stretches]] entry out of a settings file's values, and its id
    out of `stretch.order` (as any id naming no stretch); (field, message) for each.

    Named by the entry's index in the file as written, so the rest of the settings, the other
    entries and the rest of the order stay in force.
    """
    problems: list[tuple[str, str]] = []
    raw = data.get(TABLE)
    kept: list[Any] = []
    dropped: set[object] = set()  # ids of entries left out: already named, dropped quietly
    if raw is not None and not isinstance(raw, list):
        problems.append(
            (TABLE, translate("SettingsErrors", "must be a list of [[custom_stretches]] tables"))
        )
    for index, entry in enumerate(raw if isinstance(raw, list) else []):
        try:
            stretch = custom_stretch_from_dict(entry, index)
        except StretchSettingsError as exc:
            problems.append((exc.field, exc.message))
            if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                dropped.add(entry["id"])
            continue
        if any(stretch.id == other["id"] for other in kept):
            problems.append((f"{TABLE}[{index}].id", _used_twice(stretch.id)))
            continue
        kept.append(entry)
    if raw is not None:
        data[TABLE] = kept
    known = {entry["id"] for entry in kept}
    table = data.get("stretch")
    order = table.get("order") if isinstance(table, dict) else None
    if isinstance(table, dict) and isinstance(order, list):
        unknown = [
            i
            for i in order
            if isinstance(i, str)
            and not is_stretch_id(i)
            and (i in dropped or (is_custom_id(i) and i not in known))
        ]
        if unknown:
            table["order"] = [i for i in order if i not in unknown]
        named = [i for i in unknown if i not in dropped]
        if named:
            problems.append(("stretch.order", "; ".join(_unknown(i) for i in named)))
    return problems


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise StretchSettingsError(
            f"{where}.{key}", translate("SettingsErrors", "must be text in quotes")
        )
    return value
