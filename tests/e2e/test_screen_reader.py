"""Every window as a screen reader (Orca) reads it through AT-SPI: a frame or a dialog, and
every control in it with a name; the stretch countdown with a steady name and its time.

One app start on a real X display with a real accessibility bus; the windows open in turn
through the command socket, and the system's pyatspi (tests/e2e/atspi_walker.py) reads each.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.app_control import RunningApp
from bench.xdesktop import Desktop, wait_until
from companion.store.paths import resolve_paths

from .conftest import app_command, need, start_session_bus

pytestmark = pytest.mark.e2e

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi is for the system's Python
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WALKER = Path(__file__).with_name("atspi_walker.py")
LISTENER = Path(__file__).with_name("atspi_listener.py")
APP_NAME = "bedtime-companion"  # QCoreApplication.applicationName(), as AT-SPI lists it
WINDOW_ROLES = {"frame", "dialog"}
# What a person operates; each needs a name. Lists inside combo boxes (their popups), scroll
# bars and menus are left out: Qt names them or a screen reader reaches them through a parent.
INTERACTIVE = {
    "push button", "check box", "combo box", "spin button", "text", "slider", "radio button",
    "toggle button", "table", "page tab", "password text",
}  # fmt: skip

# A countdown's time ("0:29") in a name would be re-read each second; a clock time ("21:45")
# on the Tonight window's timeline is a name set once, not a tick.
CLOCK = re.compile(r"\b\d:\d\d\b")
Tree = list[dict[str, Any]]


@pytest.fixture
def accessibility_bus(desktop: Desktop) -> Desktop:
    """A D-Bus session with the AT-SPI bus and registry on it, as a desktop with Orca has."""
    missing = [t for t in ("dbus-daemon", "gdbus") if not shutil.which(t)]
    missing += [p for p in (BUS_LAUNCHER, SYSTEM_PYTHON) if not os.path.exists(p)]
    if not missing and _system_python_lacks_pyatspi(desktop):
        missing.append("python3-pyatspi")
    need(missing)
    start_session_bus(desktop)
    desktop.start(
        [BUS_LAUNCHER, "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    address = ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
               "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"]  # fmt: skip
    wait_until(lambda: "unix:" in desktop.run(*address).stdout, 10, "the AT-SPI bus")
    return desktop


def _system_python_lacks_pyatspi(desktop: Desktop) -> bool:
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], env=_walker_env(desktop), capture_output=True
    )
    return found.returncode != 0


def _walker_env(desktop: Desktop) -> dict[str, str]:
    # The system's Python with its own packages: nothing of the venv may leak in.
    return {k: v for k, v in desktop.env.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}


def read_tree(desktop: Desktop) -> Tree:
    result = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), APP_NAME],
        env=_walker_env(desktop),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def showing(tree: Tree) -> Tree:
    return [window for window in tree if "showing" in window["states"]]


def wait_for_window(desktop: Desktop, found: Callable[[dict[str, Any]], bool], what: str) -> Tree:
    """The tree once a showing window matches `found` (a window appears before its controls)."""

    def ready() -> Tree | None:
        tree = showing(read_tree(desktop))
        return tree if any(found(window) for window in tree) else None

    return wait_until(ready, 60, what, interval=0.2)  # a busy CI machine reads slowly


def problems(tree: Tree) -> list[str]:
    """What a screen reader user would miss, one line each, in every window on screen."""
    found: list[str] = []
    for window in tree:
        title = window["name"] or "(untitled window)"
        if window["role"] not in WINDOW_ROLES:
            found.append(f"{title}: the window reads as {window['role']!r}")
        for node in window["nodes"]:
            role = node["role"]
            if role not in INTERACTIVE:
                continue
            if role == "combo box":
                # Qt on Linux names a combo box by its value; a label must name it.
                if not any(t["role"] == "label" and t["name"] for t in node["labelled_by"]):
                    found.append(f"{title}: combo box {node['name']!r} has no label")
            elif not node["name"].strip():
                found.append(f"{title}: a {role} has no name (value {node['value']!r})")
    return found


class Listener:
    """atspi_listener.py running in the background: what a screen reader hears, as it comes."""

    def __init__(self, desktop: Desktop, seconds: float) -> None:
        self.records: list[dict[str, Any]] = []
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(LISTENER), str(seconds)],
            env=_walker_env(desktop),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        desktop.processes.append(self.process)  # ended with the desktop
        threading.Thread(target=self._read, daemon=True).start()
        wait_until(lambda: any(r.get("ready") for r in self.records), 10, "the listener")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.records.append(json.loads(line))

    def heard(self, kind: str, source: str | None = None) -> list[str]:
        return [r["text"] for r in list(self.records) if r.get("type") == kind
                and source in (None, r.get("source"))]  # fmt: skip


def titled(start: str) -> Callable[[dict[str, Any]], bool]:
    return lambda window: str(window["name"]).startswith(start)


def has_button(name: str) -> Callable[[dict[str, Any]], bool]:
    return lambda window: any(
        n["role"] == "push button" and n["name"].endswith(name) for n in window["nodes"]
    )


def test_every_window_and_control_is_named_for_a_screen_reader(
    accessibility_bus: Desktop, data_dir: Path
) -> None:
    desktop = accessibility_bus
    app = desktop.start(
        app_command("--data-dir", str(data_dir)),
        # The bench hook closes windows between steps; the fast clock (one plan minute a
        # second) brings tonight's first card a second after the welcome.
        extra_env={
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "BEDTIME_COMPANION_BENCH": "1",
            "BEDTIME_COMPANION_BENCH_SCALE": "60",
        },
        stderr=subprocess.PIPE,
    )
    control = RunningApp(app, resolve_paths(data_dir), 0.0)
    seen: dict[str, list[str]] = {}

    tree = wait_for_window(desktop, titled("Welcome to Bedtime Companion"), "the welcome")
    seen["welcome"] = problems(tree)
    window = wait_until(
        lambda: desktop.windows_named("Welcome to Bedtime Companion"), 10, "the welcome's X id"
    )[0]
    desktop.run("xdotool", "windowfocus", "--sync", window)
    desktop.run("xdotool", "key", "--window", window, "Return")

    tree = wait_for_window(desktop, has_button("Done"), "tonight's first card")
    seen["card"] = problems(tree)

    listener = Listener(desktop, 120)
    for command, title in (
        ("show", "Tonight — "),
        ("stretch", "Guided stretches — "),
        ("checkin", "Morning check-in — "),
        ("journal", "Journal — "),
        ("settings", "Settings — "),
    ):
        control.send("bench-close")
        wait_until(lambda: not showing(read_tree(desktop)), 20, "the windows to close")
        control.send(command)
        tree = wait_for_window(desktop, titled(title), title)
        seen[command] = problems(tree)
        if command == "stretch":
            stretch = next(w for w in tree if titled(title)(w))
            rings = [n for n in stretch["nodes"] if n["name"] == "Time left"]
            assert len(rings) == 1, "the countdown keeps one steady name"
            assert rings[0]["description"], "the countdown's phase and time can be read"
            # It opens running: get ready, 3-2-1, then the hold is said with its full time.
            wait_until(
                lambda: "Hold: 0:30 left" in listener.heard("object:announcement", "Time left"),
                30,
                "the hold to be announced",
            )
            said = listener.heard("object:announcement", "Time left")
            hold = said.index("Hold: 0:30 left")
            assert said[hold - 3 : hold + 1] == ["3", "2", "1", "Hold: 0:30 left"]
            renamed = listener.heard("object:property-change:accessible-name")
            assert not [name for name in renamed if CLOCK.search(name)], "no name ticks"

    assert seen == {name: [] for name in seen}
    assert len(seen) == 7
    app.terminate()
    assert app.wait(10) == 0
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert "Traceback" not in stderr
