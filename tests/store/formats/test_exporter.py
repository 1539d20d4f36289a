"""Export to a file: private and atomic."""

from __future__ import annotations

from pathlib import Path

from companion.store.formats import export_text, export_to_file
from companion.store.journal_store import JournalStore
from tests.store.formats.export_samples import fill


def test_export_to_file_is_private(store: JournalStore, tmp_path: Path) -> None:
    fill(store)
    target = tmp_path / "out.json"
    export_to_file(store, "json", target)
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_text(encoding="utf-8") == export_text(store, "json")


def test_unreadable_stored_values_are_read_as_empty_and_named(store, paths):
    import sqlite3

    from tests.store.formats.export_samples import NIGHT, fill

    fill(store)
    db = sqlite3.connect(paths.journal_file)
    with db:
        db.execute(
            "UPDATE nights SET into_bed_at = 'garbage', final_wake_at = '2024-03-05T07:00' "
            "WHERE night = ?",
            (NIGHT.isoformat(),),
        )
        db.execute("UPDATE events SET planned_at = 'soon' WHERE step = 'magnesium'")
        db.execute("UPDATE factor_values SET value = 'lots' WHERE key = 'stress'")
        db.execute("INSERT INTO nights (night) VALUES ('9999-99-99')")
    db.close()
    nights = store.nights()
    assert [n.night.isoformat() for n in nights] == ["2024-03-04", "2024-03-30"]
    assert nights[0].into_bed_at is None and nights[0].final_wake_at is None  # no UTC offset
    assert nights[0].note  # the rest of the night is still there
    assert [e.step for e in store.all_events()] == ["stretch", "stretch"]
    assert "stress" not in store.all_factors()[nights[1].night]
    problems = {(p.night, p.field) for p in store.unreadable_values()}
    assert {
        ("2024-03-04", "into_bed_at"),
        ("2024-03-04", "final_wake_at"),
        ("2024-03-04", "planned_at"),
        ("2024-03-30", "stress"),
        ("9999-99-99", "night"),
    } <= problems
