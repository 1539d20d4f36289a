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

from companion.render.figure_svg import LIGHT_PALETTE
from companion.store.resource_files import resource_path

STRETCH_IDS = ("calf", "hamstring", "quadriceps", "hip_glute", "lying_leg")

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
    return themed_svg(text, dark=dark).encode("utf-8")


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
    light = stretch_svg(stretch_id, dark=False).decode("utf-8")
    return render_svg_text(
        light,
        size.width(),
        size.height(),
        dark=dark,
        mirrored=mirrored,
        ratio=device_pixel_ratio,
    )


def themed_svg(svg: str, *, dark: bool) -> str:
    """The SVG text with its light palette swapped for the dark one when asked."""
    if not dark:
        return svg
    return _HEX.sub(lambda m: _TO_DARK.get(m.group(0).lower(), m.group(0)), svg)


def render_svg_text(
    svg: str, width: int, height: int, *, dark: bool, mirrored: bool, ratio: float = 1.0
) -> QPixmap:
    """A drawing's SVG text (light palette, e.g. a frame of the figure's move) fitted into
    ``width`` x ``height`` logical pixels, aspect ratio kept, centred on a transparent pixmap,
    themed for the dark palette and mirrored for the other side as asked."""
    device_width = max(1, round(width * ratio))
    device_height = max(1, round(height * ratio))
    renderer = QSvgRenderer(QByteArray(themed_svg(svg, dark=dark).encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("the illustration is not a valid SVG")
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(device_width, device_height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, device_width, device_height))
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
