"""The comparison tabs speak plain words: bars first, the numbers one key press away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from companion.ui.journal.window import JournalWindow, JournalWindowState
from tests.ui.journal.test_window import TZ, sample

STATISTICS_TERMS = ("Cliff", "δ", "interval", "Efficiency", "efficiency", "Current run")


def visible_words(widget: QWidget) -> str:
    return " ".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def test_what_helps_me_shows_a_bar_and_a_word_per_factor_and_hides_the_numbers(qtbot):
    window = JournalWindow(sample(80), state=JournalWindowState(tab="insights"), tz=TZ)
    qtbot.addWidget(window)
    window.show()
    panel = window.insights
    assert len(panel.bars.bars) == panel.table.rowCount() > 0
    words = {w.text() for w in panel.bars.words}
    assert words <= {"better", "worse", "no clear difference", "not enough nights yet"}
    assert "Routine done" in panel.summary.text() and "in a row (best:" in panel.summary.text()
    main = visible_words(panel)
    assert "not proof" in main
    assert not [t for t in STATISTICS_TERMS if t in main]
    assert not panel.table.isVisibleTo(panel)  # folded away by default

    panel.details.toggle.setFocus()
    qtbot.keyClick(panel.details.toggle, Qt.Key.Key_Space)  # reachable from the keyboard
    assert panel.table.isVisibleTo(panel)
    assert "Cliff's δ" in visible_words(panel)


def test_the_experiment_tab_opens_with_what_the_user_can_do(qtbot):
    window = JournalWindow(sample(80), state=JournalWindowState(tab="experiment"), tz=TZ)
    qtbot.addWidget(window)
    window.show()
    panel = window.experiment
    main = visible_words(panel)
    assert main.startswith("Try the routine for a month")
    assert "article" not in main
    assert not [t for t in STATISTICS_TERMS if t in main]
    assert "2024-" not in main  # the locale's dates, not ISO
    assert len(panel.bars.bars) == panel.table.rowCount()
