"""The nights as insights see them: each night with its factors and its evening's routine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from companion.core.events import RoutineEvent
from companion.core.journal import TAG_PREFIX, FactorValue, Night, sleep_efficiency_pct
from companion.core.words import QT_TRANSLATE_NOOP

ROUTINE_STEPS: tuple[str, ...] = ("magnesium", "stretch", "lights")
# Shown translated: translate("Steps", ROUTINE_LABELS[step]) (the same words as STEP_LABELS).
ROUTINE_LABELS: dict[str, str] = {
    "magnesium": QT_TRANSLATE_NOOP("Steps", "Magnesium"),
    "stretch": QT_TRANSLATE_NOOP("Steps", "Stretches"),
    "lights": QT_TRANSLATE_NOOP("Steps", "Lights dimmed"),
}
_STEP_FACTOR = {"magnesium": "magnesium", "stretch": "stretched", "lights": "lights_dimmed"}


def routine_status(
    factors: Mapping[str, FactorValue], events: Iterable[RoutineEvent] = ()
) -> dict[str, bool | None]:
    """Each routine step of one evening: True done, False not done, None nothing recorded.

    A "done" answer to the step's prompt or a yes factor counts as done; stretches also count
    when every planned hold was done. A skipped, missed or partial prompt, or a "no" factor,
    counts as not done unless something else says done.
    """
    status: dict[str, bool | None] = dict.fromkeys(ROUTINE_STEPS)
    for event in events:
        if event.step in status and event.answer is not None and event.answer != "snoozed":
            done = event.answer == "done"
            status[event.step] = bool(status[event.step]) or done
    for step, key in _STEP_FACTOR.items():
        fv = factors.get(key)
        if fv is not None:
            status[step] = bool(status[step]) or fv.value == "yes"
    done_holds, planned = factors.get("stretch_holds_done"), factors.get("stretch_holds_planned")
    if done_holds is not None and planned is not None and status["stretch"] is not True:
        status["stretch"] = int(planned.value) > 0 and int(done_holds.value) >= int(planned.value)
    return status


@dataclass(frozen=True, slots=True)
class NightRecord:
    """Everything insights need about one night: the answers, the factors, the routine."""

    night: Night
    factors: Mapping[str, FactorValue] = field(default_factory=dict)
    routine: Mapping[str, bool | None] = field(default_factory=dict)

    @property
    def day(self) -> date:
        return self.night.night

    @property
    def routine_done(self) -> bool:
        """The whole routine (magnesium, stretches, lights) was done that evening."""
        return all(self.routine.get(step) is True for step in ROUTINE_STEPS)

    def outcome(self, key: str) -> float | None:
        if key == "sleep_efficiency_pct":
            return sleep_efficiency_pct(self.night)
        value = getattr(self.night, key)
        return None if value is None else float(value)


def make_record(
    night: Night,
    factors: Mapping[str, FactorValue] | None = None,
    events: Iterable[RoutineEvent] = (),
) -> NightRecord:
    factors = factors or _NO_FACTORS
    status = routine_status(factors, events)
    # 27 possible routines: 3,650 records share them instead of holding a dict each.
    return NightRecord(night, factors, _ROUTINES.setdefault(tuple(status.values()), status))


# Shared by every record, read-only by type (Mapping): never mutate them.
_NO_FACTORS: Mapping[str, FactorValue] = {}
_ROUTINES: dict[tuple[bool | None, ...], Mapping[str, bool | None]] = {}


@dataclass
class JournalData:
    """Every night with its factors and routine, oldest first, plus the tags defined.

    Plain data for the journal window, its charts and the PDF report; built by
    `companion.journeys.journal.load_journal_data` from the store.
    """

    records: list[NightRecord]
    tags: list[str] = field(default_factory=list)
    # Names people gave their own steps ("custom:caffeine" -> "Last coffee of the day").
    titles: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.records.sort(key=lambda r: r.day)
        self._index = {r.day: i for i, r in enumerate(self.records)}

    def get(self, day: date) -> NightRecord | None:
        i = self._index.get(day)
        return None if i is None else self.records[i]

    def put(self, record: NightRecord) -> None:
        """Add or replace one night (after an edit was saved)."""
        i = self._index.get(record.day)
        if i is not None:
            self.records[i] = record
        else:
            self.records.append(record)
            self.__post_init__()
        for key in record.factors:
            if key.startswith(TAG_PREFIX) and key not in self.tags:
                self.tags.append(key)
                self.tags.sort()

    @property
    def last_night(self) -> date | None:
        return self.records[-1].day if self.records else None

    def between(self, first: date | None, last: date | None) -> list[NightRecord]:
        return [
            r
            for r in self.records
            if (first is None or r.day >= first) and (last is None or r.day <= last)
        ]

    def outcome_points(self, key: str) -> list[tuple[date, float | None]]:
        return [(r.day, r.outcome(key)) for r in self.records]

    def routine_points(self, step: str) -> list[tuple[date, bool | None]]:
        return [(r.day, r.routine.get(step)) for r in self.records]
