"""Is another program's window full-screen (a film, a presentation, a call)? (issue 17)

Known on an X11 desktop with an EWMH window manager (every common one). Wayland gives a client
no way to learn of other windows, so there, as on macOS and Windows for now, the answer is
unknown and prompts are shown as before.
"""

from __future__ import annotations

from typing import Protocol

from companion.services.x11 import active_window_is_full_screen, is_x11_session


class FullScreenProbe(Protocol):
    """True / False, or None where the desktop cannot tell."""

    def is_full_screen(self) -> bool | None: ...


class UnknownFullScreen:
    """No way to know: prompts are shown as before (and in tests)."""

    def is_full_screen(self) -> bool | None:
        return None


class X11FullScreen:
    """The active window's `_NET_WM_STATE`, read from the X server."""

    def is_full_screen(self) -> bool | None:
        return active_window_is_full_screen()


def system_full_screen() -> FullScreenProbe:
    """The probe the app uses: X11 where the session is X11, else unknown."""
    return X11FullScreen() if is_x11_session() else UnknownFullScreen()
