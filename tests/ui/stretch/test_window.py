"""The guided stretch window, driven through its keys and buttons on a fake clock."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.session import Session, Summary, plan_holds
from companion.core.stretches import STRETCH_IDS, stretch
from companion.render.figure_motion import MOVE_SECONDS, figure_svg_at
from companion.render.illustration import render_svg_text
from companion.services.cues import Cues
from companion.services.session_timer import SessionTimer
from companion.ui.stretch.countdown_ring import FRAME_INTERVAL_MS
from companion.ui.stretch.window import StretchWindow, opening_size
from companion.ui.theme import colour
from tests.fakes import FakeClock


class Driver:
    """The window, its clock, and a way to let time pass the way a perfect timer would."""

    def __init__(self, window: StretchWindow, clock: FakeClock) -> None:
        self.window = window
        self.clock = clock

    def advance(self, seconds: float) -> None:
        """Move the clock, stopping at every deadline on the way, as the real timer does."""
        end = self.clock.now + seconds
        while (due := self.window.session.next_deadline()) is not None and due <= end:
            self.clock.now = due
            self.window.timer.poll()
        self.clock.now = end
        self.window.timer.poll()
        self.window.illustration.step()  # what the drawing's next frame would show

    def run_to_end(self) -> None:
        while (due := self.window.session.next_deadline()) is not None:
            self.clock.now = due
            self.window.timer.poll()

    def key(self, key: Qt.Key) -> None:
        QtBot.keyClick(self.window, key)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _make(qtbot: QtBot, clock: FakeClock, cues: Cues | None = None) -> Driver:
    # The default routine: five stretches, both legs each, "1 of 10" … "10 of 10".
    session = Session(plan_holds(STRETCH_IDS), clock=clock)
    window = StretchWindow(SessionTimer(session), cues)
    qtbot.addWidget(window)
    # The size it opens at on a 1280x720 screen (the offscreen screen is a small square).
    window.resize(opening_size(QRect(0, 0, 1280, 688)))
    window.show()
    return Driver(window, clock)


@pytest.fixture
def drive(qtbot: QtBot, clock: FakeClock) -> Driver:
    driver = _make(qtbot, clock)
    driver.window.start()
    return driver


@pytest.fixture
def in_first_hold(drive: Driver) -> Driver:
    drive.advance(5)  # the get-ready pause
    assert drive.window.session.phase == "hold"
    return drive


def finished_summaries(window: StretchWindow) -> list[Summary]:
    received: list[Summary] = []
    window.finished.connect(received.append)
    return received


# -- labels ----------------------------------------------------------------------------------


def test_get_ready_shows_the_first_stretch_and_what_follows(drive: Driver) -> None:
    w = drive.window
    calf = stretch("calf")
    assert w.title_label.text() == "Calf stretch"
    assert w.position_label.text() == "1 of 10"
    assert w.side_label.text() == "Left leg"
    assert w.next_label.text() == "Next: Calf stretch, right leg"
    assert w.ring.caption == "Get ready"
    assert w.ring.mode == "pause"
    assert w.ring.time_text == "0:05"
    for step in calf.steps:
        assert step in w.steps_label.text()
    assert w.safety_label.text() == calf.safety_hint


def test_the_hold_counts_down_on_the_deadlines_seconds(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    assert (w.ring.caption, w.ring.mode, w.ring.time_text) == ("Hold", "hold", "0:30")
    in_first_hold.advance(0.4)
    assert w.ring.time_text == "0:30"  # 29.6 s left still shows as 30
    in_first_hold.advance(0.6)
    assert w.ring.time_text == "0:29"
    in_first_hold.advance(28.5)
    assert w.ring.time_text == "0:01"


def test_switch_sides_shows_the_other_leg_and_the_next_stretch(in_first_hold: Driver) -> None:
    in_first_hold.advance(30)
    w = in_first_hold.window
    assert w.session.phase == "switch"
    assert w.ring.caption == "Switch to the right leg"
    assert w.ring.mode == "pause"
    assert w.side_label.text() == "Right leg"
    assert w.position_label.text() == "2 of 10"
    assert w.next_label.text() == "Next: Hamstring stretch, left leg"


def test_the_last_hold_says_so(drive: Driver) -> None:
    for _ in range(18):  # every get-ready, switch and hold but the last hold itself
        drive.window.skip()
    w = drive.window
    assert w.position_label.text() == "10 of 10"
    assert w.title_label.text() == "Lying leg stretch"
    assert w.side_label.text() == "Right leg"
    assert "Last one" in w.next_label.text()


# -- keys ------------------------------------------------------------------------------------


def test_space_pauses_and_the_shown_time_freezes(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.advance(10)
    assert w.ring.time_text == "0:20"
    in_first_hold.key(Qt.Key.Key_Space)
    assert w.session.is_paused
    assert w.pause_button.text() == "Resume"
    assert (w.ring.caption, w.ring.mode) == ("Paused", "paused")
    fraction = w.ring.fraction
    in_first_hold.advance(60)
    assert w.ring.time_text == "0:20"
    assert w.ring.fraction == fraction
    in_first_hold.key(Qt.Key.Key_Space)
    assert not w.session.is_paused
    assert w.pause_button.text() == "Pause"
    in_first_hold.advance(1)
    assert w.ring.time_text == "0:19"


def test_a_held_space_does_not_flicker_between_pause_and_resume(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.key(Qt.Key.Key_Space)
    repeat = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True
    )
    QApplication.sendEvent(w, repeat)
    assert w.session.is_paused


def test_right_arrow_skips_the_hold(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.key(Qt.Key.Key_Right)
    assert w.session.hold_status(0) == "skipped"
    assert w.session.phase == "switch"
    assert w.side_label.text() == "Right leg"


def test_left_arrow_restarts_a_hold_or_goes_back_one(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.advance(30 + 5 + 10)  # 10 s into the right calf
    assert w.side_label.text() == "Right leg"
    in_first_hold.key(Qt.Key.Key_Left)  # late in a hold: start it again
    assert (w.session.phase, w.position_label.text()) == ("hold", "2 of 10")
    assert w.ring.time_text == "0:30"
    in_first_hold.advance(1)
    in_first_hold.key(Qt.Key.Key_Left)  # just begun: back to the one before
    assert w.position_label.text() == "1 of 10"
    assert w.side_label.text() == "Left leg"


def test_escape_asks_and_s_stops_on_the_summary(qtbot: QtBot, in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.advance(30)  # the left calf done
    in_first_hold.key(Qt.Key.Key_Escape)
    assert w.is_asking and w.session.is_paused
    with qtbot.waitSignal(w.finished, timeout=1000) as finished:
        in_first_hold.key(Qt.Key.Key_S)
    summary = finished.args[0]
    assert isinstance(summary, Summary)
    assert (summary.holds_completed, summary.holds_planned, summary.finished) == (1, 10, False)
    assert w.pages.currentWidget() is w.summary_page
    assert w.summary_label.text() == "You completed 1 of 10 holds in under a minute."
    assert not w.ring.is_animating
    in_first_hold.key(Qt.Key.Key_Escape)  # Esc closes the end screen
    assert not w.isVisible()


def test_f_toggles_full_screen_and_esc_leaves_it_without_stopping(drive: Driver) -> None:
    w = drive.window
    drive.key(Qt.Key.Key_F)
    assert w.isFullScreen()
    assert w.full_screen_button.text() == "Leave full screen"
    drive.key(Qt.Key.Key_Escape)
    assert not w.isFullScreen()
    assert w.session.is_running
    drive.key(Qt.Key.Key_F)
    drive.key(Qt.Key.Key_F)
    assert not w.isFullScreen()
    assert w.full_screen_button.text() == "Full screen"


def test_buttons_never_take_the_keyboard_and_say_their_keys(drive: Driver) -> None:
    w = drive.window
    keys = {
        w.pause_button: "Space",
        w.back_button: "←",
        w.skip_button: "→",
        w.stop_button: "Esc",
        w.full_screen_button: "(F)",
        w.close_button: "Enter",
    }
    answers = {w.question.stop_now_button: "(S)", w.question.go_on_button: "(G or Esc)"}
    assert set(w.findChildren(QPushButton)) == set(keys) | set(answers)
    for button, key in keys.items():
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.accessibleName()
        assert key in button.toolTip()
    for button, key in answers.items():  # the question's answers take the focus
        assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert button.accessibleName()
        assert key in button.toolTip()


def test_buttons_do_what_the_keys_do(qtbot: QtBot, in_first_hold: Driver) -> None:
    w = in_first_hold.window
    qtbot.mouseClick(w.pause_button, Qt.MouseButton.LeftButton)
    assert w.session.is_paused
    assert w.pause_button.accessibleName() == "Resume the stretch timer"
    qtbot.mouseClick(w.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.skip_button, Qt.MouseButton.LeftButton)
    assert w.session.hold_status(0) == "skipped"
    qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    assert w.is_asking
    with qtbot.waitSignal(w.finished, timeout=1000):
        qtbot.mouseClick(w.question.stop_now_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.close_button, Qt.MouseButton.LeftButton)
    assert not w.isVisible()


# -- the drawing -----------------------------------------------------------------------------


def test_the_two_sides_are_mirror_images_and_the_labels_match_the_drawing(
    in_first_hold: Driver,
) -> None:
    w = in_first_hold.window
    in_first_hold.advance(MOVE_SECONDS)  # the figure has moved into the pose
    left = w.illustration.pixmap().toImage()
    in_first_hold.key(Qt.Key.Key_Left)  # start the hold again: moving, then still
    in_first_hold.advance(MOVE_SECONDS)
    in_first_hold.key(Qt.Key.Key_Right)  # on to the right leg: its switch pause
    in_first_hold.key(Qt.Key.Key_Right)  # and its hold
    in_first_hold.advance(MOVE_SECONDS)
    right = w.illustration.pixmap().toImage()
    assert w.side_label.text() == "Right leg"
    assert not left.isNull() and left != right
    assert right == left.flipped(Qt.Orientation.Horizontal)
    # The drawings show the figure's right leg working, so the right leg is the plain one.
    size = w.illustration.drawing_size()
    ratio = w.illustration.devicePixelRatioF()
    svg = figure_svg_at("calf", 1.0)
    plain = render_svg_text(
        svg, size.width(), size.height(), dark=True, mirrored=False, ratio=ratio
    )
    assert right == plain.toImage()


def test_drawings_are_cached_per_side_and_redrawn_on_resize(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    view = w.illustration
    view.pixmap()
    first = view.renders
    w.skip()  # switch: the right leg
    view.pixmap()
    w.back()  # back to the left leg's get-ready
    view.pixmap()
    assert view.renders == first + 1
    w.resize(w.size() + QSize(200, 150))
    QApplication.processEvents()
    pixmap = view.pixmap()
    assert view.renders == first + 2
    assert pixmap.deviceIndependentSize().toSize() == view.drawing_size()


# -- the ring's cost -------------------------------------------------------------------------


def test_the_ring_animates_only_while_a_hold_runs(qtbot: QtBot, drive: Driver) -> None:
    w = drive.window
    ring = w.ring
    assert not ring.is_animating  # get ready: one step a second is enough
    drive.advance(5)
    assert ring.is_animating
    assert FRAME_INTERVAL_MS >= 33  # never more than ~30 frames a second
    drive.key(Qt.Key.Key_Space)
    assert not ring.is_animating
    drive.key(Qt.Key.Key_Space)
    assert ring.is_animating
    w.hide()
    assert not ring.is_animating  # nobody sees it, nobody pays for it
    w.show()
    assert ring.is_animating
    w.showMinimized()
    assert not ring.is_animating
    w.showNormal()
    assert ring.is_animating
    drive.advance(30)
    assert not ring.is_animating  # switch
    with qtbot.waitSignal(w.finished, timeout=1000):
        w.stop()
    assert not ring.is_animating


def test_the_ring_paints_while_the_hold_runs_and_not_when_paused(
    qtbot: QtBot, in_first_hold: Driver
) -> None:
    from PySide6.QtWidgets import QApplication

    w = in_first_hold.window

    def frames_after_pending_paints() -> int:
        # Paints already asked for (showing the window, the last tick) land first: what is
        # counted after them can only come from the ring's own frame timer.
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        return w.ring.frames_painted

    painted = frames_after_pending_paints()
    qtbot.wait(150)  # several frame intervals
    assert frames_after_pending_paints() == painted  # the clock stood still: no new frame
    in_first_hold.clock.now += 5
    qtbot.waitUntil(lambda: w.ring.frames_painted > painted, timeout=5000)
    w.toggle_pause()
    painted = frames_after_pending_paints()
    in_first_hold.clock.now += 5
    qtbot.wait(200)
    assert frames_after_pending_paints() == painted


def test_frames_move_the_arc_but_never_the_numbers(qtbot: QtBot, in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.clock.now += 10.5  # time passes; no tick has been delivered yet
    qtbot.waitUntil(lambda: abs(w.ring.fraction - 19.5 / 30) < 0.01, timeout=1000)
    assert w.ring.time_text == "0:30"  # the number waits for SessionTimer.tick
    w.timer.poll()
    assert w.ring.time_text == "0:20"


# -- the end ---------------------------------------------------------------------------------


def test_finishing_emits_the_summary_once(qtbot: QtBot, drive: Driver) -> None:
    w = drive.window
    received = finished_summaries(w)
    drive.advance(5)
    w.skip()  # the left calf skipped; every other hold runs its full time
    drive.run_to_end()
    assert len(received) == 1
    summary = received[0]
    assert (summary.holds_completed, summary.holds_skipped, summary.holds_planned) == (9, 1, 10)
    assert summary.finished
    assert summary is w.summary
    assert w.pages.currentWidget() is w.summary_page
    assert w.summary_heading.text() == "All done"
    minutes = round(summary.active_seconds / 60)
    assert w.summary_label.text() == f"You completed 9 of 10 holds in {minutes} minutes."
    assert w.summary_ring.time_text == "9 of 10"
    w.close()
    assert len(received) == 1


def test_closing_part_way_counts_as_stopping(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    received = finished_summaries(w)
    in_first_hold.advance(30)
    w.close()
    assert len(received) == 1
    assert (received[0].holds_completed, received[0].finished) == (1, False)
    assert not w.session.is_running


def test_stop_before_the_start_ends_gently(qtbot: QtBot, clock: FakeClock) -> None:
    driver = _make(qtbot, clock)
    w = driver.window
    received = finished_summaries(w)
    driver.key(Qt.Key.Key_Escape)
    assert len(received) == 1 and received[0].holds_completed == 0
    assert w.summary_heading.text() == "No stretches this time"
    assert not w.summary_ring.isVisible()


def test_on_the_real_clock_the_animated_window_keeps_holds_on_time(qtbot: QtBot) -> None:
    # The ring's frames share the event loop with the session's timer: they must not make
    # a hold end late (DESIGN §5: within 50 ms).
    session = Session(
        plan_holds(("calf",)),
        clock=time.monotonic,
        hold_seconds=1,
        switch_seconds=0.2,
        get_ready_seconds=0.2,
    )
    window = StretchWindow(SessionTimer(session))
    qtbot.addWidget(window)
    window.show()
    late: list[float] = []
    window.timer.hold_finished.connect(lambda event: late.append(time.monotonic() - event.at))
    with qtbot.waitSignal(window.finished, timeout=5000) as finished:
        window.start()
    assert finished.args[0].holds_completed == 2
    assert len(late) == 2 and max(late) < 0.050, late
    assert window.ring.frames_painted > 10  # it really animated meanwhile


# -- colours and sound -----------------------------------------------------------------------


def test_evening_colours_under_a_light_desktop(qtbot: QtBot, clock: FakeClock) -> None:
    from companion.ui.theme import palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    app.setPalette(palette(False))
    try:
        w = _make(qtbot, clock).window
        image = w.grab().toImage()
        assert image.pixelColor(3, 3) == colour("window", True)
    finally:
        app.setPalette(original)


@pytest.fixture
def voice_only(qtbot: QtBot) -> Iterator[Cues]:
    cues = Cues(sound_enabled=False, tts_engine="mock")
    yield cues
    # Deleted on the GUI thread now, not by the garbage collector at exit (see test_cues).
    cues.silence()
    shiboken6.delete(cues)


def test_cues_follow_the_window(qtbot: QtBot, clock: FakeClock, voice_only: Cues) -> None:
    said: list[str] = []
    voice_only.spoken.connect(said.append)
    driver = _make(qtbot, clock, voice_only)
    driver.window.start()
    driver.advance(5 + 30)
    assert said == [
        "Get ready for the calf stretch.",
        "Calf stretch, left leg. Hold for 30 seconds.",
        "Switch to the right leg.",
    ]


# -- stop or go on ---------------------------------------------------------------------------


def test_esc_pauses_and_asks_with_go_on_in_focus(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.advance(10)
    in_first_hold.key(Qt.Key.Key_Escape)
    assert w.is_asking
    assert (
        w.question.isVisible() and w.question.question_label.text() == "Stop tonight's stretches?"
    )
    assert (w.ring.caption, w.ring.time_text) == ("Paused", "0:20")
    assert w.question.go_on_button.hasFocus()
    in_first_hold.advance(60)
    assert w.ring.time_text == "0:20"  # asking does not eat the hold


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_G, Qt.Key.Key_Return])
def test_go_on_resumes_the_hold(in_first_hold: Driver, key: Qt.Key) -> None:
    w = in_first_hold.window
    in_first_hold.advance(10)
    in_first_hold.key(Qt.Key.Key_Escape)
    # Enter presses the focused answer, Go on; the other keys reach the window.
    target = w.question.go_on_button if key == Qt.Key.Key_Return else w
    QtBot.keyClick(target, key)
    assert not w.is_asking and not w.session.is_paused
    assert w.pause_button.isVisible()
    in_first_hold.advance(1)
    assert w.ring.time_text == "0:19"
    assert w.summary is None


def test_go_on_leaves_a_hold_paused_by_the_user_paused(in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.key(Qt.Key.Key_Space)
    in_first_hold.key(Qt.Key.Key_Escape)
    in_first_hold.key(Qt.Key.Key_G)
    assert w.session.is_paused and not w.is_asking


def test_tab_then_enter_stops(qtbot: QtBot, in_first_hold: Driver) -> None:
    w = in_first_hold.window
    in_first_hold.key(Qt.Key.Key_Escape)
    w.question.stop_now_button.setFocus()
    with qtbot.waitSignal(w.finished, timeout=1000):
        QtBot.keyClick(w.question.stop_now_button, Qt.Key.Key_Return)
    assert w.pages.currentWidget() is w.summary_page


def test_the_summary_stays_until_enter(qtbot: QtBot, drive: Driver) -> None:
    w = drive.window
    drive.run_to_end()
    assert w.summary_heading.text() == "All done"
    drive.advance(600)  # however long the user lies on the floor
    assert w.isVisible() and w.pages.currentWidget() is w.summary_page
    with qtbot.waitSignal(w.closed, timeout=1000):
        drive.key(Qt.Key.Key_Return)
    assert not w.isVisible()


# -- moving into the pose --------------------------------------------------------------------


def test_the_figure_moves_into_the_pose_then_stands_still(drive: Driver) -> None:
    view = drive.window.illustration
    assert view.progress == 0.0 and not view.is_moving  # get ready: the neutral stance
    drive.advance(5)  # the hold begins
    assert view.is_moving and view.progress == 0.0
    drive.advance(MOVE_SECONDS / 2)
    assert view.progress == pytest.approx(0.5)
    assert view.is_moving
    drive.advance(MOVE_SECONDS / 2)
    assert view.progress == 1.0
    assert not view.is_moving  # still: no timer runs, the CPU rests
    drive.advance(25)
    assert not view.is_moving


def test_frames_come_from_the_timer_at_most_30_a_second(qtbot: QtBot, drive: Driver) -> None:
    from companion.ui.stretch.illustration_view import MOVE_FRAME_MS

    view = drive.window.illustration
    drive.advance(5)
    assert 1000 / MOVE_FRAME_MS <= 30
    drive.clock.now += MOVE_SECONDS  # time passes; only the frame timer looks
    qtbot.waitUntil(lambda: not view.is_moving, timeout=1000)
    assert view.progress == 1.0


def test_the_switch_shows_the_neutral_stance_and_moves_again(drive: Driver) -> None:
    view = drive.window.illustration
    drive.advance(5 + 30)  # into the switch
    assert drive.window.session.phase == "switch"
    assert view.progress == 0.0 and not view.is_moving
    drive.advance(5)
    assert view.is_moving


def test_reduce_motion_shows_the_still_pose_at_once(qtbot: QtBot, clock: FakeClock) -> None:
    session = Session(plan_holds(STRETCH_IDS), clock=clock)
    window = StretchWindow(SessionTimer(session), reduce_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.start()
    view = window.illustration
    assert view.progress == 1.0  # get ready shows the pose to get into
    window.skip()  # the hold begins
    assert view.progress == 1.0 and not view.is_moving
