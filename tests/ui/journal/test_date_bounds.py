"""The journal's date inputs stay within the years the journal keeps (1900–2200)."""

from __future__ import annotations

from datetime import date, timedelta, timezone

from companion.core.insights import JournalData, make_record
from companion.core.journal import Night
from companion.ui.journal.calendar_view import FIRST_NIGHT, LAST_NIGHT, to_date, to_qdate
from companion.ui.journal.window import JournalWindow, JournalWindowState

TZ = timezone(timedelta(hours=1))


def test_the_window_opens_at_the_latest_month_it_can_show(qtbot):
    nights = [Night(date(2026, 3, 7), rls_intensity=4), Night(date(9999, 12, 31), quality=3)]
    data = JournalData([make_record(n, {}, ()) for n in nights], [])
    window = JournalWindow(data, state=JournalWindowState(tab="calendar"), tz=TZ)
    qtbot.addWidget(window)
    assert (window.calendar.yearShown(), window.calendar.monthShown()) == (2026, 3)
    assert window.selected_day() == date(2026, 3, 7)
    window.calendar.setSelectedDate(to_qdate(date(9999, 12, 31)))  # e.g. typed or paged to
    assert to_date(window.calendar.selectedDate()) <= LAST_NIGHT
    assert window.calendar.minimumDate() == to_qdate(FIRST_NIGHT)
    start = window.experiment.start
    assert to_date(start.minimumDate()) == FIRST_NIGHT
    assert to_date(start.maximumDate()) == LAST_NIGHT
