"""Opening the journal file: creating, checking, migrating, or moving a damaged one aside.

SQLite in WAL mode with `synchronous=FULL`. A file we cannot use is moved aside, never deleted,
and the caller gets a `JournalNotice` to show the user; a file from a newer version of the app
is opened read-only instead.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from companion.core.words import translate
from companion.store import backups, migrations
from companion.store.errors import StoreError
from companion.store.factor_rows import sync_builtin_definitions
from companion.store.files import make_private_file, move_aside
from companion.store.paths import FILE_MODE, make_private_dir

BUSY_TIMEOUT_MS = 5000  # the tray app and a `log` from the shell may write at the same moment
_SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True)
class JournalNotice:
    """What the user must be told after opening (the GUI shows it; the CLI prints it, exit 1)."""

    kind: Literal["moved_aside", "newer_version"]
    message: str
    moved_to: Path | None = None


@dataclass(frozen=True)
class OpenedFile:
    """A connection ready for the store, and what the user must hear about the file."""

    db: sqlite3.Connection
    notice: JournalNotice | None
    read_only: bool


def open_database(path: Path, backup_dir: Path, now: datetime) -> OpenedFile:
    """Connect to the journal at `path`, first moving a damaged file aside or migrating.

    `now` dates the moved-aside names and the pre-migration copy.
    """
    make_private_dir(path.parent)
    notice: JournalNotice | None = None
    if path.exists():
        problem, version = _inspect(path)
        if problem is not None:
            moved = _move_aside_with_sidecars(path, now)
            notice = JournalNotice(
                "moved_aside",
                translate(
                    "Journal file",
                    "The journal file could not be read ({problem}). It was moved aside to "
                    "{moved} and kept for recovery; a new, empty journal has been started.",
                ).format(problem=problem, moved=moved),
                moved,
            )
        elif version > migrations.latest_version():
            return OpenedFile(
                _connect_read_only(path),
                JournalNotice(
                    "newer_version",
                    translate(
                        "Journal file",
                        "The journal {path} was written by a newer version of Bedtime Companion "
                        "(format {version}; this version knows up to {latest}). It is open "
                        "read-only: nothing will be saved until the app is updated.",
                    ).format(path=path, version=version, latest=migrations.latest_version()),
                ),
                read_only=True,
            )
    db = _connect(path)
    try:
        _migrate_with_copy(db, backup_dir, now)
        sync_builtin_definitions(db)
    except BaseException:
        db.close()
        raise
    return OpenedFile(db, notice, read_only=False)


def _inspect(path: Path) -> tuple[str | None, int]:
    """(what is wrong or None, user_version) for an existing file, without changing it."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return translate("Journal file", "it cannot be opened: {cause}").format(cause=exc), 0
    try:
        version = migrations.user_version(db)
        result = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return (
            translate("Journal file", "it is not a journal database: {cause}").format(cause=exc),
            0,
        )
    finally:
        db.close()
    if [tuple(r) for r in result] != [("ok",)]:
        problem = translate("Journal file", "its integrity check failed: {cause}")
        return problem.format(cause=result[0][0]), version
    return None, version


def _move_aside_with_sidecars(path: Path, now: datetime) -> Path:
    # The -wal holds committed writes of the damaged file: keep it beside it for recovery.
    moved = move_aside(path, "damaged", stamp=now)
    for suffix in _SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            move_aside(sidecar, "damaged", stamp=now)
    return moved


def _connect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        # Create it ourselves so it is 0600 from the start; SQLite gives -wal/-shm the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    make_private_file(path)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a "write" is exactly one
    # transaction and nothing is left open behind our back.
    db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise StoreError(
                translate(
                    "Journal file", "The journal {path} cannot use write-ahead logging ({mode})."
                ).format(path=path, mode=mode)
            )
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        db.close()
        raise
    for suffix in _SIDECARS:
        make_private_file(path.with_name(path.name + suffix))
    return db


def _connect_read_only(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    db.execute("PRAGMA query_only = ON")
    return db


def _migrate_with_copy(db: sqlite3.Connection, backup_dir: Path, now: datetime) -> None:
    version = migrations.user_version(db)
    if version >= migrations.latest_version():
        return
    has_content = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if has_content:
        backups.copy_before_migration(db, backup_dir, version, now)
    try:
        migrations.migrate(db)
    except sqlite3.Error as exc:
        if has_content:
            text = translate(
                "Journal file",
                "The journal could not be upgraded from format {version}: {cause}. It is "
                "unchanged and a copy was saved in the backups folder.",
            )
        else:
            text = translate(
                "Journal file",
                "The journal could not be upgraded from format {version}: {cause}. It is "
                "unchanged.",
            )
        raise StoreError(text.format(version=version, cause=exc)) from exc
