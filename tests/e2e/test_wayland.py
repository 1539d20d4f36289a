"""The real app on a real Wayland compositor (headless sway), with waybar's tray and without any
tray host (stock GNOME's case): the tray item and its menu, the Tonight window standing in, and
reminders answered on the desktop's notification and recorded in the journal.

dunst is the notification daemon; its actions menu is drawn by a dmenu-like program, here a
small script that picks "Done", so the answer comes from dunst itself, as from a user's click.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bench.xdesktop import user_dirs, wait_until
from tests.window_titles import TRAY_ENTRIES

from .wayland_desktop import WATCHER, WaylandDesktop

pytestmark = pytest.mark.e2e

TONIGHT = "Tonight — Bedtime Companion"
CARD = "Time for your magnesium — Bedtime Companion"


def start_app(
    desk: WaylandDesktop, python: Path, *args: str, demo_scale: str = "60"
) -> subprocess.Popen[bytes]:
    # At sixty times normal speed the first prompt comes a second after the reminders start,
    # and stays for minutes unless answered: its going is the answer's doing.
    env = {"QT_QPA_PLATFORM": "wayland", "BEDTIME_COMPANION_DEMO_SCALE": demo_scale}
    return desk.start([str(python), "-m", "companion", *args], extra_env=env, log="app.log")


def app_log(desk: WaylandDesktop) -> str:
    return (desk.folder / "app.log").read_text(errors="replace")


def stop(desk: WaylandDesktop, app: subprocess.Popen[bytes]) -> None:
    app.terminate()  # what a logout does: the app must end cleanly
    assert app.wait(10) == 0, app_log(desk)
    assert "Traceback" not in app_log(desk)


def start_dunst(desk: WaylandDesktop) -> Path:
    """dunst on the session; returns the file its "dmenu" writes the offered actions to."""
    needed = [tool for tool in ("dunst", "dunstctl") if shutil.which(tool) is None]
    if needed:
        message = f"needs {', '.join(needed)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    offered = desk.tmp / "menu.txt"
    menu = desk.folder / "menu"
    menu.write_text(f'#!/bin/sh\ncat > "{offered}"\ngrep -m1 "^#Done " "{offered}"\n')
    menu.chmod(0o755)
    (desk.folder / "dunstrc").write_text(f"[global]\ndmenu = {menu}\n")
    (desk.folder / "dunstrc").chmod(0o644)
    desk.start(["dunst", "-conf", str(desk.folder / "dunstrc")], log="dunst.log")
    wait_until(lambda: desk.has_bus_name("org.freedesktop.Notifications"), 10, "dunst")
    return offered


def displayed(desk: WaylandDesktop) -> int:
    return int(desk.run("dunstctl", "count", "displayed").stdout.strip() or 0)


def journal_answers(desk: WaylandDesktop) -> list[tuple[str, str | None]]:
    """The prompts and answers in the demo's journal (its throw-away folder is in TMPDIR)."""
    for journal in desk.tmp.rglob("journal.sqlite3"):
        try:
            with contextlib.closing(sqlite3.connect(f"file:{journal}?mode=ro", uri=True)) as db:
                return [tuple(row) for row in db.execute("SELECT step, answer FROM events")]
        except sqlite3.OperationalError:  # the app is writing it this moment
            return []
    return []


def answer_the_first_reminder_on_its_notification(desk: WaylandDesktop, offered: Path) -> None:
    wait_until(lambda: displayed(desk) == 1, 30, "the magnesium notification")
    # Wayland gives a card no place by the tray: the answerable notification is the prompt.
    assert desk.window_named(CARD) is None
    assert journal_answers(desk) == [("magnesium", None)]  # shown, waiting for an answer
    desk.run("dunstctl", "context")  # dunst opens its actions menu; the script picks Done
    wait_until(lambda: journal_answers(desk) == [("magnesium", "done")], 30, "Done in the journal")
    menu = sorted(line.split(" [")[0] for line in offered.read_text().splitlines())
    assert menu == [
        "#Done (Time for your magnesium)",
        "#Skip tonight (Time for your magnesium)",
        "#Snooze 10 min (Time for your magnesium)",
    ]
    wait_until(lambda: displayed(desk) == 0, 10, "the answered notification to go")
    assert desk.window_named(CARD) is None


def test_with_waybar_the_item_registers_with_its_menu_and_a_reminder_is_answered(
    sway_with_tray: WaylandDesktop, wayland_python: tuple[str | None, Path]
):
    desk = sway_with_tray
    offered = start_dunst(desk)
    app = start_app(desk, wayland_python[1], "--demo")
    items = wait_until(desk.tray_items, 30, "the item to register with waybar's watcher")
    assert len(items) == 1, items
    # "Pause tonight" joins the menu once the reminders have started.
    labels = wait_until(
        lambda: (found := desk.menu_labels(items[0])) and set(TRAY_ENTRIES) <= set(found) and found,
        20,
        "the item's menu over D-Bus",
    )
    assert any(label.startswith("About") for label in labels)
    answer_the_first_reminder_on_its_notification(desk, offered)
    stop(desk, app)


def test_with_a_tray_but_no_notification_buttons_the_card_opens_mid_screen(
    sway_with_tray: WaylandDesktop, wayland_python: tuple[str | None, Path], tmp_path: Path
):
    desk = sway_with_tray  # and no notification daemon at all
    app = start_app(desk, wayland_python[1], "--demo")
    card = wait_until(lambda: desk.window_named(CARD), 30, "the magnesium card")
    # A small floating window the compositor centres, not a tile stretched over the screen.
    assert card["type"] == "floating_con"
    width, height = desk.output_size()
    rect = card["rect"]
    assert rect["width"] < width // 2 and rect["height"] < height // 2
    assert abs(rect["x"] + rect["width"] // 2 - width // 2) <= 2
    desk.screenshot(tmp_path / "card-on-sway.png")
    assert (tmp_path / "card-on-sway.png").read_bytes().startswith(b"\x89PNG")
    assert desk.tray_items()  # the icon is there too, in waybar
    stop(desk, app)


def test_without_a_tray_host_the_tonight_window_stands_in(
    sway_without_tray: WaylandDesktop, wayland_python: tuple[str | None, Path]
):
    desk = sway_without_tray
    user_dirs(desk.home, "onboarding_done = true\n")  # a user who has been through the welcome
    desk.give(desk.home)
    app = start_app(desk, wayland_python[1])
    window = wait_until(lambda: desk.window_named(TONIGHT), 30, "the Tonight window")
    assert window["visible"]
    assert not desk.has_bus_name(WATCHER)  # nothing could have shown an icon
    stop(desk, app)


def test_without_a_tray_host_notifications_carry_the_reminders(
    sway_without_tray: WaylandDesktop, wayland_python: tuple[str | None, Path]
):
    desk = sway_without_tray
    offered = start_dunst(desk)
    app = start_app(desk, wayland_python[1], "--demo")
    wait_until(lambda: desk.window_named(TONIGHT), 30, "the Tonight window")
    answer_the_first_reminder_on_its_notification(desk, offered)
    stop(desk, app)
