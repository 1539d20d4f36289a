"""Typed look-ups in one table of the settings file, each error naming the key as written."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from companion.core.settings_error import SettingsError
from companion.core.words import translate


class TableReader:
    """Typed look-ups in one table of the settings file, with errors that name the key."""

    def __init__(self, raw: Mapping[str, Any], prefix: str = "") -> None:
        self.raw = raw
        self.prefix = prefix

    def table(self, key: str) -> Mapping[str, Any]:
        value = self.raw.get(key, {})
        if not isinstance(value, Mapping):
            raise SettingsError(self.prefix + key, translate("SettingsErrors", "must be a table"))
        return value

    def string(self, key: str, default: str) -> str:
        value = self.raw.get(key, default)
        if not isinstance(value, str):
            raise SettingsError(
                self.prefix + key, translate("SettingsErrors", "must be text in quotes")
            )
        return value

    def integer(self, key: str, default: int) -> int:
        value = self.raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(
                self.prefix + key, translate("SettingsErrors", "must be a whole number")
            )
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            message = translate("SettingsErrors", 'must be a list of words like ["prog", "arg"]')
            raise SettingsError(self.prefix + key, message)
        return tuple(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise SettingsError(
                self.prefix + key, translate("SettingsErrors", "must be true or false")
            )
        return value
