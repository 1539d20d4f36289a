"""`--demo` as a newcomer sees it: every prompt in order, and none of them steals the keyboard."""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from bench.xdesktop import Desktop, wait_until

from .conftest import app_command

pytestmark = pytest.mark.e2e

TITLES = [
    ("magnesium", "Time for your magnesium — Bedtime Companion"),
    ("stretch", "Ready to stretch? — Bedtime Companion"),
    ("lights", "Lights down — Bedtime Companion"),
    ("bedtime", "Lights out — Bedtime Companion"),
    ("checkin", "Good morning — Bedtime Companion"),
]


def test_demo_shows_each_prompt_in_order_without_taking_focus(desktop: Desktop):
    desktop.env["BEDTIME_COMPANION_DEMO_SCALE"] = "300"  # one plan minute = 0.2 s
    app = desktop.start(app_command("--demo"), stderr=subprocess.PIPE)
    panel = wait_until(lambda: desktop.windows_named("^Tonight — "), 20, "the Tonight panel")[0]
    desktop.run("xdotool", "windowfocus", "--sync", panel)
    focused = desktop.run("xdotool", "getwindowfocus").stdout.strip()

    seen: list[str] = []
    deadline = time.monotonic() + 90
    while len(seen) < len(TITLES) and time.monotonic() < deadline:
        for kind, title in TITLES:
            if kind not in seen and desktop.windows_named(f"^{re.escape(title)}$"):
                seen.append(kind)
                # The prompt appeared; the keyboard stays where the user had it.
                assert desktop.run("xdotool", "getwindowfocus").stdout.strip() == focused
        time.sleep(0.05)
    assert seen == [kind for kind, _ in TITLES]
    app.terminate()
    assert app.wait(10) == 0
    assert "Traceback" not in app.stderr.read().decode()
