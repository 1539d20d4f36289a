"""The X server's answers to two questions, through ctypes: input idle time, a full-screen window.

No Python binding is needed for two calls: libX11 with libXss (the MIT-SCREEN-SAVER extension;
Debian `libxss1`) for idleness, and libxcb (which Qt's own xcb plugin already loads) for window
properties, where an error (a window closed meanwhile) comes back as a value instead of Xlib's
process-wide error handler. Each question opens its own short connection: it is asked at most
once a minute, and only while a prompt waits.
"""

from __future__ import annotations

import ctypes
import os
from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_uint, c_ulong, c_void_p
from datetime import timedelta
from functools import cache

__all__ = ["active_window_is_full_screen", "screen_saver_state"]

_SCREEN_SAVER_ON = 1  # XScreenSaverInfo.state: ScreenSaverOn
_XA_ATOM = 4
_XA_CARDINAL = 6
_XA_WINDOW = 33


@cache
def _library(name: str) -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


class _ScreenSaverInfo(Structure):
    _fields_ = [
        ("window", c_ulong),
        ("state", c_int),
        ("kind", c_int),
        ("til_or_since", c_ulong),
        ("idle", c_ulong),  # milliseconds since the last input
        ("event_mask", c_ulong),
    ]


def screen_saver_state() -> tuple[bool, timedelta] | None:
    """(screen saver on, time since the last input), or None where the server cannot tell."""
    xlib, xss = _library("libX11.so.6"), _library("libXss.so.1")
    if xlib is None or xss is None:
        return None
    xlib.XOpenDisplay.restype = c_void_p
    xlib.XOpenDisplay.argtypes = [c_char_p]
    xlib.XDefaultRootWindow.restype = c_ulong
    xlib.XDefaultRootWindow.argtypes = [c_void_p]
    xlib.XCloseDisplay.argtypes = [c_void_p]
    xlib.XFree.argtypes = [c_void_p]
    xss.XScreenSaverQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
    xss.XScreenSaverAllocInfo.restype = POINTER(_ScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = [c_void_p, c_ulong, POINTER(_ScreenSaverInfo)]
    display = xlib.XOpenDisplay(None)  # $DISPLAY
    if not display:
        return None
    try:
        event_base, error_base = c_int(), c_int()
        if not xss.XScreenSaverQueryExtension(display, byref(event_base), byref(error_base)):
            return None
        info = xss.XScreenSaverAllocInfo()
        if not info:
            return None
        try:
            if not xss.XScreenSaverQueryInfo(display, xlib.XDefaultRootWindow(display), info):
                return None
            reading = info.contents
            return reading.state == _SCREEN_SAVER_ON, timedelta(milliseconds=reading.idle)
        finally:
            xlib.XFree(info)
    finally:
        xlib.XCloseDisplay(display)


class _Cookie(Structure):
    _fields_ = [("sequence", c_uint)]


class _AtomReply(Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _ScreenIterator(Structure):
    # xcb_screen_t begins with its root window's id: that is all we read of it.
    _fields_ = [("data", POINTER(ctypes.c_uint32)), ("rem", c_int), ("index", c_int)]


class _Xcb:
    """One short-lived connection with the few calls the full-screen question needs."""

    def __init__(self, xcb: ctypes.CDLL, libc: ctypes.CDLL) -> None:
        self.xcb, self.libc = xcb, libc
        xcb.xcb_connect.restype = c_void_p
        xcb.xcb_connect.argtypes = [c_char_p, POINTER(c_int)]
        xcb.xcb_connection_has_error.argtypes = [c_void_p]
        xcb.xcb_disconnect.argtypes = [c_void_p]
        xcb.xcb_get_setup.restype = c_void_p
        xcb.xcb_get_setup.argtypes = [c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [c_void_p]
        xcb.xcb_screen_next.argtypes = [POINTER(_ScreenIterator)]
        xcb.xcb_intern_atom.restype = _Cookie
        xcb.xcb_intern_atom.argtypes = [c_void_p, ctypes.c_uint8, ctypes.c_uint16, c_char_p]
        xcb.xcb_intern_atom_reply.restype = POINTER(_AtomReply)
        xcb.xcb_intern_atom_reply.argtypes = [c_void_p, _Cookie, POINTER(c_void_p)]
        xcb.xcb_get_property.restype = _Cookie
        xcb.xcb_get_property.argtypes = [
            c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32,
            ctypes.c_uint32, ctypes.c_uint32,
        ]  # fmt: skip
        xcb.xcb_get_property_reply.restype = c_void_p
        xcb.xcb_get_property_reply.argtypes = [c_void_p, _Cookie, POINTER(c_void_p)]
        xcb.xcb_get_property_value.restype = c_void_p
        xcb.xcb_get_property_value.argtypes = [c_void_p]
        xcb.xcb_get_property_value_length.argtypes = [c_void_p]
        libc.free.argtypes = [c_void_p]
        screen = c_int()
        self.connection = xcb.xcb_connect(None, byref(screen))  # $DISPLAY
        self.root: int | None = None
        if self.connection and not xcb.xcb_connection_has_error(self.connection):
            roots = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self.connection))
            for _ in range(screen.value):
                xcb.xcb_screen_next(byref(roots))
            if roots.data:
                self.root = int(roots.data[0])

    def close(self) -> None:
        if self.connection:
            self.xcb.xcb_disconnect(self.connection)

    def atom(self, name: str) -> int | None:
        raw = name.encode()
        cookie = self.xcb.xcb_intern_atom(self.connection, 1, len(raw), raw)
        error = c_void_p()
        reply = self.xcb.xcb_intern_atom_reply(self.connection, cookie, byref(error))
        self.libc.free(error)
        if not reply:
            return None
        atom = int(reply.contents.atom)
        self.libc.free(reply)
        return atom or None  # only_if_exists: 0 when no client ever named it

    def values(self, window: int, name: str, kind: int) -> list[int]:
        """A 32-bit list property of `window`; empty when absent or the window is gone."""
        atom = self.atom(name)
        if atom is None:
            return []
        cookie = self.xcb.xcb_get_property(self.connection, 0, window, atom, kind, 0, 64)
        error = c_void_p()
        reply = self.xcb.xcb_get_property_reply(self.connection, cookie, byref(error))
        self.libc.free(error)
        if not reply:
            return []
        try:
            if ctypes.cast(reply, POINTER(ctypes.c_uint8))[1] != 32:  # the reply's format
                return []
            count = self.xcb.xcb_get_property_value_length(reply) // 4
            data = ctypes.cast(self.xcb.xcb_get_property_value(reply), POINTER(ctypes.c_uint32))
            return [int(data[i]) for i in range(count)]
        finally:
            self.libc.free(reply)


def active_window_is_full_screen(own_pid: int | None = None) -> bool | None:
    """Whether another program's active window is full-screen (EWMH); None where unknown.

    Read from the window manager's `_NET_ACTIVE_WINDOW` on the root and that window's
    `_NET_WM_STATE`. Our own windows (a full-screen stretch session) do not count.
    """
    xcb, libc = _library("libxcb.so.1"), _library("libc.so.6")
    if xcb is None or libc is None:
        return None
    connection = _Xcb(xcb, libc)
    try:
        if connection.root is None:
            return None
        active = connection.values(connection.root, "_NET_ACTIVE_WINDOW", _XA_WINDOW)
        if not active:
            # No EWMH window manager (bare X): nobody can tell; a window manager that says
            # "none is active" sets 0, which is a plain no.
            has_wm = connection.values(connection.root, "_NET_SUPPORTING_WM_CHECK", _XA_WINDOW)
            return False if has_wm else None
        if active[0] == 0:
            return False
        pid = connection.values(active[0], "_NET_WM_PID", _XA_CARDINAL)
        if pid and pid[0] == (own_pid if own_pid is not None else os.getpid()):
            return False
        full_screen = connection.atom("_NET_WM_STATE_FULLSCREEN")
        states = connection.values(active[0], "_NET_WM_STATE", _XA_ATOM)
        return full_screen is not None and full_screen in states
    finally:
        connection.close()
