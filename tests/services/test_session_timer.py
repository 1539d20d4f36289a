from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from companion.core.session import Event, Session, Summary, plan_holds
from companion.services.session_timer import SessionTimer
from tests.fakes import FakeClock

TOLERANCE = 0.050  # DESIGN §5: every hold ends within 50 ms of its deadline


def test_three_one_second_holds_each_end_within_50_ms(qtbot: QtBot) -> None:
    holds = plan_holds(("calf", "hamstring"))[:3]
    session = Session(
        holds, clock=time.monotonic, hold_seconds=1, switch_seconds=0.2, get_ready_seconds=0.2
    )
    timer = SessionTimer(session)
    arrivals: list[tuple[float, Event]] = []
    timer.hold_finished.connect(lambda event: arrivals.append((time.monotonic(), event)))
    starts: list[Event] = []
    timer.get_ready.connect(starts.append)

    with qtbot.waitSignal(timer.finished, timeout=10_000) as finished:
        timer.start()

    assert len(arrivals) == 3
    for arrived, event in arrivals:
        assert 0 <= arrived - event.at < TOLERANCE, f"{(arrived - event.at) * 1000:.1f} ms late"
    # Deadlines follow the schedule from the very first start: no drift from hold to hold.
    t0 = starts[0].at
    expected = [t0 + 0.2 + 1, t0 + 0.2 + 1 + 0.2 + 1, t0 + 0.2 + 1 + 0.2 + 1 + 0.2 + 1]
    assert [event.at for _, event in arrivals] == pytest.approx(expected, abs=1e-9)
    summary = finished.args[0]
    assert isinstance(summary, Summary)
    assert (summary.holds_completed, summary.holds_planned) == (3, 3)


def test_ticks_fall_on_whole_seconds_of_the_countdown(qtbot: QtBot) -> None:
    session = Session(
        plan_holds(("calf",))[:1], clock=time.monotonic, hold_seconds=2, get_ready_seconds=0
    )
    timer = SessionTimer(session)
    ticks: list[tuple[float, int]] = []
    timer.tick.connect(lambda shown: ticks.append((time.monotonic(), shown)))
    started: list[Event] = []
    timer.hold_started.connect(started.append)
    with qtbot.waitSignal(timer.finished, timeout=10_000):
        timer.start()
    assert [shown for _, shown in ticks] == [2, 1]
    one_second_left = started[0].at + 1
    assert 0 <= ticks[1][0] - one_second_left < TOLERANCE


def test_pause_disarms_the_timer_and_resume_rearms_it(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = SessionTimer(Session(plan_holds(("calf",)), clock=clock))
    changes: list[bool] = []
    timer.pause_changed.connect(changes.append)
    timer.start()
    assert timer.is_armed
    timer.toggle_pause()
    assert not timer.is_armed and timer.session.is_paused
    timer.toggle_pause()
    assert timer.is_armed
    assert changes == [True, False]


def test_stop_emits_finished_with_the_summary(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = SessionTimer(Session(plan_holds(("calf",)), clock=clock))
    timer.start()
    timer.skip()  # into the first hold now
    assert timer.seconds_left() == 30
    with qtbot.waitSignal(timer.finished, timeout=1000) as finished:
        timer.stop()
    assert not finished.args[0].finished
    assert not timer.is_armed
