"""The user's settings: a validated, immutable model with defaults, and its plain-dict form.

The dict form (`to_dict` / `settings_from_dict`) is what `store.settings_file` writes as TOML;
every value in it is a str, int, bool or a nested table of those, so it stays human-editable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, Literal

from companion.core.breathing import (
    BreathingSettings,
    BreathingSettingsError,
    breathing_settings_from_dict,
)
from companion.core.custom_steps import (
    CustomStep,
    CustomStepError,
    check_custom_steps,
    custom_step_to_dict,
    custom_steps_from_list,
)
from companion.core.custom_stretches import (
    CustomStretch,
    check_custom_stretches,
    custom_stretch_to_dict,
    custom_stretches_from_list,
)
from companion.core.languages import Language, language_choice
from companion.core.prompt_surface import PromptSurface, prompt_surface
from companion.core.settings_error import SettingsError as SettingsError  # callers import it here
from companion.core.settings_error import out_of_range
from companion.core.settings_error import quoted as quoted
from companion.core.settings_table import TableReader
from companion.core.stretches import (
    StretchSettings,
    StretchSettingsError,
    stretch_settings_from_dict,
)
from companion.core.time_zones import available_zone_names as available_zone_names
from companion.core.time_zones import check_timezone
from companion.core.words import QT_TRANSLATE_NOOP, translate

StepKind = Literal[
    "magnesium", "stretch", "lights", "breathing", "bedtime", "checkin", "morning_stretch"
]
# The steps with their own reminder settings (enable + offset); the morning stretch follows
# the stretch settings instead (`StretchSettings.morning_stretch`).
STEP_KINDS: tuple[StepKind, ...] = (
    "magnesium",
    "stretch",
    "lights",
    "breathing",
    "bedtime",
    "checkin",
)
PLAN_KINDS: tuple[StepKind, ...] = (*STEP_KINDS, "morning_stretch")
# Shown translated: translate("Steps", STEP_LABELS[kind]).
STEP_LABELS: dict[StepKind, str] = {
    "magnesium": QT_TRANSLATE_NOOP("Steps", "Magnesium"),
    "stretch": QT_TRANSLATE_NOOP("Steps", "Stretches"),
    "lights": QT_TRANSLATE_NOOP("Steps", "Lights down"),
    "breathing": QT_TRANSLATE_NOOP("Steps", "Breathing"),
    "bedtime": QT_TRANSLATE_NOOP("Steps", "Lights out"),
    "checkin": QT_TRANSLATE_NOOP("Steps", "Morning check-in"),
    "morning_stretch": QT_TRANSLATE_NOOP("Steps", "Morning stretches"),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TemperatureUnit = Literal["auto", "celsius", "fahrenheit"]
Appearance = Literal["auto", "evening", "day"]  # the evening colours: by the clock or forced
APPEARANCES: tuple[Appearance, ...] = ("auto", "evening", "day")

# Evening steps are minutes *before* bedtime; the check-in is minutes *after* wake time.
OFFSET_LIMITS: dict[StepKind, tuple[int, int]] = {
    "magnesium": (0, 240),
    "stretch": (0, 240),
    "lights": (0, 240),
    "breathing": (0, 240),
    "bedtime": (0, 0),
    "checkin": (0, 240),
}
SNOOZE_LIMITS = (1, 60)
VOLUME_LIMITS = (0, 100)
DOSE_LIMITS = (1, 2000)
LABEL_MAX = 60


@dataclass(frozen=True)
class StepSetting:
    enabled: bool = True
    offset_minutes: int = 0
    # An optional program run when the step's prompt appears (e.g. to dim smart lights):
    # an argv list, never passed through a shell.
    command: tuple[str, ...] = ()


def _default_steps() -> dict[StepKind, StepSetting]:
    return {
        "magnesium": StepSetting(True, 90),
        "stretch": StepSetting(True, 45),
        "lights": StepSetting(True, 30),
        "breathing": StepSetting(False, 20),  # offered, off until chosen
        "bedtime": StepSetting(True, 0),
        "checkin": StepSetting(True, 15),
    }


@dataclass(frozen=True)
class Settings:
    """Everything the user can choose. Build changed copies with `dataclasses.replace`."""

    bedtime: time = time(22, 30)
    bedtime_by_weekday: Mapping[int, time] = field(default_factory=dict)  # 0 = Monday
    wake_time: time = time(7, 0)
    timezone: str | None = None  # None: follow the system's zone
    steps: Mapping[StepKind, StepSetting] = field(default_factory=_default_steps)
    magnesium_label: str = "Magnesium glycinate"
    magnesium_dose_mg: int = 300
    snooze_minutes: int = 10
    sound_enabled: bool = True
    voice_enabled: bool = True
    volume: int = 80  # percent, for sounds and the voice alike
    reduce_motion: bool = False  # show each stretch's pose still, never the move into it
    stretch: StretchSettings = field(default_factory=StretchSettings)
    temperature_unit: TemperatureUnit = "auto"
    start_at_login: bool = False
    onboarding_done: bool = False
    appearance: Appearance = "auto"  # evening colours: by the clock, always, or never
    prompts: PromptSurface = "auto"  # cards, notifications or both (core.prompt_surface)
    language: Language = "auto"  # "auto" follows the system locale (core.languages)
    breathing: BreathingSettings = field(default_factory=BreathingSettings)  # the pacer
    custom_steps: tuple[CustomStep, ...] = ()  # the user's own steps ([[custom_steps]])
    # The user's own stretches ([[custom_stretches]]); `stretch.order` places them by id.
    custom_stretches: tuple[CustomStretch, ...] = ()

    def __post_init__(self) -> None:
        validate(self)

    def bedtime_for(self, night: date) -> time:
        """The bedtime chosen for the weekday on which the evening of `night` falls."""
        return self.bedtime_by_weekday.get(night.weekday(), self.bedtime)

    def enabled_steps(self) -> list[tuple[StepKind, int]]:
        """(kind, offset minutes) of every enabled step, in the catalogue's order."""
        return [
            (kind, self.steps[kind].offset_minutes)
            for kind in STEP_KINDS
            if self.steps[kind].enabled
        ]

    def with_step(self, kind: StepKind, **changes: Any) -> Settings:
        steps = dict(self.steps)
        steps[kind] = dataclasses.replace(steps[kind], **changes)
        return dataclasses.replace(self, steps=steps)


def validate(settings: Settings) -> None:
    """Raise SettingsError naming the first field that is out of range."""
    for kind in STEP_KINDS:
        if kind not in settings.steps:
            raise SettingsError(f"steps.{kind}", translate("SettingsErrors", "is missing"))
        _check_range(
            f"steps.{kind}.offset_minutes", settings.steps[kind].offset_minutes, OFFSET_LIMITS[kind]
        )
        command = settings.steps[kind].command
        if command and (not command[0].strip() or not all(isinstance(a, str) for a in command)):
            message = translate("SettingsErrors", "must start with the program to run")
            raise SettingsError(f"steps.{kind}.command", message)
    unknown = set(settings.steps) - set(STEP_KINDS)
    if unknown:
        message = translate("SettingsErrors", "unknown step {name}").format(
            name=repr(sorted(unknown)[0])
        )
        raise SettingsError("steps", message)
    for weekday in settings.bedtime_by_weekday:
        if weekday not in range(7):
            message = translate("SettingsErrors", "weekday {weekday} is not 0-6").format(
                weekday=weekday
            )
            raise SettingsError("bedtime", message)
    _check_range("snooze_minutes", settings.snooze_minutes, SNOOZE_LIMITS)
    _check_range("volume", settings.volume, VOLUME_LIMITS)
    _check_range("magnesium_dose_mg", settings.magnesium_dose_mg, DOSE_LIMITS)
    label = settings.magnesium_label.strip()
    if not label:
        raise SettingsError("magnesium_label", translate("SettingsErrors", "must not be empty"))
    if len(label) > LABEL_MAX:
        message = translate("SettingsErrors", "must be at most {count} characters").format(
            count=LABEL_MAX
        )
        raise SettingsError("magnesium_label", message)
    if settings.timezone is not None:
        check_timezone(settings.timezone)
    try:
        check_custom_steps(settings.custom_steps)
        check_custom_stretches(settings.custom_stretches, settings.stretch.stretches)
    except (CustomStepError, StretchSettingsError) as exc:
        raise SettingsError(exc.field, exc.message) from None
    prompt_surface(settings.prompts)
    language_choice(settings.language)
    if settings.temperature_unit not in ("auto", "celsius", "fahrenheit"):
        raise SettingsError("temperature_unit", _units_message())


def _check_range(name: str, value: int, limits: tuple[int, int]) -> None:
    low, high = limits
    if not low <= value <= high:
        raise SettingsError(name, out_of_range(low, high, value))


def parse_clock(text: str, field_name: str) -> time:
    """'HH:MM' (24-hour) to a time, or SettingsError naming the field. Only ASCII digits count:
    "²²:30" (AltGr+2 on a German keyboard) passes str.isdigit() but is no time."""
    parts = text.strip().split(":")
    if (
        len(parts) != 2
        or not all(p.isascii() and p.isdigit() and len(p) <= 2 for p in parts)
        or len(parts[1]) != 2
        or not (0 <= int(parts[0]) <= 23 and 0 <= int(parts[1]) <= 59)
    ):
        message = translate("SettingsErrors", "{text} is not a time like 22:30").format(
            text=quoted(text)
        )
        raise SettingsError(field_name, message)
    return time(int(parts[0]), int(parts[1]))


def format_clock(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def to_dict(settings: Settings) -> dict[str, Any]:
    """The plain, human-editable form written to the settings file."""
    bedtime: dict[str, str] = {"default": format_clock(settings.bedtime)}
    for weekday, value in sorted(settings.bedtime_by_weekday.items()):
        bedtime[WEEKDAYS[weekday]] = format_clock(value)
    return {
        "wake_time": format_clock(settings.wake_time),
        "timezone": settings.timezone or "",
        "snooze_minutes": settings.snooze_minutes,
        "sound": settings.sound_enabled,
        "voice": settings.voice_enabled,
        "volume": settings.volume,
        "reduce_motion": settings.reduce_motion,
        "temperature_unit": settings.temperature_unit,
        "start_at_login": settings.start_at_login,
        "onboarding_done": settings.onboarding_done,
        "appearance": settings.appearance,
        "prompts": settings.prompts,
        "language": settings.language,
        "bedtime": bedtime,
        "magnesium": {"label": settings.magnesium_label, "dose_mg": settings.magnesium_dose_mg},
        "stretch": settings.stretch.to_dict(),
        "breathing": settings.breathing.to_dict(),
        **_custom_steps_dict(settings),
        # Left out when empty, like [[custom_steps]].
        **(
            {"custom_stretches": [custom_stretch_to_dict(c) for c in settings.custom_stretches]}
            if settings.custom_stretches
            else {}
        ),
        "steps": {
            kind: {
                "enabled": s.enabled,
                "offset_minutes": s.offset_minutes,
                **({"command": list(s.command)} if s.command else {}),
            }
            for kind, s in settings.steps.items()
        },
    }


def settings_from_dict(raw: Mapping[str, Any]) -> Settings:
    """Settings from the file's form. Missing keys take defaults; wrong ones raise SettingsError."""
    defaults = Settings()
    reader = TableReader(raw)
    bedtime_table = reader.table("bedtime")
    bedtime = defaults.bedtime
    by_weekday: dict[int, time] = {}
    for key, value in bedtime_table.items():
        name = f"bedtime.{key}"
        if not isinstance(value, str):
            raise SettingsError(name, translate("SettingsErrors", 'must be a time like "22:30"'))
        if key == "default":
            bedtime = parse_clock(value, name)
        elif key in WEEKDAYS:
            by_weekday[WEEKDAYS.index(key)] = parse_clock(value, name)
        else:
            message = translate("SettingsErrors", "is not a weekday (monday … sunday) or 'default'")
            raise SettingsError(name, message)
    steps = dict(defaults.steps)
    for kind, table in reader.table("steps").items():
        if kind not in STEP_KINDS:
            message = translate("SettingsErrors", "is not a step this app knows")
            raise SettingsError(f"steps.{kind}", message)
        step = TableReader(table, prefix=f"steps.{kind}.") if isinstance(table, Mapping) else None
        if step is None:
            raise SettingsError(f"steps.{kind}", translate("SettingsErrors", "must be a table"))
        steps[kind] = StepSetting(
            enabled=step.boolean("enabled", steps[kind].enabled),
            offset_minutes=step.integer("offset_minutes", steps[kind].offset_minutes),
            command=step.strings("command"),
        )
    magnesium = TableReader(reader.table("magnesium"), prefix="magnesium.")
    timezone = reader.string("timezone", "").strip() or None
    unit = reader.string("temperature_unit", defaults.temperature_unit)
    if unit not in ("auto", "celsius", "fahrenheit"):
        raise SettingsError("temperature_unit", _units_message())
    try:
        stretch = stretch_settings_from_dict(reader.table("stretch"))
        breathing = breathing_settings_from_dict(reader.table("breathing"))
        custom_steps = custom_steps_from_list(raw.get("custom_steps", []))
        custom_stretches = custom_stretches_from_list(raw.get("custom_stretches", []))
    except (StretchSettingsError, CustomStepError, BreathingSettingsError) as exc:
        raise SettingsError(exc.field, exc.message) from None
    return Settings(
        bedtime=bedtime,
        bedtime_by_weekday=by_weekday,
        wake_time=parse_clock(reader.string("wake_time", "07:00"), "wake_time"),
        timezone=timezone,
        steps=steps,
        magnesium_label=magnesium.string("label", defaults.magnesium_label),
        magnesium_dose_mg=magnesium.integer("dose_mg", defaults.magnesium_dose_mg),
        snooze_minutes=reader.integer("snooze_minutes", defaults.snooze_minutes),
        sound_enabled=reader.boolean("sound", defaults.sound_enabled),
        voice_enabled=reader.boolean("voice", defaults.voice_enabled),
        volume=reader.integer("volume", defaults.volume),
        reduce_motion=reader.boolean("reduce_motion", defaults.reduce_motion),
        stretch=stretch,
        temperature_unit=unit,  # type: ignore[arg-type]  # checked just above
        start_at_login=reader.boolean("start_at_login", defaults.start_at_login),
        onboarding_done=reader.boolean("onboarding_done", defaults.onboarding_done),
        appearance=_appearance(reader.string("appearance", defaults.appearance)),
        prompts=prompt_surface(reader.string("prompts", defaults.prompts)),
        language=language_choice(reader.string("language", defaults.language)),
        custom_steps=custom_steps,
        custom_stretches=custom_stretches,
        breathing=breathing,
    )


def _units_message() -> str:
    return translate("SettingsErrors", "must be auto, celsius or fahrenheit")


def _custom_steps_dict(settings: Settings) -> dict[str, Any]:
    # Left out when empty: an array of tables with no entries would only confuse a reader.
    steps = settings.custom_steps
    return {"custom_steps": [custom_step_to_dict(s) for s in steps]} if steps else {}


def _appearance(value: str) -> Appearance:
    if value not in APPEARANCES:
        raise SettingsError(
            "appearance", translate("SettingsErrors", "must be auto, evening or day")
        )
    return value  # narrowed by the check above
