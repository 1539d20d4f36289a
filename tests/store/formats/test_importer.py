"""Import as a whole: round trips, re-imports, dry runs, and files that cannot be read."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.events import ANSWERS, RoutineEvent
from companion.core.journal import Night
from companion.store.formats import ImportFileError, export_text, import_file
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import resolve_paths
from tests.store.formats.export_samples import NIGHT, NOW, fill, write


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


def test_not_utf8(store: JournalStore, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("night,note\r\n2024-03-01,caf\xe9\r\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match=r":2: is not UTF-8 text"):
        import_file(store, path)


def test_missing_file(store: JournalStore, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot be read"):
        import_file(store, tmp_path / "nope.csv")
