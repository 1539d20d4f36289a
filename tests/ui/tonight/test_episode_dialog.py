"""The "Legs restless now…" dialog: one letter and Enter record it; own words are kept."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt

from companion.ui.tonight.episode_dialog import EpisodeDialog


def test_one_letter_and_enter_save_the_time_and_the_relief(qtbot) -> None:
    d = EpisodeDialog(time(23, 42))
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Legs restless now — Bedtime Companion"
    qtbot.keyClick(d.focusWidget(), Qt.Key.Key_W)
    with qtbot.waitSignal(d.saved, timeout=1000) as blocker:
        qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Return)
    assert blocker.args == [time(23, 42), "walked"]
    assert not d.isVisible()


def test_a_number_picks_too_and_own_words_follow_the_choice(qtbot) -> None:
    d = EpisodeDialog(time(1, 5))
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d.focusWidget(), Qt.Key.Key_4)
    d.words_edit.setFocus()
    qtbot.keyClicks(d.words_edit, "cold  flannel")
    with qtbot.waitSignal(d.saved, timeout=1000) as blocker:
        qtbot.keyClick(d.words_edit, Qt.Key.Key_Return)
    assert blocker.args[1] == "hot or cold: cold flannel"


def test_a_refused_save_keeps_the_dialog_open_and_says_why(qtbot) -> None:
    d = EpisodeDialog(time(0, 30))
    qtbot.addWidget(d)
    d.show()
    d.saved.connect(lambda _t, _r: d.refuse_save("Not saved: the journal is locked"))
    d.save_button.click()
    assert d.isVisible()
    assert d.status.text() == "Not saved: the journal is locked"
