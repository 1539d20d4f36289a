"""An idle tray docked in a real X11 tray host holds no more than an offscreen one (issue 19).

Under an XEmbed host Qt shows a small window of its own for the icon: it must not count as the
first window the look waits for (tests/app/test_idle_tray.py is the offscreen half).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.app_control import make_data_dir, start_app
from bench.xdesktop import Desktop, idle_settings, wait_until
from tests.app.test_idle_tray import NOT_AT_IDLE

pytestmark = pytest.mark.e2e

# The bench commands this test asks through answer in JSON, and --data-dir is a command line.
ASKING_LOADS = {"json", "companion.cli.parser"}


def test_a_docked_idle_tray_has_not_loaded_what_a_window_or_prompt_needs(
    desktop: Desktop, tmp_path: Path
) -> None:
    app = start_app(desktop, make_data_dir(tmp_path / "data", 0, idle_settings()))
    try:
        wait_until(lambda: app.prompts()["reminders"], 20, "the reminders to start")
        stats = app.stats()
        assert stats["visible_windows"] == []
        loaded = set(stats["modules"]) & (set(NOT_AT_IDLE) - ASKING_LOADS)
        assert sorted(loaded) == []
    finally:
        app.process.terminate()
        app.process.wait(10)
