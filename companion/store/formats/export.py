"""The whole journal as CSV or JSON (UTF-8, ISO 8601 times with their UTC offset).

CSV: one row per night, RFC 4180 (CRLF line ends, fields quoted when needed), columns in this
fixed order —

1. `night` (YYYY-MM-DD, the date the evening began),
2. the stored night fields in `journal.MEASURES` order (into_bed_at … note),
3. the derived values (time_in_bed_min, total_sleep_min, sleep_efficiency_pct, sleep_onset_at),
4. one column per built-in factor in `journal.MEASURES` order (magnesium … saa_rating),
5. one column per user tag, `tag:<name>`, sorted by name ("yes" or empty).

An empty cell is "not recorded". The CSV does not say where a factor value came from; the JSON
does. JSON: `{"schema_version": 1, "nights": [...], "events": [...], "tags": [...]}` where each
night holds its fields, a `derived` object and `factors` as `{key: {"value", "source"}}`; `tags`
lists every user tag (also unused ones) so nothing is lost on a round trip.

Both are deterministic: the same journal always gives byte-identical output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from companion.core.events import RoutineEvent
from companion.core.journal import (
    DERIVED,
    NIGHT_FIELDS,
    Measure,
    derived_to_text,
    derived_values,
    night_field_to_text,
)
from companion.store.files import fsync_dir
from companion.store.journal_store import JournalStore

SCHEMA_VERSION = 1
Format = Literal["csv", "json"]
FORMATS: tuple[Format, ...] = ("csv", "json")


def csv_columns(definitions: list[Measure]) -> list[str]:
    """The CSV header for a journal whose factor definitions are `definitions`."""
    return [
        "night",
        *(m.key for m in NIGHT_FIELDS),
        *(m.key for m in DERIVED),
        *(m.key for m in definitions),
    ]


def write_csv(store: JournalStore, out: TextIO) -> None:
    """Write the CSV export to `out` (open it with newline="" so CRLF stays as written)."""
    definitions = store.factor_definitions()
    factors = store.all_factors()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_columns(definitions))
    for night in store.nights():
        derived = derived_values(night)
        values = factors.get(night.night, {})
        writer.writerow(
            [
                night.night.isoformat(),
                *(night_field_to_text(m, getattr(night, m.key)) for m in NIGHT_FIELDS),
                *(derived_to_text(m, derived[m.key]) for m in DERIVED),
                *(values[m.key].value if m.key in values else "" for m in definitions),
            ]
        )


def json_document(store: JournalStore) -> dict[str, Any]:
    """The JSON export as plain Python data."""
    factors = store.all_factors()
    nights: list[dict[str, Any]] = []
    for night in store.nights():
        item: dict[str, Any] = {"night": night.night.isoformat()}
        for m in NIGHT_FIELDS:
            value = getattr(night, m.key)
            item[m.key] = value.isoformat() if isinstance(value, datetime) else value
        derived = derived_values(night)
        item["derived"] = {
            m.key: (v.isoformat() if isinstance(v, datetime) else v)
            for m in DERIVED
            for v in (derived[m.key],)
        }
        item["factors"] = {
            key: {"value": fv.value, "source": fv.source}
            for key, fv in sorted(factors.get(night.night, {}).items())
        }
        nights.append(item)
    return {
        "schema_version": SCHEMA_VERSION,
        "nights": nights,
        "events": [event_to_json(e) for e in store.all_events()],
        "tags": [m.label for m in store.factor_definitions() if m.is_tag],
    }


def event_to_json(e: RoutineEvent) -> dict[str, Any]:
    return {
        "night": e.night.isoformat(),
        "step": e.step,
        "planned_at": e.planned_at.isoformat(),
        "shown_at": e.shown_at.isoformat() if e.shown_at else None,
        "answer": e.answer,
        "answered_at": e.answered_at.isoformat() if e.answered_at else None,
    }


def write_json(store: JournalStore, out: TextIO) -> None:
    """One night or event per line: readable, diff- and grep-friendly, and fast to write
    (the C encoder only runs without `indent`); import errors then point at a useful line."""
    doc = json_document(store)
    out.write(f'{{"schema_version": {doc["schema_version"]},\n')
    for key in ("nights", "events"):
        items = doc[key]
        out.write(f' "{key}": [')
        out.write(",".join(f"\n  {_compact(item)}" for item in items))
        out.write("\n ],\n" if items else "],\n")
    out.write(f' "tags": {_compact(doc["tags"])}}}\n')


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def export_text(store: JournalStore, fmt: Format) -> str:
    """The whole export as one string (what `export` prints to stdout)."""
    buffer = io.StringIO(newline="")
    (write_csv if fmt == "csv" else write_json)(store, buffer)
    return buffer.getvalue()


def export_to_file(store: JournalStore, fmt: Format, path: Path) -> None:
    """Write the export to `path` atomically and privately (0600): it is health data.

    Not `files.write_atomically`: that tightens the folder to 0700, which is right for our
    data dir but not for the user's own Documents folder.
    """
    data = export_text(store, fmt).encode("utf-8")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
