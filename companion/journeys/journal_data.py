"""The journal as the window and the report read it: nights, factors and events in one pass.

No widgets: the `report` command uses it too, and must start without QtWidgets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from companion.core.events import RoutineEvent
from companion.core.insights import JournalData, NightRecord, make_record
from companion.core.journal import TAG_PREFIX, Night
from companion.store.journal_store import JournalStore


def load_journal_data(
    store: JournalStore,
    start: date | None = None,
    end: date | None = None,
    titles: Mapping[str, str] | None = None,
) -> JournalData:
    """Nights, factors and routine events in three queries (one pass each)."""
    nights = store.nights(start, end)
    factors = store.all_factors(start, end)
    events: dict[date, list[RoutineEvent]] = defaultdict(list)
    for event in store.all_events():
        if (start is None or event.night >= start) and (end is None or event.night <= end):
            events[event.night].append(event)
    records = [make_record(n, factors.get(n.night), events.get(n.night, ())) for n in nights]
    tags = sorted(m.key for m in store.factor_definitions() if m.key.startswith(TAG_PREFIX))
    return JournalData(records, tags, dict(titles or {}))


def load_record(store: JournalStore, day: date) -> NightRecord:
    night = store.get_night(day) or Night(day)
    return make_record(night, store.factors_for(day), store.events_for_night(day))
