"""An idle tray docked in a real X11 tray host holds no more than an offscreen one (issue 19).

Under an XEmbed host Qt shows a small window of its own for the icon, of a class private to Qt:
it must never reach Python (tests/app/test_idle_tray.py is the offscreen half).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.app_control import make_data_dir, start_app
from bench.xdesktop import Desktop, idle_settings, wait_until
from tests.app.test_idle_tray import NOT_AT_IDLE, WIDGET_CLASSES_NOT_AT_IDLE

pytestmark = pytest.mark.e2e

# The bench commands this test asks through answer in JSON (started as at login: no parser).
ASKING_LOADS = {"json"}


def test_a_docked_idle_tray_has_not_loaded_what_a_window_or_prompt_needs(
    desktop: Desktop, tmp_path: Path
) -> None:
    app = start_app(desktop, make_data_dir(tmp_path / "data", 0, idle_settings()))
    try:
        idle = wait_until(
            lambda: (answer := app.idle())["started"] and answer, 20, "the start-up to end"
        )
        loaded = set(idle["modules"]) & (set(NOT_AT_IDLE) - ASKING_LOADS)
        assert sorted(loaded) == []
        assert sorted(set(idle["widget_classes"]) & set(WIDGET_CLASSES_NOT_AT_IDLE)) == []
        # The tray icon is drawn from PNGs: Qt's SVG modules (~2 MB) stay out of the tray.
        assert "libQt6Svg" not in Path(f"/proc/{app.pid}/maps").read_text()
        assert app.stats()["visible_windows"] == []  # idle indeed: nothing on screen
    finally:
        app.process.terminate()
        app.process.wait(10)
