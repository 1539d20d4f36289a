"""Sleep as Android's sleep-export: real sample archives and every kind of bad record."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from companion.core.journal import Night
from companion.store.formats import ImportFileError, export_text, import_file
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths

# In CI the shared folder sits beside the repository: <repo>/../shared/testdata.
SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "testdata" / "sleep-as-android"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no samples at {SAMPLES}")
NOW = datetime(2024, 3, 5, 7, 30, tzinfo=UTC)

HEADER = (
    "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,"
    'Geo,"7:00"'
)


def record(
    id_ms: str = "1606420800000",
    tz: str = "Europe/London",
    hours: str = "11.000",
    rating: str = "3.0",
    comment: str = "Manually added #stress",
) -> str:
    cells = [id_ms, tz, "26. 11. 2020 20:00", "27. 11. 2020 7:00", "27. 11. 2020 7:00", hours,
             rating, comment, "10007", "-1", "-1.0", "-1", "-1.0", "0", "", "0.0"]  # fmt: skip
    return ",".join(f'"{c}"' for c in cells)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


def saa_csv(tmp_path: Path, *records: str, name: str = "sleep-export.csv") -> Path:
    path = tmp_path / name
    path.write_text("".join(f"{HEADER}\n{r}\n" for r in records), encoding="utf-8")
    return path


@needs_samples
@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.zip")))
def test_real_samples_import_and_reimport_changes_nothing(store: JournalStore, sample: str) -> None:
    path = SAMPLES / sample
    first = import_file(store, path)
    assert first.nights_added >= 1
    snapshot = export_text(store, "json")
    again = import_file(store, path)
    assert not again.changed_anything
    assert again.nights_unchanged == first.nights_added + first.nights_changed
    assert export_text(store, "json") == snapshot


@needs_samples
def test_the_csv_inside_the_zip_imports_the_same(store: JournalStore, tmp_path: Path) -> None:
    with zipfile.ZipFile(SAMPLES / "sleep-export.1606907034.zip") as archive:
        (tmp_path / "sleep-export.csv").write_bytes(archive.read("sleep-export.csv"))
    import_file(store, tmp_path / "sleep-export.csv")
    from_csv = export_text(store, "json")
    assert not import_file(store, SAMPLES / "sleep-export.1606907034.zip").changed_anything
    assert export_text(store, "json") == from_csv


@needs_samples
def test_sample_mapping(store: JournalStore) -> None:
    import_file(store, SAMPLES / "sleep-export.1606907034.zip")
    # Id 1605211200000 = 2020-11-12 20:00 UTC (London in winter), 11 hours.
    night = store.get_night(date(2020, 11, 12))
    assert night is not None
    assert night.into_bed_at is not None and night.out_of_bed_at is not None
    assert night.into_bed_at.isoformat() == "2020-11-12T20:00:00+00:00"
    assert night.out_of_bed_at.isoformat() == "2020-11-13T07:00:00+00:00"
    assert night.quality is None  # their rating is never our quality
    factors = store.factors_for(date(2020, 11, 26))
    assert factors["saa_rating"].value == "3"
    assert factors["saa_rating"].source == "import"
    assert factors["tag:alcohol"].value == "yes"  # "#alcohol_3x" → tag "alcohol"
    assert factors["tag:menses"].source == "import"
    # 27 Nov 07:38 (before noon) belongs to the night of the 26th: the night spans both.
    spanned = store.get_night(date(2020, 11, 26))
    assert spanned is not None and spanned.out_of_bed_at is not None
    assert spanned.out_of_bed_at.isoformat() == "2020-11-27T15:25:00+00:00"


def test_the_epoch_id_decides_not_the_ambiguous_local_columns(
    store: JournalStore, tmp_path: Path
) -> None:
    # 2020-10-25 01:30 happened twice in London; Id 1603589400000 is the second (GMT) one.
    path = saa_csv(tmp_path, record(id_ms="1603589400000", hours="6.000", comment=""))
    import_file(store, path)
    night = store.get_night(date(2020, 10, 24))
    assert night is not None and night.into_bed_at is not None
    assert night.into_bed_at.isoformat() == "2020-10-25T01:30:00+00:00"
    assert night.into_bed_at == datetime(2020, 10, 25, 1, 30, tzinfo=UTC)


def test_a_zero_rating_is_not_rated(store: JournalStore, tmp_path: Path) -> None:
    import_file(store, saa_csv(tmp_path, record(rating="0.0")))
    assert "saa_rating" not in store.factors_for(date(2020, 11, 26))


def test_times_the_user_entered_are_never_overwritten(store: JournalStore, tmp_path: Path) -> None:
    mine = datetime(2020, 11, 26, 21, 15, tzinfo=UTC)
    store.upsert_night(Night(date(2020, 11, 26), into_bed_at=mine, quality=4))
    import_file(store, saa_csv(tmp_path, record()))
    night = store.get_night(date(2020, 11, 26))
    assert night is not None
    assert night.into_bed_at == mine and night.quality == 4
    assert night.out_of_bed_at == datetime(2020, 11, 27, 7, 0, tzinfo=UTC)  # the empty one filled


def test_times_that_contradict_the_users_are_skipped_with_a_note(
    store: JournalStore, tmp_path: Path
) -> None:
    lights_out = datetime(2020, 11, 26, 19, 0, tzinfo=UTC)  # before SAA's 20:00 start
    store.upsert_night(Night(date(2020, 11, 26), lights_out_at=lights_out))
    summary = import_file(store, saa_csv(tmp_path, record()))
    assert any("kept the times already in the journal" in line for line in summary.lines())
    assert store.get_night(date(2020, 11, 26)) == Night(
        date(2020, 11, 26), lights_out_at=lights_out
    )
    assert store.factors_for(date(2020, 11, 26))["saa_rating"].value == "3"


@pytest.mark.parametrize(
    ("bad", "column", "words"),
    [
        (record(id_ms="abc"), "Id", "epoch milliseconds"),
        (record(id_ms=""), "Id", "epoch milliseconds"),
        (record(tz="Mars/Olympus"), "Tz", "not a known time zone"),
        (record(tz="../../etc/passwd"), "Tz", "not a known time zone"),
        (record(hours="lots"), "Hours", "0–48"),
        (record(hours="-1.0"), "Hours", "0–48"),
        (record(rating="7.5"), "Rating", "0–5"),
        (record(rating=""), "Rating", "0–5"),
        ('"1606420800000","Europe/London"', "Hours", "is missing"),
    ],
)
def test_one_bad_record_rejects_the_whole_file(
    store: JournalStore, tmp_path: Path, bad: str, column: str, words: str
) -> None:
    path = saa_csv(tmp_path, record(id_ms="1605211200000"), bad)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path)
    assert caught.value.line == 4
    assert caught.value.column == column
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}:4: {column}: ")
    assert store.nights() == []


def test_a_record_without_a_header(store: JournalStore, tmp_path: Path) -> None:
    path = tmp_path / "sleep-export.csv"
    path.write_text(f"{record()}\n", encoding="utf-8")
    with pytest.raises(ImportFileError):
        import_file(store, path)  # not SAA-shaped at all: read as our CSV and refused


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_bad_zips(store: JournalStore, tmp_path: Path) -> None:
    no_csv = tmp_path / "a.zip"
    no_csv.write_bytes(_zip({"prefs.xml": b"<x/>"}))
    with pytest.raises(ImportFileError, match=r"has no sleep-export\.csv inside"):
        import_file(store, no_csv)
    broken = tmp_path / "b.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    with pytest.raises(ImportFileError, match="not a readable zip"):
        import_file(store, broken)
    bad_row = tmp_path / "c.zip"
    csv_text = f"{HEADER}\n{record(rating='x')}\n".encode()
    bad_row.write_bytes(_zip({"sleep-export.csv": csv_text}))
    with pytest.raises(ImportFileError) as caught:
        import_file(store, bad_row)
    assert str(caught.value).startswith(f"{bad_row}/sleep-export.csv:2: Rating: ")


def test_noise_lines_after_a_record_are_ignored(store: JournalStore, tmp_path: Path) -> None:
    path = tmp_path / "sleep-export.csv"
    path.write_text(f'{HEADER}\n{record()}\n"0.1","0.2","0.3"\n', encoding="utf-8")
    assert import_file(store, path).nights_added == 1


def test_dry_run(store: JournalStore, tmp_path: Path) -> None:
    summary = import_file(store, saa_csv(tmp_path, record()), dry_run=True)
    assert summary.nights_added == 1
    assert store.nights() == []


def test_records_in_one_night_span_it(store: JournalStore, tmp_path: Path) -> None:
    later = str(1606420800000 + 12 * 3_600_000)  # 27 Nov 08:00: still the night of the 26th
    path = saa_csv(tmp_path, record(), record(id_ms=later, hours="1.5", rating="4.5"))
    import_file(store, path)
    night = store.get_night(date(2020, 11, 26))
    assert night is not None and night.out_of_bed_at is not None
    assert night.out_of_bed_at == datetime(2020, 11, 27, 9, 30, tzinfo=UTC)
    # The longest rated record speaks for the night.
    assert store.factors_for(date(2020, 11, 26))["saa_rating"].value == "3"
    assert timedelta(0) < night.out_of_bed_at - datetime(2020, 11, 26, 20, tzinfo=UTC)


def test_a_rating_between_none_and_the_scale_is_one_line_not_a_traceback():
    from companion.store.formats import ImportFileError
    from companion.store.formats.sleep_as_android import parse_saa

    text = (
        "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo\n"
        '1700000000000,Europe/Berlin,"14. 11. 2023 23:13","15. 11. 2023 7:02",'
        '"15. 11. 2023 7:00",7.8,0.2,"",10000,-1,-1.0,5,0.4,0,""\n'
    )
    with pytest.raises(ImportFileError, match="Rating") as failure:
        parse_saa(text, "sleep-export.csv")
    assert "\n" not in str(failure.value)
