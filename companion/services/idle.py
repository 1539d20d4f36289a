"""Is anybody at the computer? Asked of whichever desktop source answers (issue 17).

Sources, in order: the freedesktop ScreenSaver service (KDE and others: active, and seconds
since input), GNOME's ScreenSaver (active or locked) and Mutter's IdleMonitor (milliseconds since
input; it works on GNOME's Wayland too), then the X server's screen-saver extension on an X11
desktop. Each part of the reading comes from the first source that gives it; where none does
(sway, macOS, Windows) the reading stays unknown and prompts are shown as before.

The reminders journey asks only while a prompt waits, and at most once a minute.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Protocol

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from companion.core.away import IdleReading
from companion.services.x11 import is_x11_session, screen_saver_state

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 1000  # a desktop service that does not answer within a second counts as absent


class IdleSource(Protocol):
    """What the reminders journey needs to know of the user's presence."""

    def read(self) -> IdleReading: ...


class UnknownIdle:
    """No source: the app behaves as it did before it knew of idleness (and in tests)."""

    def read(self) -> IdleReading:
        return IdleReading()


class SessionIdle:
    """The desktop's own answer, from D-Bus services or the X server."""

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        *,
        x11: Callable[[], tuple[bool, timedelta] | None] | None = None,
    ) -> None:
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._x11 = x11 if x11 is not None else (screen_saver_state if is_x11_session() else None)

    def read(self) -> IdleReading:
        active = self._flag("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
        if active is None:
            active = self._flag("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
        idle = self._number(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver", "GetSessionIdleTime",
        )  # fmt: skip
        idle_for = None if idle is None else timedelta(seconds=idle)
        if idle_for is None:
            idle_ms = self._number(
                "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                "org.gnome.Mutter.IdleMonitor", "GetIdletime",
            )  # fmt: skip
            idle_for = None if idle_ms is None else timedelta(milliseconds=idle_ms)
        if (active is None or idle_for is None) and self._x11 is not None:
            x11 = self._x11()
            if x11 is not None:
                active = x11[0] if active is None else active
                idle_for = x11[1] if idle_for is None else idle_for
        return IdleReading(screen_saver=active, idle_for=idle_for)

    def _flag(self, service: str, path: str) -> bool | None:
        value = self._call(service, path, service, "GetActive")
        return value if isinstance(value, bool) else None

    def _number(self, service: str, path: str, interface: str, method: str) -> int | None:
        value = self._call(service, path, interface, method)
        # bool is an int too: a service answering true/false here is not telling a time.
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def _call(self, service: str, path: str, interface: str, method: str) -> object:
        if not self._bus.isConnected():
            return None
        bus_interface = self._bus.interface()
        # Only services already running: asking an absent one could start it (D-Bus activation).
        if bus_interface is None or not bus_interface.isServiceRegistered(service).value():
            return None
        # A bare message, not a QDBusInterface, which would introspect first without our timeout.
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            # GNOME's freedesktop ScreenSaver answers GetSessionIdleTime with "not supported".
            log.debug("%s.%s gave no answer: %s", interface, method, reply.errorMessage())
            return None
        return reply.arguments()[0]


def system_idle() -> IdleSource:
    """The idle source the app uses."""
    return SessionIdle()
