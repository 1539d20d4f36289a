"""Our JSON: its document, and the entries and documents an import refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.journal import Night
from companion.store.formats import ImportFileError, export_text, import_file
from companion.store.journal_store import JournalStore
from tests.store.formats.export_samples import NIGHT, fill, write


def test_json_has_schema_version_nights_and_events(store: JournalStore) -> None:
    fill(store)
    doc = json.loads(export_text(store, "json"))
    assert doc["schema_version"] == 2
    assert [n["night"] for n in doc["nights"]] == ["2024-03-04", "2024-03-30"]
    first = doc["nights"][0]
    assert first["factors"]["magnesium"] == {"value": "yes", "source": "routine"}
    assert first["derived"]["total_sleep_min"] == 400
    assert doc["nights"][1]["awakenings"] is None
    assert doc["nights"][1]["lights_out_at"] is None
    assert doc["events"][0] == {
        "night": "2024-03-04",
        "step": "magnesium",
        "planned_at": "2024-03-04T21:00:00+01:00",
        "shown_at": "2024-03-04T21:00:00+01:00",
        "answer": "done",
        "answered_at": "2024-03-04T21:02:00+01:00",
    }
    assert doc["tags"] == ["late dinner", "never used"]


def test_json_import_keeps_sources_and_event_multiplicity(
    store: JournalStore, fresh: JournalStore, tmp_path: Path
) -> None:
    fill(store)
    path = write(tmp_path, "export.json", export_text(store, "json"))
    import_file(fresh, path)
    assert fresh.factors_for(NIGHT)["magnesium"].source == "routine"
    assert len(fresh.events_for_night(NIGHT)) == 3  # the two identical "missed" both kept
    import_file(fresh, path)
    assert len(fresh.events_for_night(NIGHT)) == 3


def _json(nights: list[object], events: list[object] | None = None, **extra: object) -> str:
    doc: dict[str, object] = {"schema_version": 1, "nights": nights, "events": events or []}
    doc.update(extra)
    return json.dumps(doc, indent=2)


GOOD_NIGHT = {"night": "2024-03-01", "quality": 3}

GOOD_EVENT = {
    "night": "2024-03-01",
    "step": "magnesium",
    "planned_at": "2024-03-01T21:00:00+01:00",
    "shown_at": None,
    "answer": "missed",
    "answered_at": None,
}


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        (_json([GOOD_NIGHT, {"night": "2024-03-02", "quality": 8}]), "quality", "outside 1–5"),
        (_json([GOOD_NIGHT, {"night": "2024-03-02", "quality": "3"}]), "quality", "whole number"),
        (_json([GOOD_NIGHT, {"night": "2024-03-02", "awakenings": True}]), "awakenings", "whole"),
        (_json([GOOD_NIGHT, {"night": "2024-03-02", "mood": 3}]), "mood", "is not a night field"),
        (_json([GOOD_NIGHT, {"quality": 3}]), "night", "is missing"),
        (_json([GOOD_NIGHT, {"night": "2024-3-2"}]), "night", "is not a date"),
        (_json([GOOD_NIGHT, GOOD_NIGHT]), "night", "appears twice"),
        (_json([GOOD_NIGHT, {"night": "2024-03-02", "factors": {"x": "1"}}]), "factors.x", "not a"),
        (
            _json([GOOD_NIGHT, {"night": "2024-03-02", "factors": {"stress": {"value": "9"}}}]),
            "factors.stress",
            "outside 1–5",
        ),
        (
            _json(
                [
                    GOOD_NIGHT,
                    {"night": "2024-03-02", "factors": {"stress": {"value": "2", "source": "x"}}},
                ]
            ),
            "factors.stress",
            "source 'x'",
        ),
        (_json([GOOD_NIGHT], [GOOD_EVENT, {**GOOD_EVENT, "answer": "yes"}]), "answer", "not one"),
        (
            _json([GOOD_NIGHT], [GOOD_EVENT, {**GOOD_EVENT, "planned_at": "21:00"}]),
            "planned_at",
            "",
        ),
        (_json([GOOD_NIGHT], [GOOD_EVENT, {**GOOD_EVENT, "extra": 1}]), "extra", "not an event"),
        (_json([GOOD_NIGHT], [GOOD_EVENT, {**GOOD_EVENT, "step": ""}]), "step", "not a step"),
    ],
)
def test_bad_json_entries_reject_the_file_with_their_line(
    store: JournalStore, tmp_path: Path, text: str, column: str, words: str
) -> None:
    path = write(tmp_path, "bad.json", text)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path)
    error = caught.value
    assert error.column == column
    assert words in error.problem
    assert error.line is not None and error.line > 3  # the second entry, not line 1
    assert text.splitlines()[error.line - 1].strip() == "{"
    assert store.nights() == [] and store.all_events() == []


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        ('{"schema_version": 1,\n "nights": [}', "", "not valid JSON"),
        ('{"nights": []}', "schema_version", "is missing"),
        ('{"schema_version": 99, "nights": []}', "schema_version", "newer version"),
        ('{"schema_version": "1"}', "schema_version", "not a version number"),
        ('{"schema_version": 1, "nights": {}}', "nights", "must be a list"),
        ('{"schema_version": 1, "extra": 1}', "extra", "not part of the export format"),
        ('{"schema_version": 1, "tags": [3]}', "tags", "is not a tag name"),
    ],
)
def test_bad_json_documents(
    store: JournalStore, tmp_path: Path, text: str, column: str, words: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_file(store, write(tmp_path, "bad.json", text))
    assert caught.value.column == column
    assert words in str(caught.value)


def test_json_night_fields_left_out_are_kept(store: JournalStore, tmp_path: Path) -> None:
    store.save_night(Night(NIGHT, quality=4, rls_intensity=6), {"stress": "2"})
    import_file(store, write(tmp_path, "p.json", _json([{"night": "2024-03-04", "quality": 2}])))
    night = store.get_night(NIGHT)
    assert night == Night(NIGHT, quality=2, rls_intensity=6)
    assert "stress" in store.factors_for(NIGHT)  # no "factors" key: factors left alone
