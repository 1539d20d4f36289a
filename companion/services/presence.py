"""What the desktop tells of its user: idle or away, and whether a full-screen window is up."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.services.clock import Clock
from companion.services.fullscreen import FullScreenProbe, UnknownFullScreen, system_full_screen
from companion.services.idle import IdleSource, UnknownIdle, system_idle


@dataclass(frozen=True)
class Presence:
    """The two sources the reminders consult before a card goes up (journeys/away.py)."""

    idle: IdleSource = field(default_factory=UnknownIdle)
    full_screen: FullScreenProbe = field(default_factory=UnknownFullScreen)


def system_presence(clock: Clock) -> Presence:
    """This desktop's sources; unknown parts make the app behave as before.

    On a compressed clock (the demo, an evening in minutes) five minutes without input would
    hold back half the evening: there the demo shows every prompt, as before.
    """
    if clock.scale != 1.0:
        return Presence()
    return Presence(system_idle(), system_full_screen())
