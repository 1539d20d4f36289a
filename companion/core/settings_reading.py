"""Reading a settings file's values leniently: each bad key takes its default, the rest stays."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from companion.core.custom_steps import usable_custom_steps
from companion.core.custom_stretches import leave_out_bad_custom_stretches
from companion.core.settings import Settings, SettingsError, settings_from_dict, to_dict
from companion.core.words import translate

# Far beyond any setting, and small enough that the number can still be written out as text
# (Python refuses to turn an integer of more than 4,300 digits into a string).
LARGEST_NUMBER = 10**9
# The model's checks name these two by their field; the file keeps them in [magnesium].
_FILE_KEYS = {"magnesium_label": "magnesium.label", "magnesium_dose_mg": "magnesium.dose_mg"}


@dataclass(frozen=True)
class SettingsProblem:
    """One key of the settings file that could not be used, and what is used instead."""

    key: str  # dotted, as in the file: "bedtime.default", "steps.magnesium.offset_minutes"
    message: str  # what is wrong with the value
    instead: str  # "using 22:30", or "left out" for a key the app does not know

    def __str__(self) -> str:
        line = translate("SettingsErrors", "{key}: {problem}; {instead}")
        return line.format(key=self.key, problem=self.message, instead=self.instead)


@dataclass(frozen=True)
class SettingsReading:
    settings: Settings
    problems: tuple[SettingsProblem, ...] = ()


def read_settings(raw: Mapping[str, Any]) -> SettingsReading:
    """The settings a file's values give, with the default for every key that cannot be used.

    The strict reader (`settings_from_dict`) names the first bad key; that key is left out and
    the rest read again, until they read. Each round removes a key, so it ends.
    """
    data = _copy(raw)
    too_large = translate("SettingsErrors", "is a number far too large")
    found: list[tuple[str, str]] = [(key, too_large) for key in _huge(data, "")]
    for key, _message in found:
        _drop(data, key.split("."))
    if "custom_steps" in data:  # a bad entry is left out alone, named by its index in the file
        data["custom_steps"], custom_problems = usable_custom_steps(data["custom_steps"])
        found += custom_problems
    found += leave_out_bad_custom_stretches(data)  # each bad entry alone, by its file index
    while True:
        try:
            settings = settings_from_dict(data)
            break
        except SettingsError as exc:
            key = _FILE_KEYS.get(exc.field, exc.field)
            path = key.split(".")
            if not _drop(data, path) and not _drop(data, path[:1]):
                settings = Settings()  # nothing left to take out: every default
                found.append((key, exc.message))
                break
            found.append((key, exc.message))
    written = to_dict(settings)
    problems = tuple(SettingsProblem(k, m, _instead(written, k.split("."))) for k, m in found)
    return SettingsReading(settings, problems)


def _copy(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _copy(v) if isinstance(v, Mapping) else v for k, v in raw.items()}


def _huge(table: Mapping[str, Any], prefix: str) -> list[str]:
    """Keys holding an integer too large to be any setting (or to be shown), anywhere."""
    keys: list[str] = []
    for key, value in table.items():
        if isinstance(value, Mapping):
            keys += _huge(value, f"{prefix}{key}.")
        elif _is_huge(value) or (isinstance(value, list) and any(_is_huge(v) for v in value)):
            keys.append(prefix + key)
    return keys


def _is_huge(value: object) -> bool:
    return isinstance(value, int) and not -LARGEST_NUMBER < value < LARGEST_NUMBER


def _drop(data: dict[str, Any], path: list[str]) -> bool:
    """Remove the value at `path`; False when there is none."""
    table: Any = data
    for part in path[:-1]:
        table = table.get(part) if isinstance(table, dict) else None
    if not isinstance(table, dict) or path[-1] not in table:
        return False
    del table[path[-1]]
    return True


def _instead(written: Mapping[str, Any], path: list[str]) -> str:
    """What the app uses in place of the bad value, in the file's own words."""
    value: Any = written
    for part in path:
        if not isinstance(value, Mapping) or part not in value:
            return translate("SettingsErrors", "left out")
        value = value[part]
    if isinstance(value, bool):
        return _using("true" if value else "false")
    if isinstance(value, Mapping):
        return translate("SettingsErrors", "using the defaults")
    if isinstance(value, list):
        return (
            _using(", ".join(str(v) for v in value))
            if value
            else translate("SettingsErrors", "using none")
        )
    if value == "":
        return translate("SettingsErrors", "using the default")
    return _using(str(value))


def _using(value: str) -> str:
    """The value used instead, as the file writes it (true, 22:30, calf, hamstring)."""
    return translate("SettingsErrors", "using {value}").format(value=value)
