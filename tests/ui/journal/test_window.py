"""The journal window: calendar selection, list filters, editing emits the right night."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from companion.core.insights import JournalData, make_record
from companion.core.journal import FactorValue, Night
from companion.ui.journal.calendar_view import to_qdate
from companion.ui.journal.window import JournalWindow, JournalWindowState
from tests.ui.snapshots import save_variants, snapshot_dir

START = date(2024, 3, 1)
TZ = timezone(timedelta(hours=1))


def fv(key: str, value: str) -> FactorValue:
    return FactorValue(key, value, "routine")


def sample(count: int = 40) -> JournalData:
    records = []
    for i in range(count):
        day = START + timedelta(days=i)
        factors = {"magnesium": fv("magnesium", "yes" if i % 2 else "no")}
        if i % 5 == 0:
            factors["tag:sauna"] = FactorValue("tag:sauna", "yes", "manual")
        if i % 3 == 0:
            factors |= {
                "stretched": fv("stretched", "yes"),
                "lights_dimmed": fv("lights_dimmed", "yes"),
            }
        note = "calves restless" if i % 4 == 0 else ""
        night = Night(
            day, rls_intensity=i % 11, quality=1 + i % 5, sleep_onset_min=10 + i, note=note
        )
        records.append(make_record(night, factors))
    return JournalData(records, ["tag:sauna"])


@pytest.fixture
def window(qtbot):
    w = JournalWindow(sample(), state=JournalWindowState(tab="calendar"), tz=TZ)
    qtbot.addWidget(w)
    w.show()
    return w


def test_opens_on_the_last_night(window):
    assert window.selected_day() == START + timedelta(days=39)
    assert window.editor.spins["rls_intensity"].optional_value() == 39 % 11


def test_calendar_selection_loads_the_night(window, qtbot):
    day = START + timedelta(days=5)
    window.calendar.setSelectedDate(to_qdate(day))
    assert window.selected_day() == day
    assert window.editor.spins["rls_intensity"].optional_value() == 5
    grid = window.calendar.findChild(QTableView)  # the calendar's own keyboard-driven grid
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert window.selected_day() == day - timedelta(days=1)


def test_calendar_gives_its_height_to_the_nights_not_the_weekday_names(window):
    grid = window.calendar.findChild(QTableView)
    names_row, first_week = grid.rowHeight(0), grid.rowHeight(1)
    assert names_row <= grid.fontMetrics().height() * 2
    assert first_week > 2 * names_row
    weekend = window.calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert weekend == window.calendar.palette().windowText().color()  # not an alarming red


def test_calendar_weeks_start_on_the_users_first_day(qtbot):
    from PySide6.QtCore import QLocale

    from companion.ui.journal.calendar_view import IntensityCalendar

    before = QLocale()
    try:
        for country, first in (
            (QLocale.Country.UnitedStates, Qt.DayOfWeek.Sunday),
            (QLocale.Country.UnitedKingdom, Qt.DayOfWeek.Monday),
        ):
            QLocale.setDefault(QLocale(QLocale.Language.English, country))
            calendar = IntensityCalendar(lambda _day: None)
            qtbot.addWidget(calendar)
            assert calendar.firstDayOfWeek() == first
    finally:
        QLocale.setDefault(before)


def test_list_filters_by_note_factor_tag_and_dates(window):
    lst = window.list
    assert lst.proxy.rowCount() == 40
    lst.search.setText("calves")
    assert lst.proxy.rowCount() == 10
    lst.search.clear()
    lst.tag.setCurrentIndex(lst.tag.findData("tag:sauna"))
    assert lst.proxy.rowCount() == 8
    lst.tag.setCurrentIndex(0)
    lst.factor.setCurrentIndex(lst.factor.findText("Magnesium: done"))
    assert lst.proxy.rowCount() == 20
    lst.clear_filters()
    lst.first.setDate(to_qdate(START + timedelta(days=30)))
    assert lst.proxy.rowCount() == 10
    assert lst.count.text() == "10 of 40 nights"


def test_list_selection_follows_into_the_editor(window):
    window.tabs.setCurrentIndex(1)
    window.list.view.selectRow(3)  # newest first
    assert window.selected_day() == START + timedelta(days=36)


def test_editing_emits_the_validated_night(window, qtbot):
    editor = window.editor
    editor.spins["rls_intensity"].set_optional_value(2)
    editor.times["into_bed_at"].setText("22:30")
    editor.times["out_of_bed_at"].setText("06:45")
    editor.yes_no["magnesium"].setCurrentText("no")
    editor.tags.setText("late dinner")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(window.night_edited) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    night, factors = blocker.args
    assert night.night == START + timedelta(days=39)
    assert night.rls_intensity == 2
    assert night.into_bed_at == datetime(2024, 4, 9, 22, 30, tzinfo=TZ)
    assert night.out_of_bed_at == datetime(2024, 4, 10, 6, 45, tzinfo=TZ)
    assert factors == {"magnesium": "no", "tag:late dinner": "yes"}


def _evening_details(fahrenheit: bool) -> JournalWindow:
    day = START
    factors = {
        "magnesium": fv("magnesium", "yes"),
        "magnesium_dose_mg": fv("magnesium_dose_mg", "300"),
        "magnesium_time": fv("magnesium_time", "2024-03-01T21:02+01:00"),
        "exercise": FactorValue("exercise", "light", "manual"),
        "room_temperature_c": FactorValue("room_temperature_c", "18.5", "manual"),
    }
    data = JournalData([make_record(Night(day, rls_intensity=3), factors)], [])
    return JournalWindow(data, tz=TZ, fahrenheit=fahrenheit)


@pytest.mark.parametrize("fahrenheit", [False, True])
def test_editor_shows_the_evening_details_and_leaves_them_alone_unless_changed(qtbot, fahrenheit):
    window = _evening_details(fahrenheit)
    qtbot.addWidget(window)
    editor = window.editor
    assert editor.dose.text() == "300 mg"
    assert editor.magnesium_time.text() == "21:02"
    assert editor.exercise.currentText() == "Light"
    assert editor.temperature.text() == ("65 °F" if fahrenheit else "18.5 °C")
    editor.spins["rls_intensity"].set_optional_value(4)
    with qtbot.waitSignal(window.night_edited) as blocker:
        editor.save()
    night, factors = blocker.args
    assert night.rls_intensity == 4
    assert factors == {}  # 18.5 °C shown as 65 °F is still 18.5 °C in the journal


def test_editor_saves_changed_evening_details_in_the_journals_form(qtbot):
    window = _evening_details(fahrenheit=True)
    qtbot.addWidget(window)
    editor = window.editor
    editor.dose.set_optional_value(400)
    editor.magnesium_time.setText("20:45")
    editor.exercise.setCurrentIndex(editor.exercise.findData("vigorous"))
    editor.temperature.setValue(68)
    with qtbot.waitSignal(window.night_edited) as blocker:
        editor.save()
    _night, factors = blocker.args
    assert factors == {
        "magnesium_dose_mg": "400",
        "magnesium_time": "2024-03-01T20:45+01:00",
        "exercise": "vigorous",
        "room_temperature_c": "20",
    }
    editor.magnesium_time.setText("8 pm")
    assert not editor.save_button.isEnabled()
    assert "not a time like 22:30" in editor.problems.text()


def test_invalid_night_cannot_be_saved(window, qtbot):
    editor = window.editor
    editor.times["into_bed_at"].setText("23:30")
    editor.times["lights_out_at"].setText("22:00")
    assert not editor.save_button.isEnabled()
    assert "comes before" in editor.problems.text()
    editor.times["lights_out_at"].setText("25:99")
    assert not editor.save_button.isEnabled()
    with qtbot.assertNotEmitted(window.night_edited):
        editor.save()


def test_update_record_refreshes_views(window):
    day = START + timedelta(days=39)
    record = make_record(Night(day, rls_intensity=0, note="slept well"), {})
    window.update_record(record)
    assert window.data_.get(day).night.note == "slept well"
    window.list.search.setText("slept well")
    assert window.list.proxy.rowCount() == 1


def test_insights_and_experiment_tabs_grey_small_samples(window):
    window.tabs.setCurrentIndex(3)
    table = window.insights.table
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    sauna = labels.index("Tag: sauna (tagged / not tagged)")
    assert (
        table.item(sauna, 6).text() == "tends to be worse"
        or table.item(sauna, 1).text() == "8 / 32"
    )
    alcohol = next(r for r, t in enumerate(labels) if t.startswith("Alcohol"))
    assert table.item(alcohol, 6).text() == "not enough nights yet"
    assert table.item(alcohol, 0).font().italic()
    window.tabs.setCurrentIndex(4)
    window.experiment.start.setDate(to_qdate(START + timedelta(days=20)))
    assert window.experiment.table.item(0, 1).text() == "20"  # baseline nights with a score
    assert window.experiment.table.item(0, 3).text() == "20"


def test_what_helps_me_compares_the_chosen_period_and_remembers_it(window, qtbot):
    window.tabs.setCurrentIndex(3)
    insights = window.insights
    assert insights.period.currentText() == "All nights"

    def sauna_counts() -> str:
        table = insights.table
        row = next(
            r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("Tag: sauna")
        )
        return table.item(row, 1).text()

    assert sauna_counts() == "8 / 32"  # all 40 nights: every fifth was a sauna night
    with qtbot.waitSignal(window.state_changed) as blocker:
        insights.period.setCurrentIndex(insights.period.findData(30))
    assert sauna_counts() == "6 / 24"  # the last 30 nights only
    assert blocker.args[0].insights_range == 30
    again = JournalWindow(sample(), state=JournalWindowState.from_dict(blocker.args[0].to_dict()))
    qtbot.addWidget(again)
    assert again.insights.period.currentText() == "Last 30 nights"


def test_state_round_trips_and_report_signal(window, qtbot):
    window.tabs.setCurrentIndex(2)
    window.charts.set_range(90)
    state = window.state()
    assert state.tab == "charts" and state.chart_range == 90
    again = JournalWindowState.from_dict(state.to_dict())
    assert again == state
    assert JournalWindowState.from_dict({"tab": "nope", "width": "x"}) == JournalWindowState()
    with qtbot.waitSignal(window.report_requested) as blocker:
        window.request_report("/tmp/summary")
    assert blocker.args == ["/tmp/summary.pdf", 30]


def test_keyboard_switches_tabs(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


@pytest.mark.parametrize("tab", ["calendar", "list", "charts", "insights", "experiment"])
def test_window_snapshots(qtbot, tmp_path, tab):
    def make():
        return JournalWindow(
            sample(120),
            state=JournalWindowState(
                tab=tab, chart_range=90, experiment_start=START + timedelta(days=60)
            ),
            tz=UTC,
        )

    saved = save_variants(make, f"journal-{tab}", snapshot_dir(tmp_path), qtbot)
    assert saved[("dark", 2)].exists()


def test_empty_journal_opens(qtbot):
    w = JournalWindow(JournalData([]), tz=TZ)
    qtbot.addWidget(w)
    w.show()
    assert "No nights yet" in w.calendar_summary.text()
    w.tabs.setCurrentIndex(3)
    w.tabs.setCurrentIndex(4)
