"""The stretch drawings, loaded from the shipped resources and themed at render time.

One SVG per stretch (``resources/stretches/<id>.svg``, written by ``tools/draw_stretches.py``)
serves both themes and both sides: for the dark theme the loader swaps the drawing's fixed palette
colours for their dark twins, and the second side is the same picture mirrored at render time.
The unmirrored drawing shows the figure's RIGHT leg working (a right-facing figure shows its
right side).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from companion.store.resource_files import resource_path

STRETCH_IDS = ("calf", "hamstring", "quadriceps", "hip_glute", "lying_leg")

# The drawings' colours by role, as written by tools/draw_stretches.py (keep the two in step).
LIGHT_PALETTE = {
    "BACKGROUND": "#f5f1ea",
    "FLOOR": "#b3a999",
    "PROP": "#dcd3c4",
    "FIGURE": "#3e4c6d",
    "FIGURE_FAR": "#7f8ba8",
    "ACCENT": "#e8773f",
}
# Light figure on a dark, calm card; the accent stays warm but softer.
DARK_PALETTE = {
    "BACKGROUND": "#1c2133",
    "FLOOR": "#4b536d",
    "PROP": "#2b3249",
    "FIGURE": "#dde3f0",
    "FIGURE_FAR": "#6f7a99",
    "ACCENT": "#e39a6f",
}
_TO_DARK = {LIGHT_PALETTE[role].lower(): DARK_PALETTE[role] for role in LIGHT_PALETTE}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def stretch_svg_path(stretch_id: str) -> Path:
    """The drawing of one stretch; ValueError for an id that has none."""
    if stretch_id not in STRETCH_IDS:
        raise ValueError(f"no illustration for stretch {stretch_id!r}")
    return resource_path("stretches", f"{stretch_id}.svg")


@cache
def stretch_svg(stretch_id: str, *, dark: bool) -> bytes:
    """The SVG text of a drawing, its palette swapped for the dark theme when asked."""
    text = stretch_svg_path(stretch_id).read_text(encoding="utf-8")
    if dark:
        text = _HEX.sub(lambda m: _TO_DARK.get(m.group(0).lower(), m.group(0)), text)
    return text.encode("utf-8")


def render_stretch(
    stretch_id: str,
    size: QSize,
    *,
    mirrored: bool,
    dark: bool,
    device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """The drawing fitted into ``size`` (logical pixels), aspect ratio kept, centred on a
    transparent pixmap; ``mirrored`` flips it left-right for the other side."""
    width = max(1, round(size.width() * device_pixel_ratio))
    height = max(1, round(size.height() * device_pixel_ratio))
    renderer = QSvgRenderer(QByteArray(stretch_svg(stretch_id, dark=dark)))
    if not renderer.isValid():
        raise ValueError(f"the illustration for {stretch_id!r} is not a valid SVG")
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
