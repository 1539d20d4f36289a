"""The IANA time zones this machine knows, and the check of a zone the user chose."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from companion.core.settings_error import SettingsError, quoted
from companion.core.words import translate


def check_timezone(name: str) -> ZoneInfo:
    """The zone for an IANA name, or SettingsError saying it is unknown."""
    # Asked afresh, not kept: the tray checks its zone at each start and would otherwise keep
    # every zone name (and what finding them loaded) all day for nothing.
    known = _ZONES or available_timezones()
    if not name or name not in known:
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
    """Every IANA zone name this machine knows (read once, then kept: the zone picker)."""
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES
