"""With a notification daemon (dunst) and no tray, each prompt is also a notification with
Done / Snooze / Skip, and answering it there answers the prompt.

dunst shows a notification's actions in a menu it draws with a dmenu-like program; the test
points dunst at a small script that picks "Done", so the action is invoked by dunst itself.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.xdesktop import Desktop, wait_until

from .conftest import app_command, need, start_session_bus

pytestmark = pytest.mark.e2e


@pytest.fixture
def notification_daemon(desktop: Desktop, tmp_path: Path) -> Desktop:
    needed = ("dbus-daemon", "dbus-monitor", "dunst", "dunstctl", "gdbus", "xdotool")
    missing = [t for t in needed if not shutil.which(t)]
    need(missing)
    start_session_bus(desktop)
    # No tray (stock GNOME's case): the default then sends every prompt as a notification too.
    for process in desktop.processes:
        if process.args[0] == "trayer":  # type: ignore[index]
            process.terminate()
            process.wait(10)
    menu = tmp_path / "menu"  # dunst's "dmenu": reads the menu, picks the first "Done" entry
    menu.write_text(
        f'#!/bin/sh\ncat > "{tmp_path}/menu.txt"\ngrep -m1 "^#Done " "{tmp_path}/menu.txt"\n'
    )
    menu.chmod(0o755)
    (tmp_path / "dunstrc").write_text(f"[global]\ndmenu = {menu}\n")
    desktop.start(
        ["dunst", "-conf", str(tmp_path / "dunstrc")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Asked without starting anything: dunstctl would have the bus start a dunst of its own.
    has_owner = ["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                 "--object-path", "/org/freedesktop/DBus", "--method",
                 "org.freedesktop.DBus.NameHasOwner", "org.freedesktop.Notifications"]  # fmt: skip
    wait_until(lambda: "true" in desktop.run(*has_owner).stdout, 10, "dunst")
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


def test_done_on_the_notification_answers_the_prompt(notification_daemon: Desktop, tmp_path: Path):
    desktop = notification_daemon
    # At the demo's own speed the card stays up for minutes unless answered: its going within
    # the wait below is the answer's doing, not the step running out.
    desktop.env["BEDTIME_COMPANION_DEMO_SCALE"] = "60"
    app = desktop.start(app_command("--demo"), stderr=subprocess.PIPE)
    title = "Time for your magnesium — Bedtime Companion"
    card = wait_until(lambda: visible_windows(desktop, title), 30, "the magnesium card")
    assert card
    wait_until(lambda: displayed_count(desktop) == 1, 30, "the magnesium notification")
    desktop.run("dunstctl", "context")  # dunst opens its menu; the script picks Done
    wait_until(lambda: not visible_windows(desktop, title), 30, "the card to go")
    menu = [line.split(" [")[0] for line in (tmp_path / "menu.txt").read_text().splitlines()]
    assert sorted(menu) == [
        "#Done (Time for your magnesium)",
        "#Skip tonight (Time for your magnesium)",
        "#Snooze 10 min (Time for your magnesium)",
    ]
    assert displayed_count(desktop) == 0
    app.terminate()
    assert app.wait(10) == 0


def visible_windows(desktop: Desktop, name: str) -> list[str]:
    return desktop.run("xdotool", "search", "--onlyvisible", "--name", name).stdout.split()


def displayed_count(desktop: Desktop) -> int:
    result = desktop.run("dunstctl", "count", "displayed")
    return int(result.stdout.strip() or 0)
