"""The countdown as a screen reader hears it: a steady name, the time on request, and speech
only at a change of phase, at 10 seconds and at 3-2-1."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from tests.fakes import FakeClock
from tests.ui.stretch.test_window import Driver, _make


def _started(qtbot: QtBot) -> tuple[Driver, list[str]]:
    drive = _make(qtbot, FakeClock())
    heard: list[str] = []
    drive.window.ring.announced.connect(heard.append)
    drive.window.start()
    return drive, heard


def _seconds(drive: Driver, seconds: int) -> None:
    """Let time pass one second at a time, as the real timer ticks."""
    for _ in range(seconds):
        drive.advance(1)


def _ring_name(drive: Driver) -> str:
    iface = QAccessible.queryAccessibleInterface(drive.window.ring)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def test_the_ring_keeps_its_name_while_the_seconds_run(qtbot: QtBot) -> None:
    drive, _heard = _started(qtbot)
    names = set()
    for _ in range(40):  # get ready, the first hold and into the switch
        _seconds(drive, 1)
        names.add(_ring_name(drive))
    assert names == {"Time left"}


def test_the_time_left_is_there_for_a_screen_reader_to_read(qtbot: QtBot) -> None:
    drive, _heard = _started(qtbot)
    _seconds(drive, 5 + 12)  # twelve seconds into the first hold
    assert drive.window.ring.accessibleDescription() == "Hold: 0:18 left"


def test_it_speaks_at_each_phase_and_at_ten_and_three_two_one(qtbot: QtBot) -> None:
    drive, heard = _started(qtbot)
    _seconds(drive, 5 + 30)  # get ready, then the whole first hold
    assert heard == [
        "Get ready: 0:05 left", "3", "2", "1",
        "Hold: 0:30 left", "10 seconds left", "3", "2", "1",
        heard[-1],  # the switch, said with its own full time
    ]  # fmt: skip
    assert heard[-1].startswith("Switch to the right leg: ")
    assert not any(text.endswith("0:01 left") for text in heard)


def test_pause_and_resume_are_said_once_with_the_time_that_stands(qtbot: QtBot) -> None:
    drive, heard = _started(qtbot)
    _seconds(drive, 5 + 8)
    heard.clear()
    drive.window.timer.toggle_pause()
    _seconds(drive, 20)  # paused: the clock moves, the hold does not
    drive.window.timer.toggle_pause()
    assert heard == ["Paused: 0:22 left", "Hold: 0:22 left"]
