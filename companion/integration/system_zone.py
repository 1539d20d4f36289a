"""The machine's time zone as an IANA name: TZ if set, else the system's configuration."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from companion.core.settings import Settings, SettingsError
from companion.core.time_zones import check_timezone


def system_zone_name() -> str:
    """e.g. "Europe/Berlin"; "UTC" when the machine does not say (tzlocal honours TZ first)."""
    try:
        import tzlocal

        # tzlocal caches its answer; reload so a zone change while the app runs is seen.
        tzlocal.reload_localzone()
        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises assorted errors on odd set-ups; UTC is a safe answer
        return "UTC"
    try:
        check_timezone(name or "")
    except SettingsError:
        return "UTC"
    return str(name)


def effective_zone(settings: Settings) -> ZoneInfo:
    """The zone the plan runs in: the one chosen in settings, else the system's."""
    return ZoneInfo(settings.timezone or system_zone_name())
