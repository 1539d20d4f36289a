"""The real app process on a real X display with a real tray host."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from bench.xdesktop import Desktop, wait_until

from .conftest import app_command

pytestmark = pytest.mark.e2e


def test_app_docks_in_the_tray_and_a_second_launch_forwards_and_exits(desktop: Desktop, data_dir):
    assert desktop.tray_icons() == []
    app = desktop.start(app_command("--data-dir", str(data_dir)), stderr=subprocess.PIPE)
    icons = wait_until(desktop.tray_icons, 20, "the tray icon to dock")
    assert len(icons) == 1

    started = time.monotonic()
    second = desktop.run(*app_command("--data-dir", str(data_dir)), timeout=10)
    elapsed = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    assert elapsed < 2.5  # forwards and leaves promptly (Python start-up included)
    assert len(desktop.tray_icons()) == 1
    assert app.poll() is None  # the first one is still running

    app.terminate()  # what a logout does: the app must end cleanly
    assert app.wait(10) == 0
    wait_until(lambda: desktop.tray_icons() == [], 5, "the icon to leave the tray")
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert "Traceback" not in stderr


def test_settings_persist_from_first_run_and_files_are_private(desktop: Desktop, data_dir):
    app = desktop.start(app_command("--data-dir", str(data_dir)), stderr=subprocess.PIPE)
    wait_until(desktop.tray_icons, 20, "the tray icon to dock")
    # The welcome window is up on first run; Return accepts it with the default times.
    window = wait_until(
        lambda: desktop.windows_named("Welcome to Bedtime Companion"), 10, "the welcome window"
    )[0]
    desktop.run("xdotool", "windowfocus", "--sync", window)
    desktop.run("xdotool", "key", "--window", window, "Return")
    settings = data_dir / "settings.toml"
    wait_until(settings.exists, 10, "settings.toml")
    assert "onboarding_done = true" in settings.read_text()
    assert settings.stat().st_mode & 0o777 == 0o600
    assert data_dir.stat().st_mode & 0o777 == 0o700
    app.terminate()
    assert app.wait(10) == 0


def test_a_window_opens_in_a_process_of_its_own_that_ends_with_it(desktop: Desktop, data_dir):
    # The tray runs for weeks: what a window loads goes with its own process (DESIGN §5).
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.toml").write_text("onboarding_done = true\n")
    app = desktop.start(app_command("--data-dir", str(data_dir)), stderr=subprocess.PIPE)
    wait_until(desktop.tray_icons, 20, "the tray icon to dock")

    second = desktop.run(*app_command("--data-dir", str(data_dir), "checkin"), timeout=10)
    assert second.returncode == 0, second.stderr
    window = wait_until(lambda: desktop.windows_named("Morning check-in"), 20, "the check-in")[0]
    pid = int(desktop.run("xdotool", "getwindowpid", window).stdout)
    assert pid != app.pid
    assert parent_of(pid) == app.pid  # the tray's own child, not some other copy

    desktop.run("xdotool", "windowfocus", "--sync", window)
    desktop.run("xdotool", "key", "--window", window, "Escape")  # the user closes it
    wait_until(lambda: not Path(f"/proc/{pid}").exists(), 10, "the check-in's process to end")
    assert app.poll() is None  # the tray carries on

    app.terminate()
    assert app.wait(10) == 0
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert "Traceback" not in stderr


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
