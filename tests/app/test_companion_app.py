"""The running app, offscreen: start-up, commands forwarded by a second launch, fallbacks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from companion.app.companion_app import CompanionApp
from companion.services.clock import ScaledClock
from companion.store.settings_file import load_settings
from tests.app.conftest import started_app
from tests.fakes import BERLIN


def test_without_a_tray_the_tonight_window_stands_in(qtbot, app):
    # Offscreen has no system tray: after the grace period the panel must appear.
    qtbot.waitUntil(lambda: app.panel.isVisible(), timeout=3000)
    assert app.panel.quit_button.isVisible()
    assert not app.has_tray


def test_checkin_command_opens_the_check_in_for_that_night(qtbot, app):
    app.handle_command("checkin", {"night": "2026-11-20"})
    dialog = app.checkin.dialogs[date(2026, 11, 20)]
    assert dialog.isVisible()
    app.handle_command("checkin", {"night": "2026-11-20"})
    assert len(app.checkin.dialogs) == 1  # the same night is raised, not opened twice


def test_log_last_night_defaults_to_the_night_that_just_ended(qtbot, app):
    app.checkin_action.trigger()
    assert list(app.checkin.dialogs) == [date(2026, 11, 23)]  # 09:30 on the 24th


def test_tray_menu_offers_tonight_and_journal_actions(qtbot, app):
    texts = [a.text() for a in app.tray.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert "Pause tonight" in texts
    assert "Log last night…" in texts
    assert texts[-3:] == ["Settings…", "About Bedtime Companion", "Quit"]


def test_settings_apply_without_restart(qtbot, app, paths):
    import dataclasses
    from datetime import time

    app.setup.apply(dataclasses.replace(app.settings, bedtime=time(23, 0)))
    assert load_settings(paths.settings_file, now=datetime.now()).settings.bedtime == time(23, 0)
    assert app.tonight.scheduler.plan is not None
    assert app.tonight.scheduler.plan.bedtime.time() == time(23, 0)


def test_damaged_settings_are_reported_and_defaults_used(qtbot, paths):
    companion = started_app(paths, "this is [not toml")
    try:
        assert len(companion.messages) == 1
        assert "could not be used" in companion.messages[0].text()
        assert companion.setup.onboarding is not None  # defaults: the welcome shows again
    finally:
        companion.shut_down()
        for box in list(companion.messages):
            box.close()


def test_journal_opens_from_the_tray_and_remembers_its_view(qtbot, app, paths):
    app.journal_action.trigger()
    window = app.journal_journey.window
    assert window is not None and window.isVisible()
    window.tabs.setCurrentIndex(2)  # charts
    window.resize(796, 760)  # fits the 800×800 test screen
    window.close()
    assert app.journal_journey.window is None
    app.handle_command("journal", {})
    reopened = app.journal_journey.window
    assert reopened is not None
    assert reopened.tabs.currentIndex() == 2
    assert (reopened.width(), reopened.height()) == (796, 760)
    reopened.close()


def test_a_journal_from_a_newer_version_is_read_only_and_reminders_stay_quiet(qtbot, paths):
    import sqlite3

    paths.ensure()
    with sqlite3.connect(paths.journal_file) as db:
        db.execute("CREATE TABLE future (x)")
        db.execute("PRAGMA user_version = 999")
    before = paths.journal_file.read_bytes()
    magnesium_due = datetime(2026, 11, 24, 22, 16, tzinfo=BERLIN)
    companion = started_app(paths, at=magnesium_due)
    try:
        assert companion.journal.is_read_only
        assert companion.tonight is None  # the reminders never started
        assert any("newer version" in box.text() for box in companion.messages)
        assert "Reminders are off" in companion.panel.banner.text()
    finally:
        companion.shut_down()
        for box in list(companion.messages):
            box.close()
    assert paths.journal_file.read_bytes() == before  # not moved, not touched


def _summary(completed: int, planned: int = 10, finished: bool = True):
    from companion.core.session import Summary

    return Summary(
        holds_planned=planned,
        holds_completed=completed,
        holds_skipped=planned - completed,
        finished=finished,
        duration_seconds=600.0,
        paused_seconds=60.0,
    )


@pytest.fixture
def evening_app(qtbot, paths):
    stretch_due = datetime(2026, 11, 24, 21, 46, tzinfo=BERLIN)
    companion = started_app(paths, at=stretch_due, tray_wait_ms=500)
    yield companion
    companion.shut_down()
    companion.panel.hide()


def test_start_now_opens_the_stretches_and_a_short_session_is_partly_done(qtbot, evening_app):
    app = evening_app
    night = date(2026, 11, 24)
    app.tonight.prompts["stretch"].done_button.click()
    window = app.stretch.window
    assert window is not None and window.isVisible()
    app.handle_command("stretch", {})
    assert app.stretch.window is window  # raised, not opened twice
    window.finished.disconnect()
    window.close()
    app.stretch.finished(_summary(6))
    factors = app.journal.factors_for(night)
    assert factors["stretch_holds_done"].value == "6"
    assert factors["stretch_holds_planned"].value == "10"
    assert factors["stretch_minutes"].value == "9"  # 540 active seconds
    answers = [(e.step, e.answer) for e in app.journal.events_for_night(night)]
    assert answers[-2:] == [("stretch", "done"), ("stretch", "partial")]
    assert app.stretch.window is None


def test_stretching_from_the_tray_settles_tonights_waiting_step(qtbot, evening_app):
    app = evening_app
    night = date(2026, 11, 24)
    app.stretch_action.trigger()
    window = app.stretch.window
    window.finished.disconnect()
    window.close()
    app.stretch.finished(_summary(10))
    answers = [(e.step, e.answer) for e in app.journal.events_for_night(night)]
    assert ("stretch", "done") in answers
    assert "stretch" not in app.tonight.prompts  # its prompt went away with the answer


def test_a_command_on_first_run_waits_for_the_welcome(qtbot, paths):
    clock = ScaledClock(datetime(2026, 11, 24, 9, 30, tzinfo=BERLIN), 1.0)
    companion = CompanionApp(paths, clock=clock, tray_wait_ms=100)
    companion.start("checkin", {"night": "2026-11-20"})
    try:
        assert companion.checkin.dialogs == {}  # the welcome comes first
        companion.setup.onboarding.start_button.click()
        assert list(companion.checkin.dialogs) == [date(2026, 11, 20)]
    finally:
        companion.shut_down()
        companion.panel.hide()


def test_notices_are_freed_when_closed(qtbot, app):
    app.tell("Something to say")
    box = app.messages[-1]
    with qtbot.waitSignal(box.destroyed, timeout=2000):
        box.done(0)
    assert box not in app.messages


# What a tray app start must not wait for (DESIGN §5: the icon within 1.3x of a bare tray app).
# Each of these was measured to cost milliseconds before the icon; they all load just after it.
LOADED_AFTER_THE_ICON = (
    "companion.cli.parser",  # a start with no arguments has nothing to parse
    "socket",  # the instance's server and its JSON line: the lock alone comes first
    "hashlib",
    "companion.ui.accessibility",
    "dataclasses",  # the settings and the journal's models, not the paths (a NamedTuple)
    "sqlite3",
    "tomllib",
    "apscheduler",
    "PySide6.QtNetwork",
    "companion.core.settings",
    "companion.core.journal",
    "companion.store.settings_file",
    "companion.store.journal_store",
    "companion.journeys.reminders",
    "companion.ui.tonight.panel",
)
_PROBE = """
import os, sys
import companion.app.companion_app

def probe(self):
    late = [m for m in {late!r} if m in sys.modules]
    # PySide6 builds the Qt namespace and all its enums on its first import: about 12 ms.
    if "Qt" in vars(sys.modules["PySide6.QtCore"]):
        late.append("PySide6.QtCore.Qt")
    print(" ".join(late), flush=True)
    os._exit(0)

companion.app.companion_app.CompanionApp.show_tray = probe
from companion.cli.main import main
os.environ["BEDTIME_COMPANION_HOME"] = {data!r}
main([])  # as a user starts it: no arguments
os._exit(1)  # never reached: the app must ask for its icon on the way to the event loop
"""


def test_the_tray_icon_is_asked_for_before_settings_journal_and_scheduler_load(data_dir):
    import subprocess
    import sys

    (data_dir / "settings.toml").write_text("onboarding_done = true\n")
    code = _PROBE.format(late=LOADED_AFTER_THE_ICON, data=str(data_dir))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""  # none of them was loaded yet


def test_start_up_drops_the_source_lines_pyside_read_while_importing(qtbot, paths):
    import linecache

    import companion.journeys.reminders  # what start-up imports, read by PySide's import hook

    linecache.getlines(companion.journeys.reminders.__file__)  # as that hook leaves it: cached
    # A set-up user's day (the first run's welcome window loads after start-up, on purpose).
    companion = started_app(paths)
    try:
        assert companion.tonight is not None
        assert not [f for f in linecache.cache if "companion" in f]  # ~8 MB held all day
    finally:
        companion.shut_down()
        companion.panel.hide()


_SERVE_FAILS = """
import os, sys
import companion.app.companion_app
from companion.services.instance import SingleInstance

def refuse(self):
    raise OSError("address in use")

def started(self, command="show", options=None, **kwargs):
    print(repr(self.startup_problems), flush=True)
    os._exit(0)

SingleInstance.serve = refuse
companion.app.companion_app.CompanionApp.start = started
from companion.cli.main import main
main(["--data-dir", {data!r}])
os._exit(1)
"""


def test_a_command_socket_that_cannot_open_is_told_and_the_app_still_starts(data_dir):
    import subprocess
    import sys

    (data_dir / "settings.toml").write_text("onboarding_done = true\n")
    code = _SERVE_FAILS.format(data=str(data_dir))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    assert "could not open its command socket (address in use)" in out.stdout
    assert "Traceback" not in out.stderr
