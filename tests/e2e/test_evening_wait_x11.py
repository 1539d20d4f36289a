"""The real tray waits for its night by day and starts its reminders an hour before the first
step (issue 19): on a fast clock, docked in a real X11 tray host."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bench.app_control import make_data_dir, start_app
from bench.xdesktop import Desktop, wait_until
from companion.app.bench_hook import LEAD_ENV, SCALE_ENV

pytestmark = pytest.mark.e2e

SCALE = 60  # plan seconds a real second: slow enough that the bench's jumps set every moment
LEAD_MIN = 150  # the clock starts 2.5 plan hours before the first step: 1.5 of them waiting


def test_by_day_the_tray_waits_then_its_reminders_prompt_on_time(
    desktop: Desktop, tmp_path: Path
) -> None:
    env = {SCALE_ENV: str(SCALE), LEAD_ENV: str(LEAD_MIN)}
    app = start_app(desktop, make_data_dir(tmp_path / "data", 0), env)
    try:
        waiting = wait_until(lambda: (a := app.idle())["started"] and a, 20, "the start-up")
        assert waiting["reminders"] is False  # an hour and more before the first step
        # Neither the scheduler nor the journal is loaded while the tray waits.
        assert not {"apscheduler", "sqlite3"} & set(waiting["modules"])
        app.send("bench-jump", seconds=90 * 60)  # a suspend until just past the wake-up hour
        wait_until(lambda: app.idle()["reminders"], 30, "the reminders to start")
        app.send("bench-jump", seconds=59 * 60)  # to a minute before the first step
        prompted = wait_until(lambda: app.prompts()["prompts"], 30, "the first prompt")
        first = prompted[0]
        assert first["fired"] is not None  # the scheduler's own timer: it ran ahead of the step
        assert datetime.fromisoformat(first["fired"]) >= datetime.fromisoformat(first["due"])
    finally:
        app.process.terminate()
        app.process.wait(10)
