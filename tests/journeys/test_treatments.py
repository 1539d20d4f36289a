"""The journal's "Medicines and tests" page against a real journal: add, stop, test results."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QDate

from companion.core.insights import JournalData
from companion.core.rls_records import LabResult, MedicationCourse
from companion.journeys.journal import connect_treatments, show_rls_records
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths
from companion.ui.journal.window import JournalWindow, JournalWindowState
from companion.ui.widgets.words import NO_ANSWER

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 25, 9, 0, tzinfo=TZ)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


@pytest.fixture
def window(qtbot, store: JournalStore) -> JournalWindow:
    w = JournalWindow(JournalData([], []), state=JournalWindowState(tab="treatments"), tz=TZ)
    qtbot.addWidget(w)
    show_rls_records(w, store)
    connect_treatments(w, store)
    w.show()
    return w


def test_a_medicine_added_on_the_page_is_stored_and_listed(qtbot, window, store) -> None:
    page = window.treatments
    qtbot.keyClicks(page.name_edit, "pramipexole")
    page.dose_spin.setValue(0.25)
    page.from_edit.setDate(QDate(2026, 3, 1))
    page.at_edit.set_time(time(20, 0))
    page.add_button.click()
    assert store.medications() == [
        MedicationCourse("pramipexole", 0.25, "mg", date(2026, 3, 1), None, time(20, 0))
    ]
    assert page.medicines.item(0, 1).text() == "0.25 mg"
    assert page.name_edit.text() == ""


def test_stopping_a_medicine_sets_its_last_day(window, store) -> None:
    store.add_medication(MedicationCourse("ropinirole", 1, "mg", date(2026, 1, 1), None, None))
    show_rls_records(window, store)
    page = window.treatments
    assert page.stop_combo.currentText() == "ropinirole"
    page.stop_edit.setDate(QDate(2026, 3, 20))
    page.stop_button.click()
    assert store.medications()[0].end == date(2026, 3, 20)
    assert not page.stop_button.isEnabled()  # nothing left to stop


def test_a_test_result_is_stored_and_an_empty_one_refused(window, store) -> None:
    page = window.treatments
    page.lab_button.click()
    assert page.problem.isVisible() and store.labs() == []
    page.lab_date.setDate(QDate(2026, 3, 10))
    page.ferritin_spin.setValue(48)
    page.lab_button.click()
    assert store.labs() == [LabResult(date(2026, 3, 10), 48.0, None)]
    assert [page.labs.item(0, c).text() for c in (1, 2)] == ["48", NO_ANSWER]


def test_the_help_cites_the_guideline_and_gives_no_advice(window) -> None:
    from companion.ui.journal.treatments_page import IRON_HELP

    assert "75 ng/mL" in IRON_HELP and "20 %" in IRON_HELP and "10.5664/jcsm.11390" in IRON_HELP
    assert "clinician" in IRON_HELP and "does not advise" in IRON_HELP
