"""The IANA time zones this machine knows, and the check of a zone the user chose."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from companion.core.settings_error import SettingsError, quoted
from companion.core.words import translate


def check_timezone(name: str) -> ZoneInfo:
    """The zone for an IANA name, or SettingsError saying it is unknown."""
    if not name or name not in available_zone_names():
        raise SettingsError("timezone", _unknown(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError("timezone", _unknown(name)) from exc


def _unknown(name: str) -> str:
    message = translate("SettingsErrors", "{name} is not a known IANA time zone")
    return message.format(name=quoted(name))


_ZONES: set[str] = set()


def available_zone_names() -> set[str]:
    """Every IANA zone name this machine knows (read once, then kept)."""
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES
