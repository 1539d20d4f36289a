"""The morning check-in dialog: keyboard-only answers, prefill and edit, validation, tags."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QTimeEdit, QWidget

from companion.core.journal import FactorValue, Night
from companion.ui.checkin.dialog import CheckinAnswers, CheckinDialog
from companion.ui.widgets.words import NO_ANSWER
from tests.nights import full_night

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 24)
ROUTINE = ["Magnesium at 21:02", "Stretches 10/10 holds", "Lights dimmed"]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


STORED = full_night(NIGHT, BERLIN, note="Warm bath before bed.")
STORED_FACTORS = {
    "magnesium": FactorValue("magnesium", "yes", "routine"),
    "caffeine_after_noon": FactorValue("caffeine_after_noon", "1", "manual"),
    "exercise": FactorValue("exercise", "light", "manual"),
    "stress": FactorValue("stress", "2", "import"),
    "room_temperature_c": FactorValue("room_temperature_c", "18.25", "import"),
    "tag:late dinner": FactorValue("tag:late dinner", "yes", "manual"),
}

MakeDialog = Callable[..., CheckinDialog]


@pytest.fixture
def make(qtbot) -> MakeDialog:
    def build(
        night: Night | None = None,
        factors: dict[str, FactorValue] | None = None,
        tags: list[str] | None = None,
        **options: object,
    ) -> CheckinDialog:
        dialog = CheckinDialog(
            NIGHT, night, factors or {}, ROUTINE, tags or [], zone=BERLIN, **options
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return build


def tab_into(widget: QWidget) -> None:
    """What Tab does on a real display; offscreen windows never get focus-in events by themselves.

    A spin box selects its whole text when tabbed into, so typed digits replace the no-answer mark.
    """
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))


def tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next `count` widgets Tab reaches after `start`, as Qt's focus chain orders them."""
    stops: list[QWidget] = []
    widget = start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        assert widget is not start, "the focus chain ran out"
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            stops.append(widget)
    return stops


def saved_answers(qtbot, dialog: CheckinDialog, action: Callable[[], None]) -> CheckinAnswers:
    with qtbot.waitSignal(dialog.saved, timeout=1000) as blocker:
        action()
    answers = blocker.args[0]
    assert isinstance(answers, CheckinAnswers)
    return answers


# --- the common path -----------------------------------------------------------------------


def test_keyboard_only_common_path_saves_the_expected_night(qtbot, make):
    dialog = make()
    assert dialog.focusWidget() is dialog.rls_row  # the first question has the keyboard
    qtbot.keyClick(dialog.rls_row, Qt.Key.Key_4)
    tab_into(dialog.sleep_onset_spin)
    qtbot.keyClicks(dialog.sleep_onset_spin, "25")
    tab_into(dialog.awakenings_spin)
    qtbot.keyClicks(dialog.awakenings_spin, "2")
    tab_into(dialog.quality_row)
    qtbot.keyClick(dialog.quality_row, Qt.Key.Key_3)
    tab_into(dialog.rested_row)
    qtbot.keyClick(dialog.rested_row, Qt.Key.Key_4)

    answers = saved_answers(qtbot, dialog, lambda: qtbot.keyClick(dialog.rested_row, "\r"))

    assert answers.night == Night(
        NIGHT, sleep_onset_min=25, awakenings=2, quality=3, rested=4, rls_intensity=4
    )
    assert answers.factors == {}
    assert answers.tags == []
    assert not dialog.isVisible()


def test_tab_order_follows_the_common_path(make):
    dialog = make()
    assert tab_stops(dialog.rls_row, 6) == [
        dialog.sleep_onset_spin,
        dialog.awakenings_spin,
        dialog.quality_row,
        dialog.rested_row,
        dialog.details_button,
        dialog.save_button,  # the folded details are skipped
    ]


def test_enter_in_a_spin_box_saves(qtbot, make):
    dialog = make()
    tab_into(dialog.awakenings_spin)
    qtbot.keyClicks(dialog.awakenings_spin, "0")
    answers = saved_answers(
        qtbot, dialog, lambda: qtbot.keyClick(dialog.awakenings_spin, Qt.Key.Key_Return)
    )
    assert answers.night.awakenings == 0


def test_escape_cancels_without_saving(qtbot, make):
    dialog = make()
    qtbot.keyClick(dialog.rls_row, Qt.Key.Key_7)
    with qtbot.assertNotEmitted(dialog.saved), qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.rls_row, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_awakenings_not_sure_is_none_never_zero(qtbot, make):
    dialog = make()
    assert dialog.awakenings_spin.text() == NO_ANSWER
    assert dialog.current_night().awakenings is None
    tab_into(dialog.awakenings_spin)
    qtbot.keyClick(dialog.awakenings_spin, Qt.Key.Key_Up)
    assert dialog.current_night().awakenings == 0  # one step up from no answer is zero
    qtbot.keyClick(dialog.awakenings_spin, Qt.Key.Key_Down)
    assert dialog.awakenings_spin.text() == NO_ANSWER
    answers = saved_answers(qtbot, dialog, dialog.save_button.click)
    assert answers.night.awakenings is None


def test_scale_keys_digits_arrows_ten_and_clearing(qtbot, make):
    dialog = make()
    row = dialog.rls_row
    qtbot.keyClicks(row, "10")  # typed quickly: ten, not zero
    assert row.value() == 10
    qtbot.keyClick(row, Qt.Key.Key_Left)
    assert row.value() == 9
    qtbot.keyClick(row, Qt.Key.Key_Home)
    assert row.value() == 0
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    assert row.value() is None
    qtbot.keyClick(row, Qt.Key.Key_Right)
    assert row.value() == 0
    qtbot.keyClick(dialog.quality_row, Qt.Key.Key_9)  # out of 1–5: ignored
    assert dialog.quality_row.value() is None
    qtbot.mouseClick(dialog.quality_row.buttons[4], Qt.MouseButton.LeftButton)
    assert dialog.quality_row.value() == 5
    assert dialog.quality_row.buttons[4].isChecked()
    qtbot.mouseClick(dialog.quality_row.buttons[4], Qt.MouseButton.LeftButton)
    assert dialog.quality_row.value() is None  # a second click takes it back


def test_scale_rows_show_the_words_for_both_ends(make):
    dialog = make()
    assert (dialog.rls_row.low_label.text(), dialog.rls_row.high_label.text()) == (
        "none",
        "worst",
    )
    assert dialog.quality_row.low_label.text() == "very poor"
    assert dialog.rested_row.high_label.text() == "fully"


def test_routine_summary_is_shown_read_only(make):
    dialog = make()
    assert dialog.routine_label.text() == " · ".join(ROUTINE)
    assert dialog.routine_label.focusPolicy() == Qt.FocusPolicy.NoFocus


# --- prefill and edit ----------------------------------------------------------------------


def test_an_existing_night_prefills_every_field(make):
    dialog = make(STORED, STORED_FACTORS, ["late dinner", "sauna"])
    assert dialog.rls_row.value() == 5
    assert dialog.sleep_onset_spin.value() == 20
    assert dialog.awakenings_spin.value() == 2
    assert (dialog.quality_row.value(), dialog.rested_row.value()) == (4, 3)
    assert dialog.details.isVisible()  # details were recorded: they are shown, not hidden
    assert {k: e.value() for k, e in dialog.time_edits.items()} == {
        "into_bed_at": time(22, 30),
        "lights_out_at": time(22, 45),
        "final_wake_at": time(6, 15),
        "out_of_bed_at": time(6, 30),
    }
    assert dialog.waso_spin.value() == 30
    assert dialog.legs_woke_me_spin.value() == 1
    assert dialog.onset_combo.currentData() == "evening"
    assert dialog.note_edit.toPlainText() == "Warm bath before bed."
    assert dialog.caffeine_spin.optional_value() == 1
    assert dialog.alcohol_spin.optional_value() is None
    assert dialog.exercise_combo.currentData() == "light"
    assert dialog.stress_row.value() == 2
    assert dialog.temperature_spin.text() == "18.3 °C"  # shown to 0.1; the row keeps 18.25
    assert {n: c.isChecked() for n, c in dialog.chips.items()} == {
        "late dinner": True,
        "sauna": False,
    }


def test_saving_an_untouched_night_changes_nothing(qtbot, make):
    dialog = make(STORED, STORED_FACTORS, ["late dinner"])
    answers = saved_answers(qtbot, dialog, dialog.save_button.click)
    assert answers.night == STORED  # same moments, same offsets
    assert answers.factors == {}  # the imported stress and 18.25 °C keep their rows
    assert answers.tags == ["late dinner"]


def test_editing_saves_the_changes(qtbot, make):
    dialog = make(STORED, STORED_FACTORS, ["late dinner", "sauna"])
    qtbot.keyClick(dialog.quality_row, Qt.Key.Key_2)
    edit = dialog.time_edits["lights_out_at"].edit
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "2300")
    tab_into(dialog.caffeine_spin)
    qtbot.keyClicks(dialog.caffeine_spin, "0")
    dialog.exercise_combo.setCurrentIndex(0)  # "—": not recorded
    qtbot.mouseClick(dialog.chips["late dinner"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.chips["sauna"], Qt.MouseButton.LeftButton)

    answers = saved_answers(qtbot, dialog, dialog.save_button.click)

    assert answers.night == STORED.replace(quality=2, lights_out_at=at(24, 23, 0))
    assert answers.factors == {"caffeine_after_noon": "0", "exercise": None}
    assert answers.tags == ["sauna"]


def test_a_time_starts_unknown_and_typing_sets_it_after_midnight_on_the_next_day(qtbot, make):
    dialog = make()
    dialog.details_button.click()
    field = dialog.time_edits["final_wake_at"]
    assert field.edit.text() == NO_ANSWER
    assert not field.clear_button.isVisible()
    qtbot.keyClicks(field.edit, "0640")  # the first digit replaces the no-answer mark
    assert field.value() == time(6, 40)
    assert field.clear_button.isVisible()
    assert dialog.current_night().final_wake_at == at(25, 6, 40)
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None
    assert dialog.current_night().final_wake_at is None


def test_an_arrow_on_an_unknown_time_starts_from_the_usual_time(qtbot, make):
    dialog = make(bedtime=time(23, 0))
    dialog.details_button.click()
    field = dialog.time_edits["lights_out_at"]
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == time(23, 0)
    assert dialog.current_night().lights_out_at == at(24, 23, 0)


def test_midnight_is_a_real_time_not_unknown(qtbot, make):
    dialog = make()
    field = dialog.time_edits["into_bed_at"]
    field.set_time(time(0, 0))
    assert field.edit.text() == "00:00"
    assert dialog.current_night().into_bed_at == at(25, 0, 0)


def test_fahrenheit_is_shown_and_celsius_stored(qtbot, make):
    dialog = make(fahrenheit=True)
    spin = dialog.temperature_spin
    assert spin.text() == "—"
    spin.stepBy(1)  # from "not recorded" to a usual bedroom, not to 41 °F
    assert spin.text() == "65 °F"
    answers = saved_answers(qtbot, dialog, dialog.save_button.click)
    assert answers.factors == {"room_temperature_c": "18.3"}


def test_ctrl_enter_in_the_note_saves_and_enter_starts_a_line(qtbot, make):
    dialog = make()
    dialog.details_button.click()
    note = dialog.note_edit
    qtbot.keyClicks(note, "Legs calm")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "after the walk")
    answers = saved_answers(
        qtbot,
        dialog,
        lambda: qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    )
    assert answers.night.note == "Legs calm\nafter the walk"


def test_a_failed_save_keeps_the_dialog_open_with_the_reason(qtbot, make):
    dialog = make()
    dialog.saved.connect(lambda _answers: dialog.refuse_save("Not saved: the journal is busy."))
    qtbot.keyClick(dialog.rls_row, Qt.Key.Key_3)
    saved_answers(qtbot, dialog, dialog.save_button.click)
    assert dialog.isVisible()
    assert dialog.status_label.isVisible()
    assert dialog.status_label.text() == "Not saved: the journal is busy."
    assert dialog.rls_row.value() == 3  # nothing typed is lost


def test_a_stored_night_of_another_date_is_refused(qtbot):
    with pytest.raises(ValueError, match="2026-03-23"):
        CheckinDialog(NIGHT, Night(date(2026, 3, 23)), {}, [], [], zone=BERLIN)


# --- validation ----------------------------------------------------------------------------


def test_a_problem_is_shown_next_to_its_field_and_save_is_disabled(qtbot, make):
    dialog = make()
    tab_into(dialog.awakenings_spin)
    qtbot.keyClicks(dialog.awakenings_spin, "1")
    dialog.legs_woke_me_spin.setValue(3)  # the details unfold to show the problem
    error = dialog._errors["legs_woke_me"]
    assert dialog.details.isVisible()
    assert error.isVisible()
    assert error.text() == "3 is more than the awakenings (1)."
    assert not dialog.save_button.isEnabled()
    assert dialog.status_label.isVisible()
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(dialog.rls_row, Qt.Key.Key_Return)
        dialog.save()
    assert dialog.isVisible()
    assert dialog.answers() is None

    qtbot.keyClicks(dialog.awakenings_spin, "3")  # replaces the selected "1"
    assert not error.isVisible()
    assert dialog.save_button.isEnabled()
    assert not dialog.status_label.isVisible()


def test_times_out_of_order_are_explained_under_the_later_time(make):
    dialog = make()
    dialog.time_edits["into_bed_at"].set_time(time(23, 0))
    dialog.time_edits["lights_out_at"].set_time(time(22, 15))
    error = dialog._errors["lights_out_at"]
    assert error.isVisible()
    assert error.text().startswith("Lights out (24 Mar 22:15) comes before got into bed")
    assert not dialog._errors["into_bed_at"].isVisible()
    assert not dialog.save_button.isEnabled()


# --- tags ----------------------------------------------------------------------------------


def test_a_tag_is_added_inline_and_enter_there_does_not_save(qtbot, make):
    made: list[str] = []

    def create_tag(name: str) -> str:
        made.append(name)
        return "tag:" + " ".join(name.split())

    dialog = make(tags=["sauna"], create_tag=create_tag)
    dialog.details_button.click()
    assert not dialog.no_tags_label.isVisible()
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClicks(dialog.tag_edit, "  late   dinner ")
        qtbot.keyClick(dialog.tag_edit, Qt.Key.Key_Return)
    assert made == ["  late   dinner "]
    assert dialog.isVisible()
    assert dialog.tag_edit.text() == ""
    assert dialog.chips["late dinner"].isChecked()
    assert not dialog.chips["sauna"].isChecked()
    # Typing an existing tag switches it on instead of making a second chip.
    qtbot.keyClicks(dialog.tag_edit, "SAUNA")
    dialog.add_tag_button.click()
    assert list(dialog.chips) == ["sauna", "late dinner"]
    assert dialog.chips["sauna"].isChecked()
    answers = saved_answers(qtbot, dialog, dialog.save_button.click)
    assert sorted(answers.tags) == ["late dinner", "sauna"]


def test_an_unusable_tag_name_is_explained_and_not_added(qtbot, make):
    dialog = make()
    dialog.details_button.click()
    assert dialog.no_tags_label.isVisible()
    qtbot.keyClicks(dialog.tag_edit, "x" * 45)
    qtbot.keyClick(dialog.tag_edit, Qt.Key.Key_Return)
    assert dialog.chips == {}
    assert dialog.tag_error.isVisible()
    assert "longer than 40 characters" in dialog.tag_error.text()
    assert dialog.save_button.isEnabled()  # a tag still being typed never blocks the night


def test_chips_are_in_the_tab_order_after_the_factors(make):
    dialog = make(tags=["a walk", "sauna"])
    dialog.details_button.click()
    stops = tab_stops(dialog.arms_combo, 4)
    assert stops == [dialog.chips["a walk"], dialog.chips["sauna"], dialog.tag_edit, stops[3]]


def test_minutes_step_by_five_and_start_from_zero(qtbot, make):
    dialog = make()
    spin = dialog.sleep_onset_spin
    assert spin.text() == NO_ANSWER
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.optional_value() == 0
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.optional_value() == 5


def test_an_evening_without_routine_records_says_so(qtbot):
    dialog = CheckinDialog(NIGHT, None, {}, [], [], zone=BERLIN)
    qtbot.addWidget(dialog)
    assert dialog.routine_label.text() == "The evening routine recorded nothing this night."


def test_typing_does_not_leak_references_to_true(qtbot, make):
    # PySide6 6.12 on Python 3.11 drops a reference to True on every Python-side emit(); a
    # dialog that emitted per keystroke would crash the app after a few thousand. Ours doesn't.
    dialog = make()
    before = sys.getrefcount(True)
    for _ in range(100):
        qtbot.keyClick(dialog.rls_row, Qt.Key.Key_Right)
        qtbot.keyClick(dialog.quality_row, Qt.Key.Key_3)
        dialog.time_edits["into_bed_at"].set_time(time(23, 0))
    assert sys.getrefcount(True) - before > -20
