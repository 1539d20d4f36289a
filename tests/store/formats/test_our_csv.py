"""Our CSV: its columns, and the rows and files an import refuses."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from companion.core.journal import NIGHT_FIELDS
from companion.store.formats import ImportFileError, export_text, import_file
from companion.store.formats.our_csv import csv_columns
from companion.store.journal_store import JournalStore
from tests.store.formats.export_samples import fill, write


def test_csv_has_the_documented_columns_and_derived_values(store: JournalStore) -> None:
    fill(store)
    text = export_text(store, "csv")
    assert text.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    header = text.split("\r\n", 1)[0].split(",")
    assert header == csv_columns(store.factor_definitions())
    assert header[:2] == ["night", "into_bed_at"]
    assert header[-2:] == ["tag:late dinner", "tag:never used"]
    first = rows[0]
    assert first["time_in_bed_min"] == "480"
    assert first["total_sleep_min"] == "400"
    assert first["sleep_efficiency_pct"] == "83.3"
    assert first["sleep_onset_at"] == "2024-03-04T23:05:00+01:00"
    assert first["note"] == 'Calves "buzzing", then\nfine — ünïcödé, 眠い'
    assert first["magnesium"] == "yes"
    assert first["awakenings"] == "2"
    assert rows[1]["out_of_bed_at"] == "2024-03-31T07:00:00+02:00"
    assert rows[1]["time_in_bed_min"] == "420"  # across the DST change
    assert rows[1]["awakenings"] == ""  # not recorded, not zero


GOOD_ROW = "2024-03-01,3"

BAD_CSV = [
    ("2024-03-01,3\r\nnot-a-date,3\r\n", 3, "night", "is not a date"),
    ("2024-03-01,3\r\n2024-03-01,4\r\n", 3, "night", "appears twice (first on line 2)"),
    ("2024-03-01,3\r\n2024-03-02,7\r\n", 3, "quality", "outside 1–5"),
    ("2024-03-01,3\r\n2024-03-02,x\r\n", 3, "quality", "not a whole number"),
    ("2024-03-01,3\r\n2024-03-02,3,9\r\n", 3, "", "has 3 fields where the header has 2"),
]


@pytest.mark.parametrize(("body", "line", "column", "words"), BAD_CSV)
def test_bad_csv_rows_reject_the_file(
    store: JournalStore, tmp_path: Path, body: str, line: int, column: str, words: str
) -> None:
    path = write(tmp_path, "bad.csv", "night,quality\r\n" + body)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert words in str(error)
    assert str(error).startswith(f"{path}:{line}: " + (f"{column}: " if column else ""))
    assert isinstance(error, ValueError)
    assert store.nights() == []  # nothing written, not even the good first row


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("night,bogus\r\n", 1, "bogus", "is not a column"),
        ("night,quality,quality\r\n", 1, "quality", "appears twice"),
        ("quality\r\n3\r\n", 1, "", "no 'night' column"),
        ("", 1, "", "is empty"),
        ('night,note\r\n2024-03-01,"a\nb"\r\n2024-03-02,"c\r\n', 4, "", "not valid CSV"),
        ("night,magnesium\r\n2024-03-01,perhaps\r\n", 2, "magnesium", "is not yes or no"),
        ("night,tag:x\r\n2024-03-01,no\r\n", 2, "tag:x", "is not yes"),
        (f"night,tag:{'x' * 50}\r\n", 1, f"tag:{'x' * 50}", "longer than 40"),
        (
            "night,into_bed_at\r\n2024-03-01,2024-03-01T22:00:00\r\n",
            2,
            "into_bed_at",
            "needs a UTC offset",
        ),
        (
            "night,lights_out_at,into_bed_at\r\n"
            "2024-03-01,2024-03-01T22:00:00+01:00,2024-03-01T23:00:00+01:00\r\n",
            2,
            "lights_out_at",
            "comes before",
        ),
    ],
)
def test_bad_csv_files(
    store: JournalStore, tmp_path: Path, text: str, line: int, column: str, words: str
) -> None:
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert words in str(caught.value)
    assert store.nights() == []


def test_a_multiline_note_keeps_line_numbers_right(store: JournalStore, tmp_path: Path) -> None:
    text = 'night,note,quality\r\n2024-03-01,"one\r\ntwo\nthree",3\r\n2024-03-02,x,0\r\n'
    with pytest.raises(ImportFileError) as caught:
        import_file(store, write(tmp_path, "bad.csv", text))
    assert caught.value.line == 5


def test_night_field_columns_cover_the_model() -> None:
    assert [m.key for m in NIGHT_FIELDS] == csv_columns([])[1 : 1 + len(NIGHT_FIELDS)]
