from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt

from companion.core.texts import NOT_MEDICAL_ADVICE
from companion.ui.setup.onboarding import OnboardingDialog


def test_welcome_says_it_is_not_medical_advice(qtbot):
    dialog = OnboardingDialog(time(22, 30), time(7, 0))
    qtbot.addWidget(dialog)
    assert dialog.notice_label.text() == NOT_MEDICAL_ADVICE
    assert "not medical advice" in NOT_MEDICAL_ADVICE


def test_keyboard_only_answers_are_reported(qtbot):
    dialog = OnboardingDialog(time(22, 30), time(7, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Tabbing into a time field selects its hour on a real display; offscreen windows never
    # get focus-in events, so select it the way Tab would.
    dialog.bedtime_edit.setSelectedSection(dialog.bedtime_edit.Section.HourSection)
    qtbot.keyClicks(dialog.bedtime_edit, "2315")
    dialog.autostart_box.setFocus()
    qtbot.keyClick(dialog.autostart_box, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.completed, timeout=1000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert blocker.args == [time(23, 15), time(7, 0), True]
    assert not dialog.isVisible()


def test_closing_the_window_counts_as_seen(qtbot):
    dialog = OnboardingDialog(time(22, 0), time(6, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.completed, timeout=1000) as blocker:
        dialog.close()
    assert blocker.args == [time(22, 0), time(6, 30), False]
