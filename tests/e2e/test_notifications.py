"""With a notification daemon on the session bus, each prompt also becomes a notification."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from bench.xdesktop import Desktop, wait_until

from .conftest import app_command

pytestmark = pytest.mark.e2e


@pytest.fixture
def notification_daemon(desktop: Desktop) -> Desktop:
    missing = [
        t for t in ("dbus-daemon", "dunst", "dunstctl", "notify-send") if not shutil.which(t)
    ]
    if missing:
        message = f"needs {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    bus = desktop.start(
        ["dbus-daemon", "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE
    )
    assert bus.stdout is not None
    desktop.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
    desktop.start(["dunst"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(lambda: desktop.run("dunstctl", "is-paused").returncode == 0, 10, "dunst")
    return desktop


def history_summaries(desktop: Desktop) -> list[str]:
    result = desktop.run("dunstctl", "history")
    if result.returncode != 0 or not result.stdout.strip():
        return []
    entries = json.loads(result.stdout)["data"][0]
    return [entry["summary"]["data"] for entry in entries]


def displayed_summaries(desktop: Desktop) -> list[str]:
    # Shown notifications move to the history once closed; close them so they can be read.
    desktop.run("dunstctl", "close-all")
    return history_summaries(desktop)


def test_the_first_prompt_reaches_the_notification_daemon(notification_daemon: Desktop):
    desktop = notification_daemon
    desktop.env["BEDTIME_COMPANION_DEMO_SCALE"] = "300"
    app = desktop.start(app_command("--demo"), stderr=subprocess.PIPE)
    summaries = wait_until(
        lambda: [s for s in displayed_summaries(desktop) if s == "Time for your magnesium"],
        30,
        "the magnesium notification",
    )
    assert summaries == ["Time for your magnesium"]
    app.terminate()
    assert app.wait(10) == 0
