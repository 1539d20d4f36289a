"""Render windows to PNG in light and dark palettes, at 100 % and 200 %, for people to look at.

Pictures go to $SNAPSHOT_DIR when set (e.g. SNAPSHOT_DIR=artifacts/screens), else to the test's
temp dir. Returns the paths so tests can also check what was drawn.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui.theme import palette


def snapshot_dir(default: Path) -> Path:
    folder = Path(os.environ.get("SNAPSHOT_DIR") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def render(widget: QWidget, scale: float) -> QImage:
    """The widget as it would look on a screen with this scale factor."""
    size = widget.size()
    pixmap = QPixmap(int(size.width() * scale), int(size.height() * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    return pixmap.toImage()


def save_variants(
    make: Callable[[], QWidget], name: str, folder: Path, qtbot: object
) -> dict[tuple[str, int], Path]:
    """Build the window once per palette and save it at 100 % and 200 %."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved: dict[tuple[str, int], Path] = {}
    original = app.palette()
    try:
        for theme in ("light", "dark"):
            app.setPalette(palette(theme == "dark"))
            widget = make()
            qtbot.addWidget(widget)  # type: ignore[attr-defined]
            widget.show()
            widget.resize(widget.sizeHint().expandedTo(widget.size()))
            for scale in (1, 2):
                path = folder / f"{name}-{theme}-{scale * 100}.png"
                assert render(widget, scale).save(str(path))
                saved[(theme, scale)] = path
            widget.close()
    finally:
        app.setPalette(original)
    return saved


def assert_both_palettes_and_scales(saved: dict[tuple[str, int], Path]) -> QImage:
    """Light reads light, dark reads dark, 200 % is twice the size; the light 100 % image."""
    light = QImage(str(saved[("light", 1)]))
    dark = QImage(str(saved[("dark", 1)]))
    double = QImage(str(saved[("light", 2)]))
    assert light.pixelColor(2, 2).lightnessF() > 0.8
    assert dark.pixelColor(2, 2).lightnessF() < 0.25
    assert double.width() == 2 * light.width()
    assert double.height() == 2 * light.height()
    return light
