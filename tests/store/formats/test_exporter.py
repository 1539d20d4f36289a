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
