"""Our CSV, written and read back: one row per night, RFC 4180, UTF-8.

Columns in this fixed order —

1. `night` (YYYY-MM-DD, the date the evening began),
2. the stored night fields in `journal.MEASURES` order (into_bed_at … note),
3. the derived values (time_in_bed_min, total_sleep_min, sleep_efficiency_pct, sleep_onset_at),
4. one column per built-in factor in `journal.MEASURES` order (magnesium … saa_rating),
5. one column per user tag, `tag:<name>`, sorted by name ("yes" or empty).

An empty cell is "not recorded". The CSV does not say where a factor value came from (the JSON
does). On import, the columns a file has replace those fields and factors of each night in it
(an empty cell clears); columns it lacks are left alone; derived columns are ignored.
"""

from __future__ import annotations

import csv
from datetime import date
from typing import TextIO

from companion.core.journal import (
    DERIVED,
    MEASURE_BY_KEY,
    NIGHT_FIELDS,
    TAG_PREFIX,
    FactorValue,
    JournalValueError,
    Measure,
    derived_to_text,
    derived_values,
    night_field_to_text,
)
from companion.core.words import translate
from companion.store.formats.batch import (
    Batch,
    ImportFileError,
    NightUpdate,
    csv_rows,
    parse_night_date,
    tag_column,
)
from companion.store.formats.limits import checked_field, checked_value
from companion.store.journal_store import JournalStore


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


def parse_csv(text: str, name: str) -> Batch:
    """Read and check a whole CSV export."""
    batch = Batch("csv", name)
    rows = csv_rows(text, name)
    first = next(rows, None)
    if first is None:
        raise ImportFileError(name, 1, "", translate("Import", "is empty"))
    header = first[1]
    measures = _header_measures(header, name, batch)
    night_index = header.index("night")
    first_line: dict[date, int] = {}
    for line, row in rows:
        if not row:
            continue  # a blank line
        if len(row) != len(header):
            raise ImportFileError(
                name,
                line,
                "",
                translate("Import", "has {fields} fields where the header has {expected}").format(
                    fields=len(row), expected=len(header)
                ),
            )
        night = parse_night_date(row[night_index], name, line)
        if night in first_line:
            raise ImportFileError(
                name,
                line,
                "night",
                translate("Import", "{night} appears twice (first on line {first})").format(
                    night=night, first=first_line[night]
                ),
            )
        first_line[night] = line
        batch.nights.append(_night_update(night, line, measures, row, name))
    return batch


def _header_measures(header: list[str], name: str, batch: Batch) -> list[Measure | None]:
    """Each column's measure (None: the night column or an ignored derived one)."""
    if "night" not in header:
        raise ImportFileError(
            name,
            1,
            "",
            translate("Import", "is not a Bedtime Companion CSV export (no 'night' column)"),
        )
    derived_keys = {m.key for m in DERIVED}
    measures: list[Measure | None] = []
    seen: set[str] = set()
    for column in header:
        if column in seen:
            raise ImportFileError(
                name, 1, column, translate("Import", "appears twice in the header")
            )
        seen.add(column)
        if column == "night" or column in derived_keys:
            measures.append(None)
            continue
        m = MEASURE_BY_KEY.get(column)
        if m is None and column.startswith(TAG_PREFIX):
            m = tag_column(name, 1, column)
            batch.tags.append(m.key)
        if m is None:
            raise ImportFileError(
                name,
                1,
                column,
                translate("Import", "is not a column of a Bedtime Companion export"),
            )
        measures.append(m)
    return measures


def _night_update(
    night: date, line: int, measures: list[Measure | None], row: list[str], name: str
) -> NightUpdate:
    update = NightUpdate(night, line)
    for m, cell in zip(measures, row, strict=True):
        if m is None:
            continue
        try:
            if m.stored_in == "night":
                update.fields[m.key] = checked_field(m, cell)
            elif cell.strip():
                update.factors[m.key] = FactorValue(m.key, checked_value(m, cell), "import")
            else:
                update.factors[m.key] = None
        except JournalValueError as exc:
            raise ImportFileError(name, line, m.key, exc.message) from None
    return update
