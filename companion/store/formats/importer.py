"""`import`: which format a file is in, reading it whole, then applying it in one transaction.

All or nothing: a file is read and checked in full first, then applied in one transaction; the
first bad row raises `ImportFileError` ("file:line: column: what is wrong") and nothing is
written. A dry run applies it the same way and rolls it back, so its counts are real.
Importing the same file twice changes nothing the second time. Routine events are added unless
the journal already holds an identical one (as many times). What a file means for the nights
it holds is said by each format's module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from companion.core.events import RoutineEvent
from companion.core.journal import (
    NIGHT_FIELDS,
    TAG_PREFIX,
    FactorValue,
    JournalValueError,
    Night,
    night_field_to_text,
    night_problems,
)
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.store.formats.batch import Batch, FileKind, ImportFileError, NightUpdate, decode
from companion.store.formats.limits import FileTooOddError, read_regular_file
from companion.store.formats.our_csv import parse_csv
from companion.store.formats.our_json import parse_json
from companion.store.formats.sleep_as_android import (
    HEADER_START,
    SAA_MEMBER,
    parse_saa,
    saa_from_zip,
)
from companion.store.journal_store import JournalStore

R = TypeVar("R")

_KIND_NAMES: dict[FileKind, str] = {
    "csv": QT_TRANSLATE_NOOP("Import", "Bedtime Companion CSV"),
    "json": QT_TRANSLATE_NOOP("Import", "Bedtime Companion JSON"),
    "saa": QT_TRANSLATE_NOOP("Import", "Sleep as Android export"),
}


@dataclass
class ImportSummary:
    """What an import did (or, for a dry run, would do)."""

    kind: FileKind
    dry_run: bool
    nights_added: int = 0
    nights_changed: int = 0
    nights_unchanged: int = 0
    events_added: int = 0
    tags_added: int = 0
    records_added: int = 0  # medicine courses, lab results and episodes
    notes: list[str] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.nights_added or self.nights_changed or self.events_added or self.records_added
        )

    def lines(self) -> list[str]:
        # Whole sentences for a dry run and for a real one: never a verb glued onto a fragment.
        counts = {
            "kind": translate("Import", _KIND_NAMES[self.kind]),
            "changed": self.nights_changed,
            "unchanged": self.nights_unchanged,
            "events": self.events_added,
            "tags": self.tags_added,
            "records": self.records_added,
        }
        added = self.nights_added  # a plain name: lupdate misses a plural counted by an expression
        if self.dry_run:
            nights = translate(
                "Import",
                "{kind}: would add %n nights, would change {changed}, {unchanged} already up to "
                "date.",
                None,
                added,
            )
            events = translate(
                "Import", "Routine events: would add {events}. New tags: would add {tags}."
            )
            records = translate(
                "Import", "Medicines, lab results and episodes: would add {records}."
            )
        else:
            nights = translate(
                "Import",
                "{kind}: added %n nights, changed {changed}, {unchanged} already up to date.",
                None,
                added,
            )
            events = translate("Import", "Routine events: added {events}. New tags: added {tags}.")
            records = translate("Import", "Medicines, lab results and episodes: added {records}.")
        lines = [nights.format(**counts), events.format(**counts)]
        if self.kind == "json":
            lines.append(records.format(**counts))
        if self.dry_run:
            lines.append(translate("Import", "Dry run: nothing was written."))
        return lines + self.notes


def import_file(store: JournalStore, path: Path, *, dry_run: bool = False) -> ImportSummary:
    """Import `path` into `store` (all or nothing); ImportFileError for a bad file."""
    name = str(path)
    try:
        data = read_regular_file(path)
    except FileTooOddError as exc:
        raise ImportFileError(name, None, "", str(exc)) from None
    except OSError as exc:
        raise ImportFileError(
            name,
            None,
            "",
            translate("Import", "cannot be read: {cause}").format(cause=exc.strerror),
        ) from None
    batch = parse_bytes(data, name)
    if dry_run:
        with store.rolled_back():
            return _apply(store, batch, dry_run=True)
    with store.transaction():
        return _apply(store, batch, dry_run=False)


def parse_bytes(data: bytes, name: str) -> Batch:
    """Read and check a whole file (no journal needed) — the first half of an import."""
    if data[:4] == b"PK\x03\x04":
        return parse_saa(saa_from_zip(data, name), f"{name}/{SAA_MEMBER}")
    text = decode(data, name)
    if text.lstrip()[:1] == "{":
        return parse_json(text, name)
    if text.startswith(HEADER_START):
        return parse_saa(text, name)
    return parse_csv(text, name)


class _Journal:
    """The journal as the import goes: nights, factors and tags, updated as they are written."""

    def __init__(self, store: JournalStore) -> None:
        self.tags = {m.key for m in store.factor_definitions() if m.is_tag}
        self.nights = {n.night: n for n in store.nights()}
        self.factors = store.all_factors()


def _apply(store: JournalStore, batch: Batch, *, dry_run: bool) -> ImportSummary:
    summary = ImportSummary(batch.kind, dry_run)
    journal = _Journal(store)
    for key in batch.tags:
        if key not in journal.tags:
            store.add_tag(key.removeprefix(TAG_PREFIX))
            journal.tags.add(key)
            summary.tags_added += 1
    for update in batch.nights:
        _apply_night(store, batch, update, journal, summary)
    have = Counter(store.all_events())
    new_events: list[RoutineEvent] = []
    for event in batch.events:
        if have[event] > 0:
            have[event] -= 1  # one copy in the journal answers for one copy in the file
        else:
            new_events.append(event)
    if new_events:
        store.add_events(new_events)
    summary.events_added = len(new_events)
    summary.records_added = _apply_records(store, batch)
    return summary


def _apply_records(store: JournalStore, batch: Batch) -> int:
    """Add the file's medicine courses, lab results and episodes the journal lacks (as often)."""
    return (
        _add_missing(store.medications(), batch.medications, store.add_medication)
        + _add_missing(store.labs(), batch.labs, store.add_lab)
        + _add_missing(store.episodes(), batch.episodes, store.add_episode)
    )


def _add_missing(have: list[R], new: list[R], add: Callable[[R], None]) -> int:
    counts = Counter(have)
    added = 0
    for record in new:
        if counts[record] > 0:
            counts[record] -= 1  # one copy in the journal answers for one copy in the file
        else:
            add(record)
            added += 1
    return added


def _night_text(n: Night) -> tuple[str, ...]:
    # Compare as stored text: the same instant with another UTC offset is still a change.
    return tuple(night_field_to_text(m, getattr(n, m.key)) for m in NIGHT_FIELDS)


def _apply_night(
    store: JournalStore,
    batch: Batch,
    update: NightUpdate,
    journal: _Journal,
    summary: ImportSummary,
) -> None:
    base = journal.nights.get(update.night)
    start = base or Night(update.night)
    changes = update.fields
    if update.fill_only_empty:
        changes = {k: v for k, v in changes.items() if getattr(start, k) is None}
    target = start.replace(**changes)
    # Our own files are checked once, by save_night below; another app's times are
    # checked first because a clash with the user's entries is skipped, not refused.
    problems = night_problems(target) if update.fill_only_empty else []
    if problems:
        summary.notes.append(
            translate(
                "Import",
                "{night}: kept the times already in the journal ({problem} with the imported "
                "ones).",
            ).format(night=update.night, problem=problems[0].message)
        )
        target = start
    current = journal.factors.get(update.night, {})
    wanted = _wanted_factors(update, current)
    for key in wanted:
        if key.startswith(TAG_PREFIX) and key not in journal.tags:
            journal.tags.add(key)
            summary.tags_added += 1
    night_changed = base is None or _night_text(target) != _night_text(base)
    factors_changed = wanted != current
    if night_changed:
        try:
            store.save_night(target)
        except JournalValueError as exc:
            line = batch.line_of(update)
            raise ImportFileError(batch.file, line, exc.field, exc.message) from None
    if factors_changed:
        store.write_factor_values(
            update.night,
            [fv for k, fv in wanted.items() if current.get(k) != fv],
            [k for k in current if k not in wanted],
        )
    if base is None:
        summary.nights_added += 1
    elif night_changed or factors_changed:
        summary.nights_changed += 1
    else:
        summary.nights_unchanged += 1
    journal.nights[update.night] = target
    journal.factors[update.night] = wanted


def _wanted_factors(update: NightUpdate, current: dict[str, FactorValue]) -> dict[str, FactorValue]:
    """The night's factors once the update is applied."""
    wanted: dict[str, FactorValue] = {} if update.replace_all_factors else dict(current)
    for key, fv in update.factors.items():
        if fv is None:
            wanted.pop(key, None)
        elif key in current and current[key].value == fv.value:
            wanted[key] = current[key]  # same value: keep where it first came from
        else:
            wanted[key] = fv
    return wanted
