"""Journals for the format tests: one filled by the test, one empty to import into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths, resolve_paths
from tests.store.formats.export_samples import NOW


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[JournalStore]:
    """A second, empty journal to import into."""
    with open_journal(resolve_paths(tmp_path / "other"), NOW) as opened:
        yield opened
