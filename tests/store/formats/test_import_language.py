"""What an import says to a person comes in the language the app speaks (DESIGN §4.8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core import words
from companion.store.formats import ImportFileError, import_file
from companion.store.journal_store import JournalStore
from tests.store.formats.export_samples import write

GERMAN = {
    "{value} is not a date like 2024-03-24": "{value} ist kein Datum wie 2024-03-24",
    "Dry run: nothing was written.": "Probelauf: nichts wurde geschrieben.",
}


@pytest.fixture
def german() -> Iterator[None]:
    words.install(lambda ctx, text, hint, n: GERMAN.get(text, text), lambda t: f"{t:%H.%M}")
    yield
    words.reset()


def test_a_bad_date_in_a_file_is_named_in_the_users_language(
    german: None, store: JournalStore, tmp_path: Path
) -> None:
    path = write(tmp_path, "bad.csv", "night\n2024-0x-01\n")
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path)
    assert str(caught.value).endswith("night: '2024-0x-01' ist kein Datum wie 2024-03-24")


def test_a_dry_run_says_so_in_the_users_language(
    german: None, store: JournalStore, tmp_path: Path
) -> None:
    summary = import_file(store, write(tmp_path, "empty.csv", "night\n"), dry_run=True)
    assert "Probelauf: nichts wurde geschrieben." in summary.lines()
