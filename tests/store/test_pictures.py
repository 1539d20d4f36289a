"""A stretch picture the user chose is kept as a private copy in the data folder; anything that is
not a plain picture file of a sane size is refused before it is read."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.custom_stretches import CustomStretch
from companion.core.settings import Settings
from companion.store.errors import StoreError
from companion.store.pictures import PICTURE_MAX_BYTES, keep_pictures, read_picture
from companion.store.settings_file import load_settings, save_settings

PNG = bytes.fromhex("89504e470d0a1a0a") + b"rest of a picture"


def _settings(picture: str) -> Settings:
    own = CustomStretch(
        "figure-four", "Figure-four stretch", ("Lie on your back.",), True, 30, picture
    )
    return Settings(custom_stretches=(own,))


def test_a_chosen_picture_is_copied_privately_and_the_settings_point_at_the_copy(
    tmp_path: Path, data_dir: Path
) -> None:
    original = tmp_path / "Pictures" / "me.PNG"
    original.parent.mkdir()
    original.write_bytes(PNG)
    kept = keep_pictures(_settings(str(original)), data_dir)
    copy = Path(kept.custom_stretches[0].picture)
    assert copy == data_dir / "pictures" / "figure-four.png"
    assert copy.read_bytes() == PNG
    assert copy.stat().st_mode & 0o777 == 0o600
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    original.unlink()  # the user tidies their pictures: the routine keeps its own copy
    assert keep_pictures(kept, data_dir) == kept


def test_a_picture_no_stretch_uses_any_more_is_removed(tmp_path: Path, data_dir: Path) -> None:
    original = tmp_path / "me.jpg"
    original.write_bytes(PNG)
    kept = keep_pictures(_settings(str(original)), data_dir)
    keep_pictures(Settings(), data_dir)
    assert not Path(kept.custom_stretches[0].picture).exists()


def test_the_settings_file_keeps_the_stretch_and_its_picture(
    tmp_path: Path, data_dir: Path
) -> None:
    original = tmp_path / "me.png"
    original.write_bytes(PNG)
    kept = keep_pictures(_settings(str(original)), data_dir)
    file = tmp_path / "settings.toml"
    save_settings(file, kept)
    assert "[[custom_stretches]]" in file.read_text(encoding="utf-8")
    loaded = load_settings(file, now=datetime(2026, 3, 1))
    assert loaded.settings == kept


def test_a_fifo_a_folder_and_a_huge_file_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a picture file"):
        read_picture(fifo)  # refused without blocking on the pipe
    folder = tmp_path / "folder.png"
    folder.mkdir()
    with pytest.raises(StoreError):
        read_picture(folder)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as file:
        file.truncate(PICTURE_MAX_BYTES + 1)
    with pytest.raises(StoreError, match="larger than"):
        read_picture(huge)
    with pytest.raises(StoreError, match="cannot be opened"):
        read_picture(tmp_path / "gone.png")
