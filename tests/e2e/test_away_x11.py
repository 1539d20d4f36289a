"""The X11 idle source and full-screen probe against a real X server and window manager.

Xvfb's idle counter runs from the server's start until the first input; `xdotool` moves the
pointer to reset it. openbox is the window manager that keeps `_NET_ACTIVE_WINDOW` and puts
`_NET_WM_STATE_FULLSCREEN` on a window that asks for it, as a desktop's would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtDBus import QDBusConnection

from bench.xdesktop import Desktop, wait_until
from companion.services.fullscreen import X11FullScreen, system_full_screen
from companion.services.idle import SessionIdle
from companion.services.x11 import active_window_is_full_screen, screen_saver_state

pytestmark = pytest.mark.e2e

WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("away-test-window")
window.resize(200, 120)
window.showFullScreen() if sys.argv[1] == "full" else window.show()
app.exec()
"""


@pytest.fixture
def window_manager(desktop: Desktop, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desktop]:
    if shutil.which("openbox") is None:
        message = "needs openbox (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    monkeypatch.setenv("DISPLAY", desktop.display)  # the probes read $DISPLAY, as in the app
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    desktop.start(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(lambda: active_window_is_full_screen() is not None, 20, "openbox")
    yield desktop


def open_window(desktop: Desktop, mode: str) -> subprocess.Popen[bytes]:
    return desktop.start(
        [sys.executable, "-c", WINDOW, mode],
        extra_env={"QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def active_title(desktop: Desktop) -> str:
    return desktop.run("xdotool", "getactivewindow", "getwindowname").stdout.strip()


def close(window: subprocess.Popen[bytes]) -> None:
    window.terminate()
    window.wait(10)


def test_the_idle_source_reads_the_servers_idle_time_and_input_resets_it(
    window_manager: Desktop,
) -> None:
    first = screen_saver_state()
    assert first is not None
    saver_on, idle = first
    assert not saver_on
    # Nobody touches this display: its counter only grows...
    grown = wait_until(
        lambda: (r := screen_saver_state()) is not None and r[1] > idle and r, 10, "idle to grow"
    )
    # ...until the pointer moves.
    assert window_manager.run("xdotool", "mousemove", "40", "40").returncode == 0
    after = screen_saver_state()
    assert after is not None and after[1] < grown[1]
    # The app's source, with no D-Bus service to ask, reads the same counter.
    reading = SessionIdle(QDBusConnection("away-test-no-bus")).read()
    assert reading.screen_saver is False
    assert reading.idle_for is not None and reading.idle_for < timedelta(minutes=5)
    assert not reading.is_away


def test_the_probe_sees_a_real_full_screen_window_and_its_end(window_manager: Desktop) -> None:
    probe = system_full_screen()
    assert isinstance(probe, X11FullScreen)

    plain = open_window(window_manager, "plain")
    wait_until(lambda: active_title(window_manager) == "away-test-window", 20, "a plain window")
    assert probe.is_full_screen() is False
    close(plain)

    film = open_window(window_manager, "full")
    wait_until(probe.is_full_screen, 20, "a full-screen window")
    assert active_title(window_manager) == "away-test-window"
    # A full-screen window of our own (a stretch session) does not hold our reminders back.
    assert active_window_is_full_screen(own_pid=film.pid) is False
    close(film)
    wait_until(lambda: probe.is_full_screen() is False, 20, "the full-screen window to go")
