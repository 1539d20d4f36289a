"""Two questions for the X server: input idle time, and a full-screen window.

Only the cheap question (is this an X11 session?) is answered here; the calls themselves, through
ctypes, are in `services.x11_calls`, loaded when first asked (only while a prompt waits), so an
idle tray carries no ctypes.
"""

from __future__ import annotations

import os
from datetime import timedelta

__all__ = ["active_window_is_full_screen", "is_x11_session", "screen_saver_state"]


def is_x11_session() -> bool:
    """An X11 desktop. Under Wayland an X server (XWayland) sees only X clients' input and
    windows, so it would answer wrongly: there it is not asked at all."""
    if not os.environ.get("DISPLAY"):
        return False
    return not os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") != "wayland"


def screen_saver_state() -> tuple[bool, timedelta] | None:
    """(screen saver on, time since the last input), or None where the server cannot tell."""
    from companion.services.x11_calls import screen_saver_state as ask

    return ask()


def active_window_is_full_screen(own_pid: int | None = None) -> bool | None:
    """Whether another program's active window is full-screen (EWMH); None where unknown."""
    from companion.services.x11_calls import active_window_is_full_screen as ask

    return ask(own_pid)
