"""Private, crash-safe file primitives shared by every store module."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from companion.store.paths import FILE_MODE, make_private_dir


def write_atomically(path: Path, data: bytes, *, owned_folder: bool = True) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file, never half.

    Temp file in the same folder (0600 from creation), fsync, rename, then fsync the folder
    so the rename itself is durable. `owned_folder=False` is for folders the desktop owns
    (e.g. ~/.config/autostart): made if missing, but an existing one keeps its mode (§4.2).
    """
    if owned_folder:
        make_private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, FILE_MODE)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def move_aside(path: Path, reason: str, *, stamp: datetime) -> Path:
    """Rename a file we cannot use to `<name>.<reason>-<stamp>` beside it; never delete it.

    `stamp` is passed in (the store reads no clock of its own choosing in tests).
    """
    target = path.with_name(f"{path.name}.{reason}-{stamp:%Y%m%d-%H%M%S}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp:%Y%m%d-%H%M%S}-{n}")
    os.replace(path, target)
    return target


def make_private_file(path: Path) -> None:
    if path.exists() and path.stat().st_mode & 0o777 != FILE_MODE:
        path.chmod(FILE_MODE)
