"""Units that follow the user's region unless the settings say otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from companion.core.settings import Settings


def uses_fahrenheit(settings: Settings) -> bool:
    """The unit chosen in settings, or the locale's (the US measures rooms in °F)."""
    unit = settings.temperature_unit
    if unit == "auto":
        return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return unit == "fahrenheit"
