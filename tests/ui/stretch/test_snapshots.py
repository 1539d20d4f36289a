"""The stretch window as people see it: PNGs in light and dark app palettes at 100 % and 200 %,
in each state (get ready, hold, switch, paused, summary), windowed and full screen. Set
SNAPSHOT_DIR to keep them, and look at them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from companion.core.session import Session, plan_holds
from companion.core.stretches import STRETCH_IDS
from companion.services.session_timer import SessionTimer
from companion.ui.stretch.window import StretchWindow
from companion.ui.theme import colour
from tests.fakes import FakeClock
from tests.ui.snapshots import save_variants, snapshot_dir


def _window_in(state: str, size: QSize) -> Callable[[], StretchWindow]:
    def make() -> StretchWindow:
        clock = FakeClock()
        session = Session(plan_holds(STRETCH_IDS), clock=clock)
        window = StretchWindow(SessionTimer(session))
        window.resize(size)
        timer = window.timer
        timer.start()
        if state == "get-ready":
            clock.now += 2
        else:
            clock.now += 5  # into the first hold (calf, left leg)
        timer.poll()
        if state in ("hold", "paused"):
            clock.now += 11.6
            timer.poll()
        if state == "paused":
            window.toggle_pause()
        if state == "switch":
            clock.now += 31.5  # the hold ends; 1.5 s into the switch to the right leg
            timer.poll()
        if state == "right":
            clock.now += 30 + 5 + 20
            timer.poll()
        if state == "summary":
            window.skip()  # the calf's left leg skipped; every other hold runs its time
            while (due := window.session.next_deadline()) is not None:
                clock.now = due
                timer.poll()
        if state == "stopped":
            window.skip()  # the calf's left leg skipped, its right leg held, then stopped
            while window.session.hold_status(1) != "completed":
                clock.now = window.session.next_deadline() or clock.now
                timer.poll()
            window.stop()
        if state == "nothing":
            window.stop()
        return window

    return make


STATES = ("get-ready", "hold", "switch", "right", "paused", "summary", "stopped", "nothing")
# Windowed on a 1280x720 screen, and full screen on a 1920x1080 one.
SIZES = {"windowed": QSize(1280, 688), "full": QSize(1920, 1080)}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("size_name", sorted(SIZES))
def test_stretch_window_renders_in_every_state(
    qtbot: QtBot, tmp_path: Path, state: str, size_name: str
) -> None:
    name = f"stretch-{state}-{size_name}"
    saved = save_variants(_window_in(state, SIZES[size_name]), name, snapshot_dir(tmp_path), qtbot)
    night = colour("window", True)
    for (theme, scale), path in saved.items():
        image = QImage(str(path))
        size = SIZES[size_name]
        assert image.size() == QSize(size.width() * scale, size.height() * scale), path
        # Evening colours whatever the desktop's palette is.
        assert image.pixelColor(3, 3) == night, (theme, path)
