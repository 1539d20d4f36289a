"""The journal-browsing journey: open the window on everything stored, save its edits, remember
its size and tab, and write the clinician's PDF when asked.

The window never touches the store (DESIGN §3): `load_journal_data` reads everything once,
`connect_window` saves each edit and shows the night as it is now stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from companion.core.custom_steps import step_titles
from companion.core.insights import NightRecord
from companion.core.journal import Night
from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.core.words import translate
from companion.journeys.host import AppHost
from companion.journeys.journal_data import load_journal_data, load_record
from companion.services.memory import delete_and_release
from companion.store.errors import StoreError
from companion.store.journal_store import JournalStore
from companion.ui.present import present

if TYPE_CHECKING:
    from companion.ui.journal.window import JournalWindow, JournalWindowState

# The window's size and tab, kept between openings under this name in the state folder.
WINDOW_STATE = "journal-window"


def apply_edit(store: JournalStore, night: Night, factors: Mapping[str, str | None]) -> NightRecord:
    """Save an edited night (validated again by the store) and return it as now stored."""
    store.save_night(night, dict(factors), source="manual")
    return load_record(store, night.night)


class _Window(Protocol):
    night_edited: Any

    def update_record(self, record: NightRecord) -> None: ...

    def show_problem(self, message: str) -> None: ...


def connect_window(window: _Window, store: JournalStore) -> None:
    """Save the window's edits to `store` and show the saved night (or the store's refusal)."""

    def save(night: Night, factors: Mapping[str, str | None]) -> None:
        try:
            window.update_record(apply_edit(store, night, factors))
        except ValueError as exc:  # JournalValueError: the store judged the night differently
            window.show_problem(str(exc))
        except StoreError as exc:  # a locked, full or damaged journal: tell, keep running
            window.show_problem(
                translate("Journal", "The night could not be saved: {reason}").format(reason=exc)
            )

    window.night_edited.connect(save)


class _TreatmentsWindow(Protocol):
    treatments: Any

    def set_rls_records(
        self, medications: list[MedicationCourse], labs: list[LabResult], episodes: list[Episode]
    ) -> None: ...


def show_rls_records(window: _TreatmentsWindow, store: JournalStore) -> None:
    """Hand the window the medicines, iron tests and episodes the journal holds now."""
    window.set_rls_records(store.medications(), store.labs(), store.episodes())


def connect_treatments(window: _TreatmentsWindow, store: JournalStore) -> None:
    """Store what the "Medicines and tests" page's forms give, then show the lists anew; a
    refusal (a bad value, no open course) is shown on the page and nothing is written."""
    page = window.treatments

    def stored(write: Callable[[], None]) -> None:
        try:
            write()
        except (ValueError, StoreError) as exc:  # ValueError: JournalValueError
            page.show_problem(translate("Journal", "Not saved: {reason}").format(reason=exc))
            return
        show_rls_records(window, store)
        page.clear_forms()

    page.medication_added.connect(lambda c: stored(lambda: store.add_medication(c)))
    page.medication_stopped.connect(lambda n, on: stored(lambda: store.stop_medication(n, on)))
    page.lab_added.connect(lambda r: stored(lambda: store.add_lab(r)))


class JournalJourney(QObject):
    """One journal window at a time; its edits saved, its state remembered, its report written."""

    def __init__(self, host: AppHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.window: JournalWindow | None = None

    def open(self) -> None:
        if self.window is not None:
            present(self.window)
            return
        from companion.services.locale_units import uses_fahrenheit
        from companion.store.ui_state import load_ui_state
        from companion.ui.journal.window import JournalWindow, JournalWindowState

        state = JournalWindowState.from_dict(load_ui_state(self.host.paths.state_dir, WINDOW_STATE))
        window = JournalWindow(
            load_journal_data(
                self.host.journal, titles=step_titles(self.host.settings.custom_steps)
            ),
            state=state,
            tz=self.host.zone(),
            fahrenheit=uses_fahrenheit(self.host.settings),
        )
        connect_window(window, self.host.journal)
        window.editor.bedtime_for = self.host.settings.bedtime_for
        window.treatments.set_today(self.host.clock.now().astimezone(self.host.zone()).date())
        show_rls_records(window, self.host.journal)
        connect_treatments(window, self.host.journal)
        window.report_requested.connect(self.write_report)
        window.closed.connect(self._closed)
        self.window = window
        present(window)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _closed(self, state: JournalWindowState) -> None:
        from companion.store.ui_state import save_ui_state

        # Only the window's size and tab: a failure is not worth bothering the user about.
        with contextlib.suppress(OSError):
            save_ui_state(self.host.paths.state_dir, WINDOW_STATE, state.to_dict())
        if self.window is not None:
            # Once Qt has really deleted the window (and its 3,650 nights), hand memory back.
            delete_and_release(self.window)
            self.window = None

    def write_report(self, path: str, days: int) -> None:
        """ "Save PDF report…": the last `days` nights, and a word on how it went."""
        from companion.journeys.report import write_report

        today = self.host.clock.now().astimezone(self.host.zone()).date()
        try:
            pages = write_report(self.host.journal, Path(path), days, today)
        except (ValueError, OSError) as exc:
            self.host.tell(
                translate("Journal", "The report could not be written: {reason}").format(reason=exc)
            )
            return
        self.host.tell(
            translate("Journal", "Your report (%n pages) is saved as {path}.", None, pages).format(
                path=path
            )
        )
