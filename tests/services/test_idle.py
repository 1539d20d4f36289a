"""The idle source: each part of the reading from the first source that gives it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtDBus import QDBusConnection

from companion.core.away import IdleReading
from companion.services.clock import ScaledClock
from companion.services.fullscreen import UnknownFullScreen, system_full_screen
from companion.services.idle import SessionIdle, UnknownIdle
from companion.services.presence import system_presence
from tests.fakes import BERLIN

NO_BUS = QDBusConnection("idle-test-no-bus")


def test_with_no_desktop_service_the_x_server_tells() -> None:
    source = SessionIdle(NO_BUS, x11=lambda: (False, timedelta(minutes=7)))
    reading = source.read()
    assert reading == IdleReading(screen_saver=False, idle_for=timedelta(minutes=7))
    assert reading.is_away


def test_with_nothing_to_ask_the_reading_is_unknown_and_nobody_is_away() -> None:
    for source in (SessionIdle(NO_BUS, x11=lambda: None), UnknownIdle()):
        reading = source.read()
        assert reading == IdleReading()
        assert not reading.is_away


def test_on_wayland_the_x_server_is_not_asked(monkeypatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")  # XWayland's: it sees only X clients' input and windows
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert SessionIdle(NO_BUS).read() == IdleReading()
    assert isinstance(system_full_screen(), UnknownFullScreen)
    assert system_full_screen().is_full_screen() is None


def test_the_demo_clock_shows_every_prompt_whoever_is_there() -> None:
    start = datetime(2026, 11, 24, 21, tzinfo=BERLIN)
    demo = system_presence(ScaledClock(start, 60.0))
    assert demo.idle.read() == IdleReading()
    assert demo.full_screen.is_full_screen() is None
