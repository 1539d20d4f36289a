"""The Tonight window: every tray command, done and missed steps told apart, nothing clipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from companion.ui.tonight.panel import TimelineRow, TonightPanel
from companion.ui.tonight.step_mark import StepMark

BANNER = (
    "Reminders are off: the journal was written by a newer version of Bedtime Companion and "
    "is open read-only."
)
ROWS = [
    TimelineRow("magnesium", "Magnesium", "21:00", "done at 21:02", False, True, "done"),
    TimelineRow("stretch", "Stretches", "21:45", "missed", False, True, "missed"),
    TimelineRow("lights", "Lights down", "22:00", "now", True, False, "due"),
    TimelineRow("bedtime", "Lights out", "22:30", "skipped at 21:50", False, True, "skipped"),
    TimelineRow("checkin", "Morning check-in", "07:15", "coming up", False, False, "upcoming"),
]
TRAY_COMMANDS = (
    "Start stretches now", "Log last night…", "Open journal…", "Pause tonight", "Settings…",
    "About", "Quit",
)  # fmt: skip


def full_panel() -> TonightPanel:
    """Everything on show at once: banner, timeline, step buttons, the stand-in note."""
    panel = TonightPanel()
    panel.set_status("Lights down at 22:00 · now")
    panel.set_timeline(ROWS, can_snooze=True)
    panel.set_banner(BANNER)
    panel.set_stands_in_for_tray(True)
    panel.set_paused(False)
    return panel


def clipped(panel: QWidget) -> list[str]:
    """Visible labels, buttons and marks whose size hint does not fit their place."""
    problems = []
    window = panel.rect()
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton | StepMark):
            continue
        name = getattr(widget, "text", widget.objectName)()
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            hint.setHeight(widget.heightForWidth(widget.width()))
            hint.setWidth(0)
        if hint.width() > widget.width() or hint.height() > widget.height():
            problems.append(f"{name!r}: {widget.size().toTuple()} < {hint.toTuple()}")
        place = widget.geometry().translated(widget.parentWidget().mapTo(panel, widget.pos()) -
                                             widget.pos())  # fmt: skip
        if not window.contains(place):
            problems.append(f"{name!r} at {place.getRect()} is outside {window.getRect()}")
    return problems


def test_every_tray_command_is_a_button_whether_or_not_it_stands_in(qtbot):
    panel = full_panel()
    qtbot.addWidget(panel)
    for standing_in in (True, False):
        panel.set_stands_in_for_tray(standing_in)
        panel.show()
        shown = [b.text() for b in panel.findChildren(QPushButton) if b.isVisible()]
        assert all(command in shown for command in TRAY_COMMANDS), shown
        assert panel.no_tray_note.isVisible() == standing_in


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("stretch_button", "stretch_requested"), ("checkin_button", "checkin_requested"),
        ("journal_button", "journal_requested"), ("pause_button", "pause_requested"),
        ("settings_button", "settings_requested"), ("about_button", "about_requested"),
        ("quit_button", "quit_requested"),
    ],
)  # fmt: skip
def test_each_command_button_asks_for_its_command(qtbot, button, signal):
    panel = full_panel()
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(getattr(panel, signal), timeout=1000):
        getattr(panel, button).click()


def test_pause_waits_for_the_reminders_and_speaks_the_trays_words(qtbot):
    panel = TonightPanel()
    qtbot.addWidget(panel)
    assert not panel.pause_button.isEnabled()  # nothing to pause before the reminders run
    panel.set_paused(True)
    assert panel.pause_button.isEnabled()
    assert panel.pause_button.text() == "Resume tonight"
    panel.set_paused(False)
    assert panel.pause_button.text() == "Pause tonight"


def test_the_window_keeps_its_title(qtbot):
    panel = TonightPanel()
    qtbot.addWidget(panel)
    assert panel.windowTitle() == "Tonight — Bedtime Companion"


def test_done_and_missed_steps_look_different_beyond_their_words(qtbot):
    panel = full_panel()
    qtbot.addWidget(panel)
    panel.show()
    done_mark, _, done_label, _ = panel.rows["magnesium"]
    missed_mark, _, missed_label, _ = panel.rows["stretch"]
    assert (done_mark.mark, missed_mark.mark) == ("done", "missed")
    assert done_mark.grab().toImage() != missed_mark.grab().toImage()  # a tick vs a struck ring
    assert missed_label.font().strikeOut() and not done_label.font().strikeOut()
    assert missed_label.foregroundRole() != done_label.foregroundRole()  # muted vs text
    assert done_mark.accessibleName() == "done" and missed_mark.accessibleName() == "missed"


def test_rows_without_a_status_still_get_a_mark(qtbot):
    rows = [TimelineRow("magnesium", "Magnesium", "21:00", "done at 21:02", False, True),
            TimelineRow("stretch", "Stretches", "21:45", "now", True, False)]  # fmt: skip
    assert [row.mark() for row in rows] == ["done", "now"]


@pytest.mark.parametrize("font_scale", [1, 2], ids=["100%", "double-text"])
def test_nothing_is_clipped_with_banner_steps_and_note(qtbot, font_scale):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * font_scale)
        app.setFont(bigger)
        panel = full_panel()
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.actions_row.isVisible() and panel.banner.isVisible()
        assert clipped(panel) == []
        panel.set_banner(BANNER + " " + BANNER)  # grows while open: still nothing cut
        assert clipped(panel) == []
    finally:
        app.setFont(original)


_AT_200 = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.ui.tonight.test_panel import clipped, full_panel
panel = full_panel()
panel.show()
app.processEvents()
area = panel.screen().availableGeometry()
problems = clipped(panel)
if not area.contains(panel.frameGeometry()):
    problems.append(f"{panel.frameGeometry().getRect()} is not inside {area.getRect()}")
print(panel.devicePixelRatioF(), problems)
"""


def test_nothing_is_clipped_at_200_percent_on_a_small_screen(tmp_path: Path):
    """QT_SCALE_FACTOR=2 on 2560×1440 with a 64 px panel: 1280×688 to use, as at 1280×720."""
    screen = {"name": "fit", "x": 0, "y": 64, "width": 2560, "height": 1376,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    (tmp_path / "screen.json").write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_SCALE_FACTOR="2",
               QT_QPA_PLATFORM=f"offscreen:configfile={tmp_path / 'screen.json'}")  # fmt: skip
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", _AT_200], env=env, cwd=root, capture_output=True,
                         text=True, timeout=60, check=False)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["2.0", "[]"], out.stdout
