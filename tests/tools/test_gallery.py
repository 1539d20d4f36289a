"""The gallery renders real windows to PNG files named window-state-palette-scale.png."""

from __future__ import annotations

from PySide6.QtGui import QImage

from tools import gallery


def test_gallery_writes_pictures_and_an_index(tmp_path):
    status = gallery.main(
        [
            str(tmp_path),
            "--only",
            "about,tonight-plain",
            "--palettes",
            "evening",
            "--scales",
            "100,200",
        ]
    )
    assert status == 0
    one = QImage(str(tmp_path / "about-box-evening-100.png"))
    two = QImage(str(tmp_path / "about-box-evening-200.png"))
    assert not one.isNull() and two.width() == 2 * one.width()
    assert (tmp_path / "tonight-plain-evening-100.png").exists()
    index = (tmp_path / "index.html").read_text()
    assert "about-box-evening-200.png" in index
