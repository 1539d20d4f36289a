"""What an idle tray holds: started as a user starts it, by day, nothing on screen (issue 19).

Python never unloads a module, so whatever the tray imports before it is needed it carries for
weeks. Each of these is needed only once something happens (a prompt waits, a window or a
message opens, a session starts); an idle tray must not have loaded it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.xdesktop import evening_settings, idle_settings
from companion import AUTOSTART_FLAG

NOT_AT_IDLE = (
    "sqlite3",  # by day the reminders wait for their night: no scheduler, no journal open
    "companion.journeys.reminders",
    "companion.services.scheduler",
    "companion.store.journal_store",
    "ctypes",  # the X server's idle and full-screen questions: asked only while a prompt waits
    "companion.services.x11_calls",
    "companion.journeys.away",  # what a prompt needs: whether anybody is there, its words,
    "companion.services.presence",  # the notification, the step's command
    "companion.services.idle",
    "companion.services.fullscreen",
    "companion.core.prompt_texts",
    "companion.core.routine_record",
    "companion.services.notifications",
    "companion.services.commands",
    "companion.services.locale_units",
    "companion.services.window_placement",
    "companion.core.journal",  # the journal's night and restless-legs models: the tray writes
    "companion.core.diary_checks",  # routine events and factors and reads the experiment
    "companion.core.diary_text",
    "companion.core.onset",
    "companion.core.rls_records",
    "companion.store.night_rows",
    "companion.store.rls_rows",
    "companion.journeys.breathing",  # a breathing session, from its card's Start
    "companion.journeys.guided_session",
    "companion.app.windows_apart",  # the first window's process
    "companion.app.window_wire",
    "json",  # a second launch's command, a window's report
    "platformdirs",  # Linux's folders are read from the XDG variables directly (store/paths.py)
    "companion.cli.parser",  # a launcher's start (no arguments) or the login's: nothing to parse
    "companion.ui.app_style",  # the look's style and message icons: styled as a window shows
    "companion.render.dialog_icons",
    "companion.ui.tonight.prompts",  # a step's card
    "companion.ui.tonight.panel",
    "companion.ui.accessibility",  # screen readers' window roles: with the first window shown
    "PySide6.QtDBus",  # ~0.4 MB: logind's resume signal is read off the bus directly
)
# An hour before the evening's first step the reminders run (scheduler, journal); what a
# prompt needs beyond them is made five minutes before it (journeys/prompt_kit.py).
NOT_IN_THE_EVENING = (
    "PySide6.QtDBus",  # the notifications and the idle question load it, with the first prompt
    "companion.journeys.away",
    "companion.services.presence",
    "companion.services.idle",
    "companion.services.fullscreen",
    "companion.services.notifications",
    "companion.services.commands",
    "companion.ui.accessibility",
    "companion.ui.tonight.prompts",
    "companion.ui.tonight.panel",
    "companion.ui.app_style",
    "companion.app.windows_apart",
    "companion.cli.parser",
    "json",
)
# PySide6 builds a class's wrapper and its enums when it is first used: a message box (~0.3 MB
# with its enums), the accessibility classes and our style wait for their first use. A dialog
# or a label built means PySide6 was handed one of Qt's private widgets (the X11 tray icon's,
# the desktop's style) and built every QtWidgets class to find its type: ~2.5 MB.
WIDGET_CLASSES_NOT_AT_IDLE = (
    "QMessageBox", "QAccessibleWidget", "QProxyStyle", "QStyle", "QDialog", "QLabel",
)  # fmt: skip

_PROBE = """
import os, sys
from PySide6.QtCore import QTimer
import companion.app.companion_app as companion_app

start_reminders = companion_app.CompanionApp._start_reminders

def start_then_probe(self):
    start_reminders(self)
    QTimer.singleShot(0, probe)  # the turn after: start-up is over, the tray is idle

def probe():
    import PySide6.QtWidgets
    loaded = [m for m in {modules!r} if m in sys.modules]
    loaded += [m + " missing" for m in {needed!r} if m not in sys.modules]
    loaded += [c for c in {classes!r} if c in vars(PySide6.QtWidgets)]  # built on first import
    with open("/proc/self/maps") as maps:
        if "libQt6Svg" in maps.read():  # an SVG icon: Qt's SVG modules, ~2 MB
            loaded.append("QtSvg")
    print(" ".join(loaded) or "-", flush=True)
    os._exit(0)

companion_app.CompanionApp._start_reminders = start_then_probe
from companion.cli.main import main
os.environ["BEDTIME_COMPANION_HOME"] = {data!r}
main({argv!r})  # as a user starts it: a launcher (no arguments), or the login
os._exit(1)
"""


@pytest.mark.parametrize(
    ("argv", "settings", "not_loaded", "needed"),
    [
        ([], idle_settings, NOT_AT_IDLE, ()),
        ([AUTOSTART_FLAG], idle_settings, NOT_AT_IDLE, ()),
        (
            [AUTOSTART_FLAG],
            evening_settings,
            NOT_IN_THE_EVENING,
            ("companion.journeys.reminders",),
        ),
    ],
    ids=["launcher by day", "login by day", "login in the evening, a step to come"],
)
def test_an_idle_tray_has_not_loaded_what_only_a_prompt_window_or_session_needs(
    data_dir: Path,
    argv: list[str],
    settings: Callable[[], str],
    not_loaded: tuple[str, ...],
    needed: tuple[str, ...],
) -> None:
    (data_dir / "settings.toml").write_text(settings())  # no card is up
    code = _PROBE.format(
        modules=not_loaded, needed=needed, classes=WIDGET_CLASSES_NOT_AT_IDLE,
        data=str(data_dir), argv=argv,
    )  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "-"  # none of them
