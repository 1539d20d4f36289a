"""Every failure leaves the store as StoreError, and nothing outside the store knows sqlite3."""

from __future__ import annotations

import ast
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.journal import Night
from companion.store.errors import StoreError
from companion.store.journal_store import open_journal
from companion.store.paths import Paths, resolve_paths

NOW = datetime(2024, 3, 5, 7, 30, tzinfo=timezone(timedelta(hours=1)))
PACKAGE = Path(__file__).resolve().parents[2] / "companion"


def test_a_closed_database_fails_with_the_store_error_only(paths: Paths) -> None:
    store = open_journal(paths, NOW)
    store.close()
    for call in (
        lambda: store.nights(),
        lambda: store.upsert_night(Night(date(2024, 3, 4), quality=3)),
        lambda: store.set_factors(date(2024, 3, 4), {"stress": "2"}),
        lambda: store.all_events(),
    ):
        with pytest.raises(StoreError) as caught:
            call()
        assert type(caught.value) is StoreError
        assert isinstance(caught.value.__cause__, sqlite3.Error)  # the real cause is kept


def test_a_transaction_on_a_closed_database_fails_with_the_store_error(paths: Paths) -> None:
    store = open_journal(paths, NOW)
    store.close()
    with pytest.raises(StoreError), store.transaction():
        pass


def test_a_journal_that_cannot_be_created_fails_with_the_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as caught:
        open_journal(resolve_paths(blocker / "data"), NOW)
    assert isinstance(caught.value.__cause__, OSError)


def test_a_backup_that_cannot_be_written_fails_with_the_store_error(paths: Paths) -> None:
    with open_journal(paths, NOW) as store:
        store.upsert_night(Night(date(2024, 3, 4), quality=3))
        paths.backup_dir.parent.mkdir(parents=True, exist_ok=True)
        paths.backup_dir.write_text("a file where the backups folder should be")
        with pytest.raises(StoreError) as caught:
            store.back_up_daily(date(2024, 3, 5))
    assert isinstance(caught.value.__cause__, OSError)


def _mentions_sqlite3(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "sqlite3" for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlite3":
            return True
        # sys.modules["sqlite3"], importlib.import_module("sqlite3"): the same thing by name.
        if isinstance(node, ast.Constant) and node.value == "sqlite3":
            return True
    return False


def test_no_module_outside_the_store_uses_sqlite3() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in sorted(PACKAGE.rglob("*.py"))
        if PACKAGE / "store" not in path.parents
        and _mentions_sqlite3(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []
