"""Windows in processes of their own (DESIGN §5: memory returns after windows close): the
journal, a check-in, settings and the stretches open in a short-lived process of their own,
the tray hears what it must of them, and nothing is left running after they close.

The processes are real (`python -m companion`, offscreen like this test); their windows cannot
be clicked from here, so what a window's process says is checked on its own side (the journey
in this process, its reports captured) and on the tray's side (those reports received)."""

from __future__ import annotations

import dataclasses
import io
import os
import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtWidgets import QApplication

from companion.app import window_wire as wire
from companion.app.companion_app import CompanionApp
from companion.app.window_process import Reporter, WindowHost, WindowProcess
from companion.core.plan import plan_for_night
from companion.core.session import Summary
from companion.integration.system_zone import effective_zone
from companion.services.clock import ScaledClock
from companion.store.paths import Paths
from tests.app.conftest import MORNING, started_app
from tests.fakes import BERLIN
from tests.window_titles import TITLES

SOME_PATHS = Paths(Path("/c"), Path("/d"), Path("/s"), None)
WAIT_MS = 30_000  # a window's process starts in well under a second; a loaded CI box is slower


@pytest.fixture
def apart(qtbot: object, paths: Paths) -> Iterator[CompanionApp]:
    companion = started_app(paths, tray_wait_ms=500, windows_apart=True)
    yield companion
    companion.shut_down()
    companion.panel.hide()


def ours_showing(title: str) -> list[str]:
    """Windows with this title shown by this (the tray's) process."""
    shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    return [t for t in shown if t.startswith(title)]


def wait_for_title(qtbot, app: CompanionApp, title: str) -> str:
    assert app.apart is not None
    qtbot.waitUntil(lambda: any(t.startswith(title) for t in app.apart.titles()), timeout=WAIT_MS)
    return next(t for t in app.apart.titles() if t.startswith(title))


@pytest.mark.parametrize("kind", list(TITLES))
def test_each_window_opens_in_its_own_process_once_and_ends_when_closed(qtbot, apart, kind):
    apart.open_window(kind)
    wait_for_title(qtbot, apart, TITLES[kind])
    assert ours_showing(TITLES[kind]) == []  # drawn by the other process, not by the tray
    process = apart.apart._processes[kind]  # type: ignore[union-attr]
    pid = process.processId()
    assert pid not in (0, os.getpid())

    apart.open_window(kind)  # asked again: brought forward, not doubled
    assert apart.apart.running() == [kind]  # type: ignore[union-attr]
    assert process.processId() == pid

    apart.apart.close_all()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: apart.apart.running() == [], timeout=WAIT_MS)  # type: ignore[union-attr]
    assert process.exitCode() == 0
    assert apart.apart.titles() == []  # type: ignore[union-attr]
    assert apart.messages == []  # nothing went wrong to be told


def test_the_window_runs_on_the_trays_clock_and_options(qtbot, apart):
    # The tray's clock says 24 November (not today's date): the check-in is for the night of
    # the 23rd by default, and the night asked for when one is named.
    apart.open_window("checkin")
    assert "Monday 23 November 2026" in wait_for_title(qtbot, apart, TITLES["checkin"])
    apart.handle_command("checkin", {"night": "2026-11-20"})
    qtbot.waitUntil(
        lambda: sum(t.startswith(TITLES["checkin"]) for t in apart.apart.titles()) == 2,
        timeout=WAIT_MS,
    )
    assert any("Friday 20 November 2026" in t for t in apart.apart.titles())
    assert apart.apart.running() == ["checkin"]  # one process for both nights


def test_quitting_the_tray_closes_the_windows_as_their_close_button_would(qtbot, apart, paths):
    apart.open_window("journal")
    wait_for_title(qtbot, apart, TITLES["journal"])
    state = paths.state_dir / "journal-window.json"
    assert not state.exists()
    apart.shut_down()
    assert apart.apart.running() == []  # type: ignore[union-attr]
    assert state.exists()  # the journal window saved its size and tab as it closed


def test_what_a_window_says_as_the_tray_quits_is_still_heard(qtbot, apart):
    # A stretch session closed by the quit settles its step as it ends; here the check-in,
    # which says it closed: heard while the tray waits for it, after its event loop ended.
    apart.open_window("checkin")
    wait_for_title(qtbot, apart, TITLES["checkin"])
    heard: list[bool] = []
    apart.apart.checked_in.connect(lambda: heard.append(True))  # type: ignore[union-attr]
    apart.shut_down()
    assert heard == [True]


def test_a_logout_ends_a_windows_process_cleanly_closing_its_windows(qtbot, apart, paths):
    # SIGTERM reaches every process of the session, the window's own too: it closes its
    # windows as their close button would (a session records itself), then ends.
    apart.open_window("journal")
    wait_for_title(qtbot, apart, TITLES["journal"])
    process = apart.apart._processes["journal"]  # type: ignore[union-attr]
    os.kill(process.processId(), signal.SIGTERM)
    qtbot.waitUntil(lambda: apart.apart.running() == [], timeout=WAIT_MS)  # type: ignore[union-attr]
    assert process.exitCode() == 0
    assert (paths.state_dir / "journal-window.json").exists()
    assert apart.messages == []  # a clean end is not an error to tell


def test_a_window_process_that_fails_is_told_and_the_tray_carries_on(qtbot, apart):
    apart.apart.open(cast(wire.Kind, "no-such-window"))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(apart.messages) == 1, timeout=WAIT_MS)
    assert "closed because of an error" in apart.messages[0].text()
    assert apart.apart.running() == []  # type: ignore[union-attr]
    apart.open_window("settings")  # the next window opens as usual
    wait_for_title(qtbot, apart, TITLES["settings"])


def test_settings_saved_in_their_window_are_in_force_in_the_tray(qtbot, paths):
    window_side = in_process("settings", paths)
    settings = window_side.host.settings
    later = settings.bedtime.replace(hour=(settings.bedtime.hour + 1) % 24)
    window_side.journey.apply(dataclasses.replace(settings, bedtime=later))
    assert sent(window_side) == [wire.SETTINGS_SAVED]

    tray = started_app(paths, settings_text=None, windows_apart=True)
    try:
        assert tray.settings.bedtime == later  # it read the file: nothing to show yet
        tray.apart.receive("settings", wire.line(wire.SETTINGS_SAVED))  # type: ignore[union-attr]
        tray.apart.receive("settings", b"a stray line a library printed\n")  # type: ignore[union-attr]
        assert tray.settings.bedtime == later
    finally:
        tray.shut_down()
        tray.panel.hide()


def test_a_finished_stretch_session_settles_tonights_step_in_the_tray(qtbot, paths):
    window_side = in_process("stretch", paths)
    summary = Summary(
        holds_planned=10,
        holds_completed=10,
        holds_skipped=0,
        finished=True,
        duration_seconds=600,
        paused_seconds=0,
    )
    window_side.journey.open("stretch")
    window_side.journey.finished(summary)
    window_side.journey.close()
    assert sent(window_side)[-1] == wire.SESSION_ENDED

    settings = window_side.host.settings
    zone = effective_zone(settings)
    stretch = plan_for_night(MORNING.date() - timedelta(days=1), settings, zone).step("stretch")
    assert stretch is not None
    tray = started_app(paths, at=stretch.at.astimezone(BERLIN) + timedelta(minutes=1))
    tray.windows_apart = True
    try:
        assert tray.tonight is not None
        qtbot.waitUntil(lambda: tray.tonight.state_of("stretch").is_pending, timeout=WAIT_MS)
        tray.apart.receive("stretch", reports(window_side)[-1])  # type: ignore[union-attr]
        assert tray.tonight.state_of("stretch").status == "done"
    finally:
        tray.shut_down()
        tray.panel.hide()


def test_a_request_that_came_as_the_last_window_closed_opens_it_again(qtbot, paths):
    read_end, write_end = os.pipe()
    window_side = in_process("journal", paths, requests_fd=read_end)
    assert window_side.reopen_if_asked() is False  # nothing asked: the process may end
    os.write(write_end, wire.line(wire.OPEN, options={}))
    assert window_side.reopen_if_asked() is True
    window = window_side.journey.window
    assert window is not None and window.isVisible()
    window_side.close()
    os.close(write_end)
    os.close(read_end)


# the window's side, run in this process ---------------------------------------------------


def in_process(kind: str, paths: Paths, requests_fd: int | None = None) -> WindowProcess:
    """The window's process's journey and reports, here, its reports written to memory."""
    paths.ensure()
    if not paths.settings_file.exists():
        paths.settings_file.write_text('onboarding_done = true\ntimezone = "Europe/Berlin"\n')
    request = wire.WindowRequest(cast(wire.Kind, kind), paths, clock_now=MORNING)
    host = WindowHost(paths, ScaledClock(MORNING, 1.0))
    if requests_fd is None:
        requests_fd, _writer = os.pipe()  # never written: no requests
    return WindowProcess(request, host, Reporter(io.BytesIO()), requests_fd)


def reports(window_side: WindowProcess) -> list[bytes]:
    out = cast(io.BytesIO, window_side.reporter._out)
    return [line + b"\n" for line in out.getvalue().splitlines()]


def sent(window_side: WindowProcess) -> list[str]:
    """The names of the events it reported, leaving out its window lists."""
    names = [cast(dict[str, str], wire.read_line(line))["name"] for line in reports(window_side)]
    return [name for name in names if name != wire.WINDOWS]


def test_a_request_names_its_problem() -> None:
    with pytest.raises(ValueError, match="not a window request"):
        wire.WindowRequest.from_text('{"kind": "journal"}')
    with pytest.raises(ValueError, match="no such window: 'clock'"):
        request = wire.WindowRequest(cast(wire.Kind, "clock"), SOME_PATHS)
        wire.WindowRequest.from_text(request.to_text())
    request = wire.WindowRequest("checkin", SOME_PATHS, {"night": "2026-11-20"}, MORNING, 30)
    assert wire.WindowRequest.from_text(request.to_text()) == request
