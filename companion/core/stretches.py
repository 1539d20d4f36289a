"""The stretch catalogue and the user's stretch settings (DESIGN §1 journey 2).

Pure Python: no Qt, no disk, no clock. The five stretches follow the source article's routine
(each held about 30 seconds per leg); every sentence here is the project's own wording.

`StretchSettings.to_dict` / `stretch_settings_from_dict` give the plain form that the settings
file stores under its `[stretch]` table; every value is a str, int, bool or list of str.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeGuard

from companion.core.settings_error import out_of_range
from companion.core.words import QT_TRANSLATE_NOOP, translate

StretchId = Literal["calf", "hamstring", "quadriceps", "hip_glute", "lying_leg"]
STRETCH_IDS: tuple[StretchId, ...] = ("calf", "hamstring", "quadriceps", "hip_glute", "lying_leg")

Side = Literal["left", "right"]
# Left first. The drawings show the right leg working (a right-facing figure shows its right
# side); the left side is the same drawing mirrored at render time.
SIDES: tuple[Side, ...] = ("left", "right")

DEFAULT_HOLD_SECONDS = 30

# The settings file table these settings live in; error messages name fields as `stretch.<key>`.
TABLE = "stretch"
HOLD_LIMITS = (15, 60)
ROUND_LIMITS = (1, 3)
SWITCH_LIMITS = (0, 30)
GET_READY_LIMITS = (0, 30)
# Minutes after wake time for the optional morning round; same range as the other offsets.
MORNING_OFFSET_LIMITS = (0, 240)
# A stretch of the user's own is named in `order` by its id ([[custom_stretches]], DESIGN §4.5):
# letters, digits and "-", so it can never be mistaken for a built-in id (those have "_").
CUSTOM_ID = re.compile(r"[A-Za-z0-9-]+")
CUSTOM_ID_MAX = 40


@dataclass(frozen=True)
class Stretch:
    """One stretch of the catalogue, or one of the user's own. `steps` are short imperative
    sentences, read top to bottom."""

    id: str  # a StretchId for the catalogue's, the user's own id for a custom one
    name: str
    target_muscle: str
    steps: tuple[str, ...]
    safety_hint: str
    illustration: str  # the shipped drawing's file name; "" for a custom stretch
    per_side: bool = True
    default_hold_seconds: int = DEFAULT_HOLD_SECONDS
    custom: bool = False  # the user's own: a picture of theirs (or a card), never a drawing
    picture: str = ""  # a custom stretch's picture file ("" for the plain card with its name)
    hold_seconds: int | None = None  # its own hold time; None follows `stretch.hold_seconds`


CATALOGUE: Mapping[str, Stretch] = {  # keyed by StretchId
    "calf": Stretch(
        id="calf",
        name=QT_TRANSLATE_NOOP("Stretches", "Calf stretch"),
        target_muscle=QT_TRANSLATE_NOOP("Stretches", "calf"),
        steps=(
            QT_TRANSLATE_NOOP(
                "Stretches", "Face a wall and rest both palms on it at shoulder height."
            ),
            QT_TRANSLATE_NOOP(
                "Stretches",
                "Bend the front knee and step the working leg well back, "
                "toes pointing at the wall.",
            ),
            QT_TRANSLATE_NOOP(
                "Stretches", "Keep that back leg straight and press its heel into the floor."
            ),
            QT_TRANSLATE_NOOP(
                "Stretches",
                "Lean your whole body toward the wall until the calf feels a gentle pull.",
            ),
        ),
        safety_hint=QT_TRANSLATE_NOOP(
            "Stretches",
            "Let the wall take your weight, and keep the back heel down without bouncing.",
        ),
        illustration="calf.svg",
    ),
    "hamstring": Stretch(
        id="hamstring",
        name=QT_TRANSLATE_NOOP("Stretches", "Hamstring stretch"),
        target_muscle=QT_TRANSLATE_NOOP("Stretches", "hamstring"),
        steps=(
            QT_TRANSLATE_NOOP(
                "Stretches",
                "Sit on the floor with the working leg straight out in front, toes to the ceiling.",
            ),
            QT_TRANSLATE_NOOP(
                "Stretches",
                "Bend the other knee and rest that foot against the inside of the straight thigh.",
            ),
            QT_TRANSLATE_NOOP("Stretches", "Keep your back long and fold forward from the hips."),
            QT_TRANSLATE_NOOP(
                "Stretches", "Reach toward the shin or ankle, only as far as feels comfortable."
            ),
        ),
        safety_hint=QT_TRANSLATE_NOOP(
            "Stretches",
            "Lead with the chest rather than rounding your back, and ease off if it hurts.",
        ),
        illustration="hamstring.svg",
    ),
    "quadriceps": Stretch(
        id="quadriceps",
        name=QT_TRANSLATE_NOOP("Stretches", "Quadriceps stretch"),
        target_muscle=QT_TRANSLATE_NOOP("Stretches", "quadriceps"),
        steps=(
            QT_TRANSLATE_NOOP(
                "Stretches", "Stand tall and hold a wall or the back of a chair with one hand."
            ),
            QT_TRANSLATE_NOOP(
                "Stretches", "Bend the working knee and bring the heel up toward your seat."
            ),
            QT_TRANSLATE_NOOP("Stretches", "Hold that ankle with the hand on the same side."),
            QT_TRANSLATE_NOOP("Stretches", "Keep both knees close together and your hips level."),
        ),
        safety_hint=QT_TRANSLATE_NOOP(
            "Stretches", "Hold on for balance the whole time, and never yank the foot upward."
        ),
        illustration="quadriceps.svg",
    ),
    "hip_glute": Stretch(
        id="hip_glute",
        name=QT_TRANSLATE_NOOP("Stretches", "Hip and glute stretch"),
        target_muscle=QT_TRANSLATE_NOOP("Stretches", "hip and glute"),
        steps=(
            QT_TRANSLATE_NOOP(
                "Stretches",
                "Sit up straight on the floor with the other leg stretched out in front.",
            ),
            QT_TRANSLATE_NOOP(
                "Stretches",
                "Cross the working leg over it and set that foot flat beside the straight knee.",
            ),
            QT_TRANSLATE_NOOP("Stretches", "Wrap both arms around the bent knee."),
            QT_TRANSLATE_NOOP("Stretches", "Draw the knee gently toward your chest and sit tall."),
        ),
        safety_hint=QT_TRANSLATE_NOOP(
            "Stretches", "Breathe out slowly as you draw the knee in, and stop short of any pain."
        ),
        illustration="hip_glute.svg",
    ),
    "lying_leg": Stretch(
        id="lying_leg",
        name=QT_TRANSLATE_NOOP("Stretches", "Lying leg stretch"),
        target_muscle=QT_TRANSLATE_NOOP("Stretches", "glute and hamstring"),
        steps=(
            QT_TRANSLATE_NOOP("Stretches", "Lie on your back with your head resting on the floor."),
            QT_TRANSLATE_NOOP("Stretches", "Keep the other leg long on the floor."),
            QT_TRANSLATE_NOOP("Stretches", "Bring the working knee up toward your chest."),
            QT_TRANSLATE_NOOP(
                "Stretches", "Clasp your hands just below the knee and hug it in softly."
            ),
        ),
        safety_hint=QT_TRANSLATE_NOOP(
            "Stretches", "Keep your head and shoulders relaxed on the floor and breathe slowly."
        ),
        illustration="lying_leg.svg",
    ),
}


def stretch(stretch_id: StretchId) -> Stretch:
    """The catalogue entry for an id (KeyError for an unknown one)."""
    return CATALOGUE[stretch_id]


def is_stretch_id(value: object) -> TypeGuard[StretchId]:
    return isinstance(value, str) and value in STRETCH_IDS


def is_custom_id(value: object) -> TypeGuard[str]:
    """Shaped like a custom stretch's id; whether one exists is `core.custom_stretches`' check."""
    return (
        isinstance(value, str)
        and CUSTOM_ID.fullmatch(value) is not None
        and len(value) <= CUSTOM_ID_MAX
    )


def _order_problem(item: object) -> str | None:
    if is_stretch_id(item) or is_custom_id(item):
        return None
    message = translate(
        "SettingsErrors", "{item} is not one of {ids} or an id of your own stretches"
    )
    return message.format(item=repr(item), ids=", ".join(STRETCH_IDS))


class StretchSettingsError(ValueError):
    """A stretch setting that cannot be used; `field` names it as the settings file does.

    Same shape as `core.settings.SettingsError` (field, message), kept separate so that
    `core.settings` can import this module without an import cycle.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class StretchSettings:
    """Which stretches, in which order, and how long. Validated on construction."""

    # Built-in ids and the ids of the user's own stretches ([[custom_stretches]]), in order.
    stretches: tuple[str, ...] = STRETCH_IDS
    hold_seconds: int = DEFAULT_HOLD_SECONDS
    rounds: int = 1
    switch_seconds: int = 5
    get_ready_seconds: int = 5
    morning_stretch: bool = False
    morning_offset_minutes: int = 15

    def __post_init__(self) -> None:
        validate_stretch_settings(self)

    def to_dict(self) -> dict[str, Any]:
        """The plain, human-editable form for the settings file's `[stretch]` table."""
        return {
            "order": list(self.stretches),
            "hold_seconds": self.hold_seconds,
            "rounds": self.rounds,
            "switch_seconds": self.switch_seconds,
            "get_ready_seconds": self.get_ready_seconds,
            "morning_stretch": self.morning_stretch,
            "morning_offset_minutes": self.morning_offset_minutes,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> StretchSettings:
        return stretch_settings_from_dict(raw)


def validate_stretch_settings(settings: StretchSettings) -> None:
    """Raise StretchSettingsError naming the first field that cannot be used."""
    order = settings.stretches
    if not isinstance(order, tuple):
        raise StretchSettingsError(
            f"{TABLE}.order", translate("SettingsErrors", "must be a tuple of stretch ids")
        )
    if not order:
        raise StretchSettingsError(
            f"{TABLE}.order", translate("SettingsErrors", "must name at least one stretch")
        )
    for item in order:
        problem = _order_problem(item)
        if problem is not None:
            raise StretchSettingsError(f"{TABLE}.order", problem)
    if len(set(order)) != len(order):
        raise StretchSettingsError(
            f"{TABLE}.order", translate("SettingsErrors", "names a stretch more than once")
        )
    _check_int("hold_seconds", settings.hold_seconds, HOLD_LIMITS)
    _check_int("rounds", settings.rounds, ROUND_LIMITS)
    _check_int("switch_seconds", settings.switch_seconds, SWITCH_LIMITS)
    _check_int("get_ready_seconds", settings.get_ready_seconds, GET_READY_LIMITS)
    if not isinstance(settings.morning_stretch, bool):
        raise StretchSettingsError(
            f"{TABLE}.morning_stretch", translate("SettingsErrors", "must be true or false")
        )
    _check_int("morning_offset_minutes", settings.morning_offset_minutes, MORNING_OFFSET_LIMITS)


def _check_int(key: str, value: object, limits: tuple[int, int]) -> None:
    name = f"{TABLE}.{key}"
    # bool is an int subclass; `hold_seconds = true` in the file is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise StretchSettingsError(name, translate("SettingsErrors", "must be a whole number"))
    low, high = limits
    if not low <= value <= high:
        raise StretchSettingsError(name, out_of_range(low, high, value))


def stretch_settings_from_dict(raw: Mapping[str, Any]) -> StretchSettings:
    """Settings from the file's `[stretch]` table. Missing keys take defaults; unknown keys are
    ignored (a newer version may have written them); wrong values raise StretchSettingsError."""
    defaults = StretchSettings()
    order_raw = raw.get("order", list(defaults.stretches))
    if not isinstance(order_raw, Sequence) or isinstance(order_raw, str):
        raise StretchSettingsError(
            f"{TABLE}.order", translate("SettingsErrors", "must be a list of stretch ids")
        )
    order: list[str] = []
    for item in order_raw:
        problem = _order_problem(item)
        if problem is not None:
            raise StretchSettingsError(f"{TABLE}.order", problem)
        order.append(item)
    morning = raw.get("morning_stretch", defaults.morning_stretch)
    if not isinstance(morning, bool):
        raise StretchSettingsError(
            f"{TABLE}.morning_stretch", translate("SettingsErrors", "must be true or false")
        )
    return StretchSettings(
        stretches=tuple(order),
        hold_seconds=_integer(raw, "hold_seconds", defaults.hold_seconds),
        rounds=_integer(raw, "rounds", defaults.rounds),
        switch_seconds=_integer(raw, "switch_seconds", defaults.switch_seconds),
        get_ready_seconds=_integer(raw, "get_ready_seconds", defaults.get_ready_seconds),
        morning_stretch=morning,
        morning_offset_minutes=_integer(
            raw, "morning_offset_minutes", defaults.morning_offset_minutes
        ),
    )


def _integer(raw: Mapping[str, Any], key: str, default: int) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise StretchSettingsError(
            f"{TABLE}.{key}", translate("SettingsErrors", "must be a whole number")
        )
    return value
