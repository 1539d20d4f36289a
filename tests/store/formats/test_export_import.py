"""Export and import of our own CSV and JSON: fixed format, lossless round trips, bad rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.events import ANSWERS, RoutineEvent
from companion.core.journal import NIGHT_FIELDS, Night
from companion.store.formats.export import csv_columns, export_text, export_to_file
from companion.store.formats.importers import ImportFileError, import_file
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths, resolve_paths
from tests.nights import full_night

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
NOW = datetime(2024, 3, 5, 7, 30, tzinfo=CET)
NIGHT = date(2024, 3, 4)


def at(day: int, hour: int, minute: int = 0, tz: timezone = CET) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=tz)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[JournalStore]:
    """A second, empty journal to import into."""
    with open_journal(resolve_paths(tmp_path / "other"), NOW) as opened:
        yield opened


def fill(store: JournalStore) -> None:
    store.save_night(
        full_night(NIGHT, CET, note='Calves "buzzing", then\nfine — ünïcödé, 眠い'),
        {
            "magnesium": "yes",
            "magnesium_dose_mg": "300",
            "magnesium_time": "2024-03-04T21:02:00+01:00",
        },
        source="routine",
    )
    store.save_night(
        Night(date(2024, 3, 30), into_bed_at=at(30, 23), out_of_bed_at=at(31, 7, 0, CEST)),
        {"stress": "2", "tag:late dinner": "yes", "room_temperature_c": "18.5"},
    )
    store.add_tag("never used")
    store.record_event(RoutineEvent(NIGHT, "magnesium", at(4, 21), at(4, 21), "done", at(4, 21, 2)))
    store.record_event(RoutineEvent(NIGHT, "stretch", at(4, 21, 45), None, "missed", None))
    store.record_event(RoutineEvent(NIGHT, "stretch", at(4, 21, 45), None, "missed", None))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


# --- format -------------------------------------------------------------------------------


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


def test_json_has_schema_version_nights_and_events(store: JournalStore) -> None:
    fill(store)
    doc = json.loads(export_text(store, "json"))
    assert doc["schema_version"] == 1
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


def test_export_to_file_is_private(store: JournalStore, tmp_path: Path) -> None:
    fill(store)
    target = tmp_path / "out.json"
    export_to_file(store, "json", target)
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_text(encoding="utf-8") == export_text(store, "json")


# --- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_is_identical(
    store: JournalStore, fresh: JournalStore, tmp_path: Path, fmt: str
) -> None:
    fill(store)
    original = export_text(store, fmt)  # type: ignore[arg-type]
    summary = import_file(fresh, write(tmp_path, f"export.{fmt}", original))
    assert summary.nights_added == 2
    assert export_text(fresh, fmt) == original  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_reimport_changes_nothing(store: JournalStore, tmp_path: Path, fmt: str) -> None:
    fill(store)
    before = export_text(store, "json")
    path = write(tmp_path, f"export.{fmt}", export_text(store, fmt))  # type: ignore[arg-type]
    for _ in range(2):
        summary = import_file(store, path)
        assert not summary.changed_anything
        assert summary.nights_unchanged == 2
    assert export_text(store, "json") == before


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


def test_dry_run_counts_but_writes_nothing(
    store: JournalStore, fresh: JournalStore, tmp_path: Path
) -> None:
    fill(store)
    path = write(tmp_path, "export.json", export_text(store, "json"))
    summary = import_file(fresh, path, dry_run=True)
    assert (summary.nights_added, summary.events_added, summary.tags_added) == (2, 3, 2)
    assert "Dry run: nothing was written." in summary.lines()
    assert fresh.nights() == [] and fresh.all_events() == []
    assert fresh.factor_definitions() == [m for m in fresh.factor_definitions() if not m.is_tag]


def test_a_file_replaces_the_fields_it_has_and_leaves_the_rest(
    store: JournalStore, tmp_path: Path
) -> None:
    fill(store)
    path = write(tmp_path, "partial.csv", "night,quality,stress\r\n2024-03-04,2,\r\n")
    summary = import_file(store, path)
    assert summary.nights_changed == 1
    night = store.get_night(NIGHT)
    assert night is not None and night.quality == 2 and night.rls_intensity == 5
    factors = store.factors_for(NIGHT)
    assert "stress" not in factors and factors["magnesium"].value == "yes"


hypothesis_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


@st.composite
def nights(draw: st.DrawFn) -> Night:
    day = draw(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
    tz = timezone(timedelta(minutes=15 * draw(st.integers(-48, 56))))
    start = datetime.combine(day, datetime.min.time(), tz) + timedelta(
        hours=20, minutes=draw(st.integers(0, 300))
    )
    awakenings = draw(st.none() | st.integers(0, 10))
    legs = None if awakenings is None else draw(st.none() | st.integers(0, awakenings))
    return Night(
        day,
        into_bed_at=draw(st.none() | st.just(start)),
        out_of_bed_at=draw(st.none() | st.just(start + timedelta(hours=8))),
        sleep_onset_min=draw(st.none() | st.integers(0, 720)),
        awakenings=awakenings,
        legs_woke_me=legs,
        quality=draw(st.none() | st.integers(1, 5)),
        rls_intensity=draw(st.none() | st.integers(0, 10)),
        symptom_onset=draw(st.none() | st.sampled_from(["none", "bedtime", "morning"])),
        note=draw(hypothesis_text),
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(nights(), max_size=6, unique_by=lambda n: n.night),
    st.lists(
        st.text(st.characters(categories=("L", "N", "P", "Zs")), min_size=1, max_size=12).filter(
            lambda t: t.strip()
        ),
        max_size=3,
    ),
    st.sampled_from(["csv", "json"]),
)
def test_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory, generated: list[Night], tags: list[str], fmt: str
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with open_journal(resolve_paths(folder / "a"), NOW) as source:
        for i, night in enumerate(generated):
            factors = {f"tag:{' '.join(t.split())}": "yes" for t in tags[: i % 4]}
            factors["alcohol_drinks"] = str(i)
            source.save_night(night, factors)
        for night in generated[:2]:
            source.record_event(
                RoutineEvent(night.night, "lights", NOW, None, ANSWERS[len(night.note) % 5], NOW)
            )
        original = export_text(source, fmt)  # type: ignore[arg-type]
    path = folder / f"x.{fmt}"
    path.write_text(original, encoding="utf-8", newline="")
    with open_journal(resolve_paths(folder / "b"), NOW) as target:
        import_file(target, path)
        assert export_text(target, fmt) == original  # type: ignore[arg-type]
        assert not import_file(target, path).changed_anything


# --- bad files: one bad row rejects the whole file ----------------------------------------

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


def test_not_utf8(store: JournalStore, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("night,note\r\n2024-03-01,caf\xe9\r\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match=r":2: is not UTF-8 text"):
        import_file(store, path)


def test_missing_file(store: JournalStore, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot be read"):
        import_file(store, tmp_path / "nope.csv")


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


def test_night_field_columns_cover_the_model() -> None:
    assert [m.key for m in NIGHT_FIELDS] == csv_columns([])[1 : 1 + len(NIGHT_FIELDS)]
