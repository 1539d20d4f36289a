"""The breathing window: the shape follows the breath, the words change with it, Space pauses,
Esc stops, the session ends on its summary, and nothing keeps running once it is closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from companion.core.breathing import BreathingSettings, Pacer
from companion.ui.breathing.window import BreathingWindow
from tests.fakes import FakeClock
from tests.ui.snapshots import render, snapshot_dir

RHYTHM = BreathingSettings(in_seconds=4, out_seconds=6, minutes=5)


class HeardCues:
    """Collects what the window asks its cues to do."""

    def __init__(self) -> None:
        self.heard: list[str] = []

    def on_phase(self, phase: str) -> None:
        self.heard.append(phase)

    def on_end(self) -> None:
        self.heard.append("end")

    def silence(self) -> None:
        self.heard.append("silence")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cues() -> HeardCues:
    return HeardCues()


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, cues: HeardCues) -> BreathingWindow:
    window = BreathingWindow(Pacer(RHYTHM, clock), QTimer(), cues)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def step(window: BreathingWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.show_frame()  # what the frame timer does on each tick


def test_the_shape_and_words_follow_the_breath(
    window: BreathingWindow, clock: FakeClock, cues: HeardCues
) -> None:
    assert window.words_label.text() == "Breathe in"
    assert window.shape.breath_size == 0.0
    step(window, clock, 2)
    assert window.shape.breath_size == pytest.approx(0.5)  # half way in, eased
    step(window, clock, 2)
    assert window.words_label.text() == "Breathe out"
    assert window.shape.breath_size == pytest.approx(1.0)
    step(window, clock, 3)
    assert window.shape.breath_size == pytest.approx(0.5)
    step(window, clock, 3)
    assert window.words_label.text() == "Breathe in"
    assert cues.heard == ["in", "out", "in"]
    assert window.time_label.text() == "4:50 left"
    assert window.is_animating


def test_space_pauses_everything_and_space_goes_on(
    qtbot: QtBot, window: BreathingWindow, clock: FakeClock
) -> None:
    step(window, clock, 30)
    QtBot.keyClick(window, Qt.Key.Key_Space)
    assert window.words_label.text() == "Paused"
    assert not window.is_animating  # a still shape costs nothing
    clock.advance(120)
    assert window.time_label.text() == "4:30 left"
    QtBot.keyClick(window, Qt.Key.Key_Space)
    assert window.is_animating and window.words_label.text() == "Breathe in"
    step(window, clock, 1)
    assert window.time_label.text() == "4:29 left"


def test_the_session_ends_on_a_calm_summary_after_its_minutes(
    qtbot: QtBot, window: BreathingWindow, clock: FakeClock, cues: HeardCues
) -> None:
    step(window, clock, 299)
    assert window.summary is None
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        step(window, clock, 1)
    assert finished.args[0].finished and finished.args[0].minutes_done == 5
    assert window.words_label.text() == "Well done."
    assert window.time_label.text() == "You breathed slowly for 5 minutes."
    assert not window.is_animating and cues.heard[-1] == "end"
    assert window.close_button.isVisible() and not window.pause_button.isVisible()
    with qtbot.waitSignal(window.closed, timeout=1000):
        QtBot.keyClick(window, Qt.Key.Key_Return)


def test_esc_stops_early_with_the_minutes_actually_breathed(
    qtbot: QtBot, window: BreathingWindow, clock: FakeClock
) -> None:
    step(window, clock, 125)
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        QtBot.keyClick(window, Qt.Key.Key_Escape)
    assert not finished.args[0].finished and finished.args[0].minutes_done == 2
    assert window.words_label.text() == "Enough for now."  # no praise for what was cut short
    assert (
        window.time_label.text() == "You breathed slowly for 2 minutes of the 5 minutes you chose."
    )
    assert window.isVisible()  # the summary stays until the user closes it


def test_closing_stops_the_animation_timer_and_reports_once(
    qtbot: QtBot, window: BreathingWindow, clock: FakeClock
) -> None:
    step(window, clock, 61)
    reports: list[object] = []
    window.finished.connect(reports.append)
    assert window.frame_timer.isActive()
    window.close()
    assert not window.frame_timer.isActive()  # 0 CPU once closed
    assert len(reports) == 1
    clock.advance(600)
    assert not window.frame_timer.isActive()


def test_a_frame_repaints_only_the_shapes_square(window: BreathingWindow) -> None:
    # The frame timer runs at a modest rate, and the disc is smaller than the window.
    assert window.frame_timer.interval() >= 1000 // 30
    square = window.shape.disc_rect(1.0)
    assert square.width() < window.width() and square.height() < window.height()


@pytest.mark.parametrize("size", [(960, 640), (1280, 688)])
def test_renders_in_and_out_paused_and_summary_at_100_and_200_percent(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, size: tuple[int, int]
) -> None:
    folder = snapshot_dir(tmp_path)
    window = BreathingWindow(Pacer(RHYTHM, clock), QTimer())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.start()

    def save(name: str) -> QImage:
        image = render(window, 1.0)
        for scale in (1, 2):
            render(window, scale).save(str(folder / f"breathing-{name}-{size[0]}-{scale}x.png"))
        return image

    step(window, clock, 3.0)
    breathing_in = save("in")
    step(window, clock, 3.0)
    save("out")
    window.toggle_pause()
    save("paused")
    window.toggle_pause()
    step(window, clock, 300)
    summary = save("summary")
    assert summary.pixelColor(5, 5).lightnessF() < 0.3  # the evening's dark window
    # Nothing is clipped: the words, the time and the buttons sit inside the window.
    for widget in (window.words_label, window.time_label, window.close_button):
        assert window.rect().contains(widget.geometry())
    assert breathing_in.pixelColor(size[0] // 2, size[1] // 2) != summary.pixelColor(5, 5)
