from __future__ import annotations

import pytest

from companion.core.session import Event, Session, plan_holds
from companion.core.stretches import STRETCH_IDS, StretchSettings
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make(clock: FakeClock, ids: tuple[str, ...] = ("calf", "hamstring"), **kw: float) -> Session:
    rounds = int(kw.pop("rounds", 1))
    options = {"hold_seconds": 30.0, "switch_seconds": 5.0, "get_ready_seconds": 5.0, **kw}
    return Session(plan_holds(ids, rounds), clock=clock, **options)  # type: ignore[arg-type]


def kinds(events: list[Event]) -> list[str]:
    return [e.kind for e in events]


def run_to_end(session: Session, clock: FakeClock) -> list[Event]:
    """Jump the clock straight to each next deadline, as a perfect timer would."""
    events: list[Event] = []
    while (due := session.next_deadline()) is not None:
        clock.now = due
        events += session.poll()
    return events


def test_plan_runs_each_round_in_order_left_then_right() -> None:
    holds = plan_holds(("quadriceps", "calf"), rounds=2)
    assert [(h.stretch.id, h.side, h.round) for h in holds] == [
        ("quadriceps", "left", 1),
        ("quadriceps", "right", 1),
        ("calf", "left", 1),
        ("calf", "right", 1),
        ("quadriceps", "left", 2),
        ("quadriceps", "right", 2),
        ("calf", "left", 2),
        ("calf", "right", 2),
    ]
    assert [h.number for h in holds] == list(range(1, 9))


def test_whole_default_routine_runs_in_milliseconds_of_fake_time(clock: FakeClock) -> None:
    session = Session.from_settings(StretchSettings(), clock)
    started = clock.now
    events = session.start() + run_to_end(session, clock)
    assert events[0].kind == "get_ready"
    assert kinds(events).count("hold_started") == 10
    assert kinds(events).count("hold_finished") == 10
    assert kinds(events).count("countdown") == 30
    assert kinds(events).count("switch_sides") == 5
    assert kinds(events).count("get_ready") == 5
    assert events[-1].kind == "done"
    # 5 get-ready + 10 holds + 5 switches, and not a microsecond of drift.
    assert clock.now - started == pytest.approx(5 * 5 + 10 * 30 + 5 * 5, abs=1e-9)
    summary = session.summary()
    assert (summary.holds_completed, summary.holds_planned, summary.holds_skipped) == (10, 10, 0)
    assert summary.finished and summary.completed_all
    assert summary.duration_seconds == pytest.approx(350)
    assert session.is_over and session.next_deadline() is None


def test_one_hold_step_by_step(clock: FakeClock) -> None:
    session = make(clock, ("calf",))
    t0 = clock.now
    assert kinds(session.start()) == ["get_ready"]
    assert session.phase == "get_ready" and session.remaining() == 5
    assert session.position_text == "1 of 2"
    assert session.current_hold.side == "left"
    clock.advance(4.99)
    assert session.poll() == []
    clock.advance(0.02)
    [started] = session.poll()
    assert started.kind == "hold_started" and started.at == t0 + 5 and started.seconds == 30
    assert session.remaining() == pytest.approx(29.99)
    assert session.next_deadline() == t0 + 5 + 27  # the "3" cue point
    clock.now = t0 + 5 + 27
    assert [(e.kind, e.count) for e in session.poll()] == [("countdown", 3)]
    clock.now = t0 + 5 + 28
    assert [(e.kind, e.count) for e in session.poll()] == [("countdown", 2)]
    clock.now = t0 + 5 + 29
    assert [(e.kind, e.count) for e in session.poll()] == [("countdown", 1)]
    clock.now = t0 + 35.004  # a late poll
    events = session.poll()
    assert kinds(events) == ["hold_finished", "switch_sides"]
    assert events[0].at == t0 + 35  # due time, not poll time
    assert events[1].hold is not None and events[1].hold.side == "right"
    # The switch started at the deadline, so the late poll costs the next phase nothing.
    assert session.next_deadline() == t0 + 40
    assert session.position_text == "2 of 2"
    assert session.next_hold is None


def test_late_poll_catches_up_without_drift_or_a_burst_of_countdowns(clock: FakeClock) -> None:
    session = make(clock, ("calf",))
    t0 = clock.now
    session.start()
    clock.now = t0 + 5 + 30 + 5 + 29.5  # asleep through the first hold and most of the second
    events = session.poll()
    assert kinds(events) == [
        "hold_started",
        "hold_finished",
        "switch_sides",
        "hold_started",
        "countdown",
    ]
    assert events[-1].count == 1
    assert session.phase_deadline == t0 + 70


def test_pause_keeps_the_remaining_time(clock: FakeClock) -> None:
    session = make(clock, ("calf",))
    session.start()
    clock.advance(5)
    session.poll()
    clock.advance(10)
    assert kinds(session.pause()) == ["paused"]
    assert session.is_paused and session.next_deadline() is None
    clock.advance(600)
    assert session.poll() == []
    assert session.remaining() == 20
    assert kinds(session.resume()) == ["resumed"]
    assert session.remaining() == 20
    clock.advance(19.999)
    assert kinds(session.poll()) == ["countdown"]  # only the "1" is still due; 3 and 2 passed
    clock.advance(0.001)
    assert kinds(session.poll()) == ["hold_finished", "switch_sides"]
    summary = session.summary()
    assert summary.paused_seconds == 600
    assert summary.active_seconds == pytest.approx(35)


def test_countdown_points_follow_a_paused_deadline(clock: FakeClock) -> None:
    session = make(clock, ("calf",), get_ready_seconds=0)
    t0 = clock.now
    session.start()
    clock.advance(26)
    session.pause()
    clock.advance(100)
    session.resume()
    assert session.next_deadline() == t0 + 100 + 27


def test_pause_twice_and_resume_when_running_do_nothing(clock: FakeClock) -> None:
    session = make(clock)
    assert session.resume() == []
    session.start()
    assert session.resume() == []
    session.pause()
    assert session.pause() == []
    assert kinds(session.toggle_pause()) == ["resumed"]


def test_skip_during_a_hold_marks_it_skipped_and_moves_on(clock: FakeClock) -> None:
    session = make(clock, ("calf",), get_ready_seconds=0)
    session.start()
    clock.advance(3)
    events = session.skip()
    assert kinds(events) == ["skipped", "switch_sides"]
    assert session.hold_status(0) == "skipped"
    assert session.position == (2, 2)


def test_skip_during_a_pause_starts_the_hold_now(clock: FakeClock) -> None:
    session = make(clock, ("calf",))
    session.start()
    clock.advance(1)
    assert kinds(session.skip()) == ["hold_started"]
    assert session.phase == "hold" and session.remaining() == 30


def test_skipping_the_last_hold_ends_the_routine(clock: FakeClock) -> None:
    session = make(clock, ("calf",), get_ready_seconds=0, switch_seconds=0)
    session.start()
    session.skip()
    assert kinds(session.skip()) == ["skipped", "done"]
    summary = session.summary()
    assert (summary.holds_completed, summary.holds_skipped, summary.finished) == (0, 2, True)


def test_back_early_in_a_hold_goes_to_the_previous_hold(clock: FakeClock) -> None:
    session = make(clock, ("calf", "hamstring"), get_ready_seconds=0, switch_seconds=0)
    session.start()
    run_until = session.holds[2]
    while session.current_hold != run_until or session.phase != "hold":
        clock.now = session.phase_deadline or clock.now
        session.poll()
    clock.advance(1)
    events = session.back()
    # The pause before the calf's right side: time to get back into that pose.
    assert kinds(events)[0] == "switch_sides"
    assert session.current_hold.index == 1
    assert session.hold_status(1) == "completed"  # redoing it does not count it twice


def test_back_late_in_a_hold_restarts_it(clock: FakeClock) -> None:
    session = make(clock, ("calf",), get_ready_seconds=0)
    session.start()
    clock.advance(20)
    assert kinds(session.back()) == ["hold_started"]
    assert session.current_hold.index == 0 and session.remaining() == 30


def test_back_at_the_very_start_restarts_the_get_ready(clock: FakeClock) -> None:
    session = make(clock)
    session.start()
    clock.advance(4)
    assert kinds(session.back()) == ["get_ready"]
    assert session.remaining() == 5


def test_jumps_while_paused_stay_paused_with_full_time(clock: FakeClock) -> None:
    session = make(clock, ("calf",), get_ready_seconds=0)
    session.start()
    clock.advance(10)
    session.pause()
    clock.advance(50)
    events = session.skip()
    assert kinds(events) == ["skipped", "switch_sides"]
    assert session.is_paused and session.remaining() == 5
    clock.advance(7)
    session.resume()
    assert session.remaining() == 5
    assert session.summary().paused_seconds == 57


def test_stop_ends_early_and_keeps_what_was_done(clock: FakeClock) -> None:
    session = make(clock, ("calf", "hamstring"))
    t0 = clock.now
    session.start()
    clock.now = t0 + 5 + 30 + 5 + 10  # first hold done, second under way
    session.poll()
    assert kinds(session.stop()) == ["stopped"]
    assert session.is_over and session.was_stopped
    assert session.stop() == [] and session.skip() == [] and session.back() == []
    clock.advance(100)
    summary = session.summary()
    assert (summary.holds_completed, summary.holds_planned) == (1, 4)
    assert not summary.finished
    assert summary.duration_seconds == 50  # frozen at the stop


def test_rounds_repeat_the_routine_with_a_get_ready_between(clock: FakeClock) -> None:
    session = make(clock, ("calf",), rounds=2, hold_seconds=1, switch_seconds=0.5)
    events = session.start() + run_to_end(session, clock)
    assert kinds(events) == [
        "get_ready", "hold_started", "hold_finished",
        "switch_sides", "hold_started", "hold_finished",
        "get_ready", "hold_started", "hold_finished",
        "switch_sides", "hold_started", "hold_finished",
        "done",
    ]  # fmt: skip
    assert [e.hold.round for e in events if e.kind == "hold_started" and e.hold] == [1, 1, 2, 2]
    assert session.summary().holds_completed == 4


def test_chosen_order_is_followed(clock: FakeClock) -> None:
    ids = ("lying_leg", "calf", "hip_glute")
    session = Session.from_settings(StretchSettings(stretches=ids, hold_seconds=15), clock)
    events = session.start() + run_to_end(session, clock)
    started = [
        (e.hold.stretch.id, e.hold.side) for e in events if e.kind == "hold_started" and e.hold
    ]
    assert started == [
        ("lying_leg", "left"),
        ("lying_leg", "right"),
        ("calf", "left"),
        ("calf", "right"),
        ("hip_glute", "left"),
        ("hip_glute", "right"),
    ]


def test_zero_length_pauses_go_straight_into_the_hold(clock: FakeClock) -> None:
    session = make(clock, ("calf",), get_ready_seconds=0, switch_seconds=0)
    assert kinds(session.start()) == ["get_ready", "hold_started"]


def test_short_holds_have_no_countdown_at_their_start(clock: FakeClock) -> None:
    session = make(clock, ("calf",), hold_seconds=1, get_ready_seconds=0)
    events = session.start() + run_to_end(session, clock)
    assert "countdown" not in kinds(events)


def test_next_hold_and_position_during_the_routine(clock: FakeClock) -> None:
    session = Session.from_settings(StretchSettings(), clock)
    session.start()
    assert session.position_text == "1 of 10"
    nxt = session.next_hold
    assert nxt is not None and (nxt.stretch.id, nxt.side) == ("calf", "right")
    assert len({h.stretch.id for h in session.holds}) == len(STRETCH_IDS)


def test_session_rejects_nonsense() -> None:
    clock = FakeClock()
    with pytest.raises(ValueError):
        Session((), clock=clock)
    with pytest.raises(ValueError):
        Session(plan_holds(("calf",)), clock=clock, hold_seconds=0)
    session = make(clock)
    session.start()
    with pytest.raises(RuntimeError):
        session.start()
