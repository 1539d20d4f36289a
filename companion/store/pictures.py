"""The pictures of the user's own stretches: read with care, kept as private copies.

A picture the user chose is copied to `<data>/pictures/<id>.<ext>` (0600) when the settings are
applied, so moving or deleting the original later never takes it out of the routine.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

from companion.core.custom_stretches import PICTURE_SUFFIXES, CustomStretch
from companion.core.settings import Settings
from companion.core.words import translate
from companion.store.errors import StoreError
from companion.store.files import write_atomically

FOLDER = "pictures"
# A phone photo is a few MB; beyond this it is not a picture meant for a card on screen.
PICTURE_MAX_BYTES = 16 * 1024 * 1024


def pictures_dir(data_dir: Path) -> Path:
    return data_dir / FOLDER


def read_picture(path: str | Path) -> bytes:
    """The bytes of a picture file ("~" expanded); StoreError for anything that is not a
    regular file of at most PICTURE_MAX_BYTES (a FIFO, a device or a folder is refused, and
    never read: opening without blocking, then checking what was opened)."""
    where = Path(path).expanduser()
    try:
        fd = os.open(where, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise StoreError(
            translate("Pictures", "{file} cannot be opened ({cause})").format(
                file=where, cause=exc.strerror
            )
        ) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(
                translate("Pictures", "{file} is not a picture file").format(file=where)
            )
        if info.st_size > PICTURE_MAX_BYTES:
            raise _too_large(where)
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(PICTURE_MAX_BYTES + 1)
    except OSError as exc:
        raise StoreError(
            translate("Pictures", "{file} cannot be read ({cause})").format(
                file=where, cause=exc.strerror
            )
        ) from exc
    finally:
        os.close(fd)
    if len(data) > PICTURE_MAX_BYTES:  # it grew while being read
        raise _too_large(where)
    return data


def _too_large(where: Path) -> StoreError:
    return StoreError(
        translate("Pictures", "{file} is larger than {size} MB").format(
            file=where, size=PICTURE_MAX_BYTES // (1024 * 1024)
        )
    )


def keep_picture(source: str | Path, data_dir: Path, stretch_id: str) -> Path:
    """Copy a chosen picture to `<data>/pictures/<id>.<ext>` (0600) and return where it is;
    an older picture of the same stretch with another extension is removed."""
    suffix = Path(source).suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        raise StoreError(
            translate("Pictures", "{file} is not a PNG, JPEG or SVG file").format(file=source)
        )
    target = pictures_dir(data_dir) / f"{stretch_id}{suffix}"
    data = read_picture(source)
    try:
        write_atomically(target, data)
        for other in PICTURE_SUFFIXES:
            if other != suffix:
                target.with_suffix(other).unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(
            translate("Pictures", "the picture could not be saved in {folder} ({cause})").format(
                folder=target.parent, cause=exc
            )
        ) from exc
    return target


def keep_pictures(settings: Settings, data_dir: Path) -> Settings:
    """`settings` with each custom stretch's picture copied into the data folder (those already
    there stay as they are), and the copies of stretches that are gone removed."""
    folder = pictures_dir(data_dir).resolve()
    kept: list[CustomStretch] = []
    for entry in settings.custom_stretches:
        picture = entry.picture
        if picture and Path(picture).expanduser().resolve().parent != folder:
            picture = str(keep_picture(picture, data_dir, entry.id))
        kept.append(dataclasses.replace(entry, picture=picture))
    _remove_unused(folder, {Path(e.picture).name for e in kept if e.picture})
    return dataclasses.replace(settings, custom_stretches=tuple(kept))


def _remove_unused(folder: Path, used: set[str]) -> None:
    if not folder.is_dir():
        return
    try:
        for path in folder.iterdir():
            if path.is_file() and path.suffix.lower() in PICTURE_SUFFIXES and path.name not in used:
                path.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(
            translate(
                "Pictures", "an unused picture in {folder} could not be removed ({cause})"
            ).format(folder=folder, cause=exc)
        ) from exc
