"""The tray keeps its journal open for weeks: the connection must not keep the pages its start-up
checks and daily backup read (up to 2 MB of SQLite's page cache, issue 19)."""

from __future__ import annotations

import ctypes
import random
from datetime import timedelta
from pathlib import Path

import pytest

from bench.bench_journal import NOW, generate
from companion.store.journal_store import open_journal
from companion.store.paths import resolve_paths

KEPT_AT_MOST = 256 * 1024  # bytes of SQLite's own memory once the journal is open


def sqlite_memory_used() -> int:
    """SQLite's heap in this process, asked of the library Python's sqlite3 module uses."""
    import _sqlite3

    try:
        memory_used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
    except (AttributeError, OSError):
        pytest.skip("this Python's sqlite3 does not expose sqlite3_memory_used")
    memory_used.restype = ctypes.c_int64
    return int(memory_used())


def test_a_years_journal_opened_and_backed_up_keeps_no_page_cache(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    paths.ensure()
    with open_journal(paths, NOW) as store:
        generate(store, 1000, random.Random(1))
    store = open_journal(paths, NOW + timedelta(days=1))  # checks, then today's backup
    try:
        assert paths.backup_dir.is_dir() and any(paths.backup_dir.iterdir())
        assert sqlite_memory_used() < KEPT_AT_MOST
    finally:
        store.close()
