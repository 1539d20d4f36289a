"""Copies of the journal: one a day (the last 14 kept) and one before every migration.

Copies go through SQLite's online backup API, so they are consistent even while the app
writes, and include what is still in the WAL. Each is written to a private temp file, fsynced
and renamed, so a crash never leaves a half copy under a real name.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from companion.store.files import fsync_dir
from companion.store.paths import FILE_MODE, make_private_dir

KEEP_DAILY = 14
_DAILY = re.compile(r"journal-(\d{4}-\d{2}-\d{2})\.sqlite3")


def daily_backup_path(backup_dir: Path, day: date) -> Path:
    return backup_dir / f"journal-{day.isoformat()}.sqlite3"


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of `source` at `target` (0600), durable when this returns."""
    make_private_dir(target.parent)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    # Create the file ourselves so it is private from the first byte, whatever the umask.
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
        finally:
            copy.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target


def back_up_daily(source: sqlite3.Connection, backup_dir: Path, today: date) -> Path | None:
    """Today's copy if there is none yet (then prune to the last 14); None if already done."""
    target = daily_backup_path(backup_dir, today)
    if target.exists():
        return None
    copy_database(source, target)
    prune_daily(backup_dir)
    return target


def daily_backups(backup_dir: Path) -> list[Path]:
    """Daily copies, oldest first (the ISO date in the name sorts by time)."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.iterdir() if _DAILY.fullmatch(p.name))


def prune_daily(backup_dir: Path, keep: int = KEEP_DAILY) -> list[Path]:
    """Delete all but the newest `keep` daily copies; the ones removed."""
    old = daily_backups(backup_dir)[:-keep]
    for path in old:
        path.unlink()
    return old


def copy_before_migration(
    source: sqlite3.Connection, backup_dir: Path, from_version: int, now: datetime
) -> Path:
    """The dated copy taken before migrating; never pruned (they are rare and precious)."""
    name = f"journal-v{from_version}-before-migration-{now:%Y%m%d-%H%M%S}.sqlite3"
    target = backup_dir / name
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / name.replace(".sqlite3", f"-{n}.sqlite3")
    return copy_database(source, target)
