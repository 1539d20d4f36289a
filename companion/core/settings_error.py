"""The error a wrong setting raises: it names the field the way the settings file does."""

from __future__ import annotations


class SettingsError(ValueError):
    """A setting that cannot be used; `field` names it the way the settings file does."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
