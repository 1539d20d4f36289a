"""Between the journal store and the journal window: load everything once, apply edits.

No widgets here (the window is passed in by the app); the window itself never touches the
store (DESIGN §3). The app calls:

    data = load_journal_data(store)
    window = JournalWindow(data, state=..., tz=local_zone)
    connect_window(window, store)         # edits are saved, the window refreshed

and `write_report` (companion/report_command.py) for the "Save PDF report…" button.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any, Protocol

from companion.core.events import RoutineEvent
from companion.core.insights import JournalData, NightRecord, make_record
from companion.core.journal import TAG_PREFIX, Night
from companion.store.journal_store import JournalStore


def load_journal_data(
    store: JournalStore, start: date | None = None, end: date | None = None
) -> JournalData:
    """Nights, factors and routine events in three queries (one pass each)."""
    nights = store.nights(start, end)
    factors = store.all_factors(start, end)
    events: dict[date, list[RoutineEvent]] = defaultdict(list)
    for event in store.all_events():
        if (start is None or event.night >= start) and (end is None or event.night <= end):
            events[event.night].append(event)
    records = [make_record(n, factors.get(n.night, {}), events.get(n.night, ())) for n in nights]
    tags = sorted(m.key for m in store.factor_definitions() if m.key.startswith(TAG_PREFIX))
    return JournalData(records, tags)


def load_record(store: JournalStore, day: date) -> NightRecord:
    night = store.get_night(day) or Night(day)
    return make_record(night, store.factors_for(day), store.events_for_night(day))


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
        except Exception as exc:  # JournalStoreError and sqlite errors: tell, keep running
            window.show_problem(f"The night could not be saved: {exc}")

    window.night_edited.connect(save)
