"""Medicines, iron tests, episodes and the new night fields in our CSV and JSON (DESIGN §4.6)."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.store.formats import ImportFileError, export_text, import_file
from companion.store.journal_store import JournalStore
from tests.store.formats.export_samples import CET, NIGHT, fill, write

SAMPLES = Path(__file__).parent / "samples"


def fill_rls(store: JournalStore) -> None:
    fill(store)
    night = store.get_night(NIGHT)
    assert night is not None
    store.save_night(night.replace(symptoms_from=time(19, 15), arms=True, symptom_onset="evening"))
    store.add_medication(
        MedicationCourse("pramipexole", 0.25, "mg", date(2023, 11, 1), date(2024, 2, 1), None)
    )
    store.add_medication(
        MedicationCourse("ferrous sulfate", 325, "mg", date(2024, 2, 2), None, time(8, 0))
    )
    store.add_lab(LabResult(date(2024, 1, 10), 48.0, 17.5))
    store.add_lab(LabResult(date(2024, 3, 1), 92.0, None))
    store.add_episode(Episode(NIGHT, datetime(2024, 3, 5, 2, 40, tzinfo=CET), "walked, cold tap"))
    store.add_episode(Episode(NIGHT, datetime(2024, 3, 4, 23, 5, tzinfo=CET), ""))


def test_json_export_holds_the_records_as_documented(store: JournalStore) -> None:
    fill_rls(store)
    doc = json.loads(export_text(store, "json"))
    assert doc["medications"][0] == {
        "name": "pramipexole",
        "dose": 0.25,
        "unit": "mg",
        "from": "2023-11-01",
        "to": "2024-02-01",
        "at": None,
    }
    assert doc["medications"][1]["at"] == "08:00" and doc["medications"][1]["to"] is None
    assert doc["labs"] == [
        {"date": "2024-01-10", "ferritin": 48.0, "tsat": 17.5},
        {"date": "2024-03-01", "ferritin": 92.0, "tsat": None},
    ]
    assert [e["at"] for e in doc["episodes"]] == [
        "2024-03-04T23:05:00+01:00",
        "2024-03-05T02:40:00+01:00",
    ]
    assert doc["episodes"][1] == {
        "night": "2024-03-04",
        "at": "2024-03-05T02:40:00+01:00",
        "relief": "walked, cold tap",
    }
    first = doc["nights"][0]
    assert (first["symptoms_from"], first["arms"]) == ("19:15", True)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_is_identical(
    store: JournalStore, fresh: JournalStore, tmp_path: Path, fmt: str
) -> None:
    fill_rls(store)
    text = export_text(store, fmt)  # type: ignore[arg-type]
    import_file(fresh, write(tmp_path, f"out.{fmt}", text))
    if fmt == "csv":  # the CSV holds the nights only
        assert fresh.nights() == store.nights()
        assert export_text(fresh, "csv") == text
        return
    assert export_text(fresh, "json") == text
    # A second import adds nothing: the same records are already there.
    summary = import_file(fresh, write(tmp_path, "again.json", text))
    assert summary.records_added == 0 and export_text(fresh, "json") == text


def test_csv_has_the_new_night_columns(store: JournalStore) -> None:
    fill_rls(store)
    header, first = export_text(store, "csv").splitlines()[:2]
    columns = header.split(",")
    assert columns.index("symptoms_from") < columns.index("legs_woke_me")
    assert "19:15" in first.split(",") and "yes" in first.split(",")


@pytest.mark.parametrize("name", ["schema1_export.json", "schema1_export.csv"])
def test_exports_of_the_earlier_schema_still_import(
    fresh: JournalStore, store: JournalStore, name: str
) -> None:
    # The samples were written by the exporter before issue 16, from `fill`.
    fill(store)
    summary = import_file(fresh, SAMPLES / name)
    assert summary.nights_added == 2
    assert fresh.nights() == store.nights()
    assert fresh.medications() == [] and fresh.labs() == [] and fresh.episodes() == []
    if name.endswith("json"):
        assert fresh.all_events() == store.all_events()


@pytest.mark.parametrize(
    ("entry", "column", "words"),
    [
        ('"labs": [{"date": "2024-01-10"}]', "ferritin", "give a ferritin or a TSAT"),
        ('"labs": [{"date": "2024-01-10", "tsat": 140}]', "tsat", "at most 100"),
        (
            '"medications": [{"name": "x", "dose": "a lot", "unit": "mg", "from": "2024-02-01"}]',
            "dose",
            "not a number",
        ),
        (
            '"medications": [{"name": "x", "dose": 1, "unit": "mg", "from": "2024-02-01",'
            ' "to": "2024-01-01"}]',
            "to",
            "before the start",
        ),
        (
            '"episodes": [{"night": "2024-03-04", "at": "2024-03-06T02:00:00+01:00"}]',
            "at",
            "not in the night",
        ),
        ('"episodes": [{"night": "2024-03-04", "at": "soon", "relief": ""}]', "at", "soon"),
        ('"labs": [{"date": "2024-01-10", "ferritin": 5, "iron": 3}]', "iron", "not part"),
    ],
)
def test_bad_records_refuse_the_file_in_one_line(
    fresh: JournalStore, tmp_path: Path, entry: str, column: str, words: str
) -> None:
    path = write(tmp_path, "bad.json", '{"schema_version": 2,\n ' + entry + "}\n")
    with pytest.raises(ImportFileError) as caught:
        import_file(fresh, path)
    assert (caught.value.line, caught.value.column) == (2, column)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert fresh.labs() == [] and fresh.medications() == [] and fresh.episodes() == []
