"""`import`: our own CSV and JSON exports, and Sleep as Android's `sleep-export` (.zip or .csv).

All or nothing: a file is read and checked in full first, then applied in one transaction; the
first bad row raises `ImportFileError` ("file:line: column: what is wrong") and nothing is
written. Importing the same file twice changes nothing the second time.

What a file means for the nights it contains:
- our CSV: the columns it has replace those fields and factors of each night in it (an empty
  cell clears); columns it lacks are left alone; derived columns are ignored (recomputed).
- our JSON: likewise for night fields; a night's `factors` object, when present, is that
  night's complete set of factors, each keeping the source it records.
- Sleep as Android: each record's start and end (from its epoch `Id` and `Hours`, so no DST
  guessing) go to into-bed and out-of-bed of the night it began in; records of one night are
  spanned (earliest start, latest end). They only fill fields that are still empty — a time
  the user entered is never overwritten. Its 0–5 rating is kept as the `saa_rating` factor,
  never as our quality score; its hashtags become tags. Its free-text comment is not imported.
Routine events are added unless the journal already holds an identical one (as many times).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.core.events import ANSWERS, Answer, RoutineEvent
from companion.core.journal import (
    DERIVED,
    MEASURE_BY_KEY,
    NIGHT_FIELDS,
    SOURCES,
    TAG_PREFIX,
    FactorValue,
    JournalValueError,
    Measure,
    Night,
    Source,
    measure_for_factor,
    night_field_from_text,
    night_field_to_text,
    night_for,
    night_problems,
    parse_time,
    parse_value,
    tag_key,
)
from companion.store.formats.export import SCHEMA_VERSION
from companion.store.journal_store import JournalStore

SAA_MEMBER = "sleep-export.csv"
MAX_SAA_BYTES = 256 * 1024 * 1024  # a decade of actigraphy is far less; guards against zip bombs
STEP_MAX = 40

FileKind = Literal["csv", "json", "saa"]
_KIND_NAMES: dict[FileKind, str] = {
    "csv": "Bedtime Companion CSV",
    "json": "Bedtime Companion JSON",
    "saa": "Sleep as Android export",
}


class ImportFileError(ValueError):
    """A file that cannot be imported; str() is "file:line: column: what is wrong"."""

    def __init__(self, file: str, line: int | None, column: str, problem: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        super().__init__(
            f"{self.location}: {column}: {problem}" if column else f"{self.location}: {problem}"
        )

    def at_line(self, line: int) -> ImportFileError:
        return ImportFileError(self.file, line, self.column, self.problem)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else self.file


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
    notes: list[str] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(self.nights_added or self.nights_changed or self.events_added)

    def lines(self) -> list[str]:
        add, change = ("would add", "would change") if self.dry_run else ("added", "changed")
        lines = [
            f"{_KIND_NAMES[self.kind]}: {add} {_count(self.nights_added, 'night')}, "
            f"{change} {self.nights_changed}, {self.nights_unchanged} already up to date.",
            f"Routine events: {add} {self.events_added}. New tags: {add} {self.tags_added}.",
        ]
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return lines + self.notes


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class _NightUpdate:
    night: date
    line: int  # for JSON: the index in "nights" until a message needs the line (_Batch.line_of)
    fields: dict[str, object] = field(default_factory=dict)
    factors: dict[str, FactorValue | None] = field(default_factory=dict)
    replace_all_factors: bool = False
    fill_only_empty: bool = False


@dataclass
class _Batch:
    kind: FileKind
    file: str
    nights: list[_NightUpdate] = field(default_factory=list)
    events: list[RoutineEvent] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    json_text: str | None = None

    def line_of(self, update: _NightUpdate) -> int:
        if self.json_text is None:
            return update.line
        return _element_lines(self.json_text, "nights")[update.line]


# --- entry point ------------------------------------------------------------------------------


def import_file(store: JournalStore, path: Path, *, dry_run: bool = False) -> ImportSummary:
    """Import `path` into `store` (all or nothing); ImportFileError for a bad file."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(name, None, "", f"cannot be read: {exc.strerror}") from None
    batch = parse_bytes(data, name)
    if dry_run:
        with store.rolled_back():
            return _apply(store, batch, dry_run=True)
    with store.transaction():
        return _apply(store, batch, dry_run=False)


def parse_bytes(data: bytes, name: str) -> _Batch:
    """Read and check a whole file (no journal needed) — the first half of an import."""
    if data[:4] == b"PK\x03\x04":
        return _parse_saa(_saa_from_zip(data, name), f"{name}/{SAA_MEMBER}")
    text = _decode(data, name)
    if text.lstrip()[:1] == "{":
        return _parse_json(text, name)
    if text.startswith("Id,"):
        return _parse_saa(text, name)
    return _parse_csv(text, name)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")  # spreadsheets like to add a BOM
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(name, line, "", "is not UTF-8 text") from None


# --- applying -------------------------------------------------------------------------------


def _night_text(n: Night) -> tuple[str, ...]:
    # Compare as stored text: the same instant with another UTC offset is still a change.
    return tuple(night_field_to_text(m, getattr(n, m.key)) for m in NIGHT_FIELDS)


def _apply(store: JournalStore, batch: _Batch, *, dry_run: bool) -> ImportSummary:
    summary = ImportSummary(batch.kind, dry_run)
    known_tags = {m.key for m in store.factor_definitions() if m.is_tag}
    for key in batch.tags:
        if key not in known_tags:
            store.add_tag(key.removeprefix(TAG_PREFIX))
            known_tags.add(key)
            summary.tags_added += 1
    existing = {n.night: n for n in store.nights()}
    existing_factors = store.all_factors()
    for update in batch.nights:
        base = existing.get(update.night)
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
                f"{update.night}: kept the times already in the journal "
                f"({problems[0].message} with the imported ones)."
            )
            target = start
        current = existing_factors.get(update.night, {})
        wanted: dict[str, FactorValue] = {} if update.replace_all_factors else dict(current)
        for key, fv in update.factors.items():
            if fv is None:
                wanted.pop(key, None)
            elif key in current and current[key].value == fv.value:
                wanted[key] = current[key]  # same value: keep where it first came from
            else:
                wanted[key] = fv
        for key in wanted:
            if key.startswith(TAG_PREFIX) and key not in known_tags:
                known_tags.add(key)
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
        existing[update.night] = target
        existing_factors[update.night] = wanted
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
    return summary


# --- our CSV --------------------------------------------------------------------------------


def _csv_rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each record; quoted newlines keep the count right."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # Report where the broken record starts: that is where a stray quote opened.
            raise ImportFileError(name, line, "", f"is not valid CSV: {exc}") from None
        yield line, row
        line = reader.line_num + 1


def _parse_csv(text: str, name: str) -> _Batch:
    batch = _Batch("csv", name)
    rows = _csv_rows(text, name)
    first = next(rows, None)
    if first is None:
        raise ImportFileError(name, 1, "", "is empty")
    header = first[1]
    if "night" not in header:
        raise ImportFileError(
            name, 1, "", "is not a Bedtime Companion CSV export (no 'night' column)"
        )
    derived_keys = {m.key for m in DERIVED}
    measures: list[Measure | None] = []  # None: the night column or an ignored derived one
    seen: set[str] = set()
    for column in header:
        if column in seen:
            raise ImportFileError(name, 1, column, "appears twice in the header")
        seen.add(column)
        if column == "night" or column in derived_keys:
            measures.append(None)
            continue
        m = MEASURE_BY_KEY.get(column)
        if m is None and column.startswith(TAG_PREFIX):
            m = _tag_measure(name, 1, column)
            batch.tags.append(m.key)
        if m is None:
            raise ImportFileError(name, 1, column, "is not a column of a Bedtime Companion export")
        measures.append(m)
    night_index = header.index("night")
    first_line: dict[date, int] = {}
    for line, row in rows:
        if not row:
            continue  # a blank line
        if len(row) != len(header):
            raise ImportFileError(
                name, line, "", f"has {len(row)} fields where the header has {len(header)}"
            )
        night = _parse_night_date(row[night_index], name, line)
        if night in first_line:
            raise ImportFileError(
                name, line, "night", f"{night} appears twice (first on line {first_line[night]})"
            )
        first_line[night] = line
        update = _NightUpdate(night, line)
        for m, cell in zip(measures, row, strict=True):
            if m is None:
                continue
            try:
                if m.stored_in == "night":
                    update.fields[m.key] = night_field_from_text(m, cell)
                elif cell.strip():
                    update.factors[m.key] = FactorValue(m.key, parse_value(m, cell), "import")
                else:
                    update.factors[m.key] = None
            except JournalValueError as exc:
                raise ImportFileError(name, line, m.key, exc.message) from None
        batch.nights.append(update)
    return batch


def _tag_measure(name: str, line: int, column: str) -> Measure:
    try:
        return measure_for_factor(tag_key(column.removeprefix(TAG_PREFIX)))
    except JournalValueError as exc:
        raise ImportFileError(name, line, column, exc.message) from None


def _parse_night_date(text: str, name: str, line: int, column: str = "night") -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ImportFileError(
            name, line, column, f"{text!r} is not a date like 2024-03-24"
        ) from None


# --- our JSON -------------------------------------------------------------------------------


def _parse_json(text: str, name: str) -> _Batch:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(name, exc.lineno, "", f"is not valid JSON: {exc.msg}") from None
    if not isinstance(doc, dict) or "schema_version" not in doc:
        raise ImportFileError(
            name, 1, "schema_version", "is missing: not a Bedtime Companion export"
        )
    version = doc["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFileError(name, 1, "schema_version", f"{version!r} is not a version number")
    if version > SCHEMA_VERSION:
        raise ImportFileError(
            name,
            1,
            "schema_version",
            f"{version} comes from a newer version of the app (this one reads up to "
            f"{SCHEMA_VERSION})",
        )
    unknown = set(doc) - {"schema_version", "nights", "events", "tags"}
    if unknown:
        raise ImportFileError(name, 1, sorted(unknown)[0], "is not part of the export format")
    batch = _Batch("json", name, json_text=text)
    tags = doc.get("tags", [])
    if not isinstance(tags, list):
        raise ImportFileError(name, 1, "tags", "must be a list of tag names")
    for tag in tags:
        if not isinstance(tag, str):
            raise ImportFileError(name, 1, "tags", f"{tag!r} is not a tag name")
        batch.tags.append(_tag_measure(name, 1, TAG_PREFIX + tag).key)
    # Entries are parsed without positions (fast); the line is found only for a message.
    first_index: dict[date, int] = {}
    for i, item in enumerate(_json_list(doc, "nights", name)):
        try:
            update = _json_night(item, name, i)
        except ImportFileError as exc:
            raise exc.at_line(_element_lines(text, "nights")[i]) from None
        if update.night in first_index:
            lines = _element_lines(text, "nights")
            raise ImportFileError(
                name,
                lines[i],
                "night",
                f"{update.night} appears twice (first on line {lines[first_index[update.night]]})",
            )
        first_index[update.night] = i
        batch.nights.append(update)
    for i, item in enumerate(_json_list(doc, "events", name)):
        try:
            batch.events.append(_json_event(item, name, i))
        except ImportFileError as exc:
            raise exc.at_line(_element_lines(text, "events")[i]) from None
    return batch


def _json_list(doc: dict[str, Any], key: str, name: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ImportFileError(name, 1, key, "must be a list")
    return value


_JSON_NIGHT_KEYS = {"night", "derived", "factors", *(m.key for m in NIGHT_FIELDS)}


def _json_night(item: object, name: str, line: int) -> _NightUpdate:
    if not isinstance(item, dict):
        raise ImportFileError(name, line, "nights", "each night must be an object")
    for key in item:
        if key not in _JSON_NIGHT_KEYS:
            raise ImportFileError(name, line, key, "is not a night field")
    raw_night = item.get("night")
    if not isinstance(raw_night, str):
        raise ImportFileError(name, line, "night", "is missing")
    update = _NightUpdate(_parse_night_date(raw_night, name, line), line)
    for m in NIGHT_FIELDS:
        if m.key not in item:
            continue
        value = item[m.key]
        try:
            update.fields[m.key] = _json_field(m, value)
        except JournalValueError as exc:
            raise ImportFileError(name, line, m.key, exc.message) from None
    if "factors" in item:
        factors = item["factors"]
        if not isinstance(factors, dict):
            raise ImportFileError(name, line, "factors", "must be an object")
        update.replace_all_factors = True
        for key, raw in factors.items():
            column = f"factors.{key}"
            try:
                m = measure_for_factor(key)
                value, source = _json_factor(raw)
                update.factors[m.key] = FactorValue(m.key, parse_value(m, value), source)
            except JournalValueError as exc:
                raise ImportFileError(name, line, column, exc.message) from None
    return update


def _json_field(m: Measure, value: object) -> object:
    if value is None:
        return "" if m.kind == "text" else None
    if m.kind in ("time", "choice", "text"):
        if not isinstance(value, str):
            raise JournalValueError(m.key, f"{value!r} must be text")
        if m.kind != "text" and not value.strip():
            raise JournalValueError(m.key, "is empty; use null for not recorded")
        return night_field_from_text(m, value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise JournalValueError(m.key, f"{value!r} is not a whole number")
    return night_field_from_text(m, str(value))


def _json_factor(raw: object) -> tuple[str, Source]:
    if isinstance(raw, str):
        return raw, "import"
    if not isinstance(raw, dict) or set(raw) - {"value", "source"}:
        raise JournalValueError("factors", 'must be {"value": …, "source": …}')
    value, source = raw.get("value"), raw.get("source", "import")
    if not isinstance(value, str):
        raise JournalValueError("factors", f"value {value!r} must be text")
    if source not in SOURCES:
        raise JournalValueError("factors", f"source {source!r} is not one of {', '.join(SOURCES)}")
    return value, cast(Source, source)


_EVENT_KEYS = ("night", "step", "planned_at", "shown_at", "answer", "answered_at")


def _json_event(item: object, name: str, line: int) -> RoutineEvent:
    if not isinstance(item, dict):
        raise ImportFileError(name, line, "events", "each event must be an object")
    for key in item:
        if key not in _EVENT_KEYS:
            raise ImportFileError(name, line, key, "is not an event field")
    for key in ("night", "step", "planned_at"):
        if not isinstance(item.get(key), str):
            raise ImportFileError(name, line, key, "is missing or not text")
    night = _parse_night_date(item["night"], name, line)
    step = item["step"]
    if not step.strip() or len(step) > STEP_MAX:
        raise ImportFileError(name, line, "step", f"{step!r} is not a step name")
    answer = item.get("answer")
    if answer is not None and answer not in ANSWERS:
        raise ImportFileError(
            name, line, "answer", f"{answer!r} is not one of {', '.join(ANSWERS)} or null"
        )
    try:
        return RoutineEvent(
            night=night,
            step=step,
            planned_at=parse_time(item["planned_at"], "planned_at"),
            shown_at=_optional_time(item.get("shown_at"), "shown_at"),
            answer=cast("Answer | None", answer),
            answered_at=_optional_time(item.get("answered_at"), "answered_at"),
        )
    except JournalValueError as exc:
        raise ImportFileError(name, line, exc.field, exc.message) from None


def _optional_time(value: object, key: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise JournalValueError(key, f"{value!r} is not a date and time")
    return parse_time(value, key)


_WS = re.compile(r"[ \t\n\r]*")


def _element_lines(text: str, wanted: str) -> list[int]:
    """Line number of each element of the top-level array `wanted` (the text is valid JSON).

    The standard parser forgets positions; walking the top level with raw_decode recovers
    them so errors can say `file:line` like they do for CSV.
    """
    decoder = json.JSONDecoder()
    counted_to, line = 0, 1

    def line_at(pos: int) -> int:
        nonlocal counted_to, line
        line += text.count("\n", counted_to, pos)  # positions only grow: linear overall
        counted_to = pos
        return line

    result: list[int] = []

    def skip(pos: int) -> int:
        match = _WS.match(text, pos)
        return match.end() if match else pos

    pos = skip(0) + 1  # past "{"
    while True:
        pos = skip(pos)
        if text[pos] == "}":
            return result
        key, pos = decoder.raw_decode(text, pos)
        pos = skip(skip(pos) + 1)  # past ":"
        if key == wanted and text[pos] == "[":
            pos += 1
            while True:
                pos = skip(pos)
                if text[pos] == "]":
                    pos += 1
                    break
                result.append(line_at(pos))
                _, pos = decoder.raw_decode(text, pos)
                pos = skip(pos)
                if text[pos] == ",":
                    pos += 1
        else:
            _, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        if text[pos] == ",":
            pos += 1


# --- Sleep as Android -----------------------------------------------------------------------


def _saa_from_zip(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFileError(name, None, "", "is not a readable zip archive") from None
    with archive:
        members = [i for i in archive.infolist() if Path(i.filename).name == SAA_MEMBER]
        if not members:
            raise ImportFileError(name, None, "", f"has no {SAA_MEMBER} inside")
        if members[0].file_size > MAX_SAA_BYTES:
            raise ImportFileError(name, None, "", f"{SAA_MEMBER} inside is too large")
        try:
            raw = archive.read(members[0])
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportFileError(name, None, "", f"cannot be unpacked: {exc}") from None
    return _decode(raw, f"{name}/{SAA_MEMBER}")


@dataclass(frozen=True)
class _SaaRecord:
    line: int
    start: datetime
    end: datetime
    hours: float
    rating: float
    id_ms: int
    tags: tuple[str, ...]


_SAA_COLUMNS = ("Id", "Tz", "Hours", "Rating", "Comment")
_HASHTAG = re.compile(r"#([^\s#]+)")
_MULTIPLIER = re.compile(r"_\d+x$")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _parse_saa(text: str, name: str) -> _Batch:
    records: list[_SaaRecord] = []
    header: list[str] | None = None
    waiting_for_data = False
    for line, row in _csv_rows(text, name):
        if not row or not any(cell.strip() for cell in row):
            continue
        if row[0] == "Id":
            header, waiting_for_data = row, True
            continue
        if header is None:
            raise ImportFileError(name, line, "Id", "a record comes before any header line")
        if not waiting_for_data:
            continue  # the optional third line of a record (noise levels)
        waiting_for_data = False
        records.append(_saa_record(dict(zip(header, row, strict=False)), name, line))
    if header is None:
        raise ImportFileError(name, 1, "", "holds no Sleep as Android records")
    batch = _Batch("saa", name)
    by_night: dict[date, list[_SaaRecord]] = {}
    for record in records:
        by_night.setdefault(night_for(record.start), []).append(record)
    for night, group in sorted(by_night.items()):
        update = _NightUpdate(night, group[0].line, fill_only_empty=True)
        update.fields["into_bed_at"] = min(r.start for r in group)
        update.fields["out_of_bed_at"] = max(r.end for r in group)
        rated = [r for r in group if r.rating > 0]
        if rated:
            # The main sleep of the night speaks for it: the longest rated record.
            best = max(rated, key=lambda r: (r.hours, r.id_ms))
            m = MEASURE_BY_KEY["saa_rating"]
            update.factors[m.key] = FactorValue(m.key, parse_value(m, str(best.rating)), "import")
        for tag in sorted({t for r in group for t in r.tags}):
            update.factors[tag] = FactorValue(tag, "yes", "import")
        batch.nights.append(update)
    return batch


def _saa_record(cells: dict[str, str], name: str, line: int) -> _SaaRecord:
    for column in _SAA_COLUMNS:
        if column not in cells:
            raise ImportFileError(name, line, column, "is missing from this record")

    def fail(column: str, problem: str) -> ImportFileError:
        return ImportFileError(name, line, column, problem)

    raw_id = cells["Id"].strip()
    if not raw_id.isdigit() or len(raw_id) > 15:
        raise fail("Id", f"{raw_id!r} is not a start time in epoch milliseconds")
    try:
        zone = ZoneInfo(cells["Tz"].strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise fail("Tz", f"{cells['Tz']!r} is not a known time zone") from None
    hours = _saa_number(cells["Hours"], 0, 48, fail("Hours", f"{cells['Hours']!r} is not 0–48 h"))
    rating = _saa_number(cells["Rating"], 0, 5, fail("Rating", f"{cells['Rating']!r} is not 0–5"))
    id_ms = int(raw_id)
    try:
        start = _minute(id_ms, zone)
        end = _minute(id_ms + round(hours * 3_600_000), zone)
    except (OverflowError, OSError, ValueError):
        raise fail("Id", f"{raw_id!r} is not a plausible start time") from None
    return _SaaRecord(line, start, end, hours, rating, id_ms, _saa_tags(cells["Comment"]))


def _saa_number(text: str, low: float, high: float, error: ImportFileError) -> float:
    if not _DECIMAL.fullmatch(text.strip()):
        raise error
    value = float(text)
    if not low <= value <= high:
        raise error
    return value


def _minute(epoch_ms: int, zone: ZoneInfo) -> datetime:
    """The local time of an epoch instant, down to the minute, with its fixed UTC offset."""
    moment = datetime.fromtimestamp((epoch_ms - epoch_ms % 60_000) / 1000, zone)
    offset = moment.utcoffset() or timedelta(0)
    return moment.replace(tzinfo=timezone(offset))


def _saa_tags(comment: str) -> tuple[str, ...]:
    tags: list[str] = []
    for raw in _HASHTAG.findall(comment.replace("\\n", " ")):
        try:
            tags.append(tag_key(_MULTIPLIER.sub("", raw).lower()))
        except JournalValueError:
            continue  # an odd hashtag is not worth refusing a whole history for
    return tuple(tags)
