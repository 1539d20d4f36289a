"""The stretch drawings and icons: present, valid, one canvas, themed and mirrored as asked."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from companion.render.icons import app_icon, tray_icon
from companion.render.illustration import (
    DARK_PALETTE,
    LIGHT_PALETTE,
    STRETCH_IDS,
    render_stretch,
    stretch_svg,
    stretch_svg_path,
)
from companion.store.resource_files import resource_path

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_every_stretch_has_a_valid_drawing_on_the_same_canvas(qapp):
    boxes = set()
    for stretch_id in STRETCH_IDS:
        path = stretch_svg_path(stretch_id)
        assert path.is_file(), path
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path
        boxes.add(renderer.viewBoxF().getRect())
    assert boxes == {(0.0, 0.0, 480.0, 360.0)}


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_drawings_hold_no_text_and_only_palette_colours(stretch_id):
    text = stretch_svg_path(stretch_id).read_text(encoding="utf-8")
    assert "<text" not in text
    colours = {c.lower() for c in HEX.findall(text)}
    assert colours <= {c.lower() for c in LIGHT_PALETTE.values()}


def test_an_unknown_stretch_has_no_drawing():
    with pytest.raises(ValueError):
        stretch_svg_path("headstand")


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_render_has_the_requested_size_and_the_mirror_is_a_mirror(qapp, stretch_id):
    size = QSize(300, 225)
    plain = render_stretch(stretch_id, size, mirrored=False, dark=False)
    mirrored = render_stretch(stretch_id, size, mirrored=True, dark=False)
    assert not plain.isNull()
    assert plain.size() == size
    assert mirrored.size() == size
    assert plain.toImage() != mirrored.toImage()  # the drawings are not symmetric
    assert mirrored.toImage() == plain.toImage().flipped(Qt.Orientation.Horizontal)


def test_render_keeps_the_aspect_ratio_inside_a_tall_box(qapp):
    image = render_stretch("calf", QSize(200, 400), mirrored=False, dark=False).toImage()
    assert image.size() == QSize(200, 400)
    assert image.pixelColor(100, 5).alpha() == 0  # letterboxed, not stretched
    assert image.pixelColor(100, 200).alpha() == 255


def test_render_honours_the_device_pixel_ratio(qapp):
    pixmap = render_stretch(
        "hamstring", QSize(240, 180), mirrored=False, dark=True, device_pixel_ratio=2.0
    )
    assert pixmap.size() == QSize(480, 360)
    assert pixmap.deviceIndependentSize().toSize() == QSize(240, 180)


def _colours(image: QImage) -> set[str]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_dark_render_swaps_the_palette(qapp, stretch_id):
    size = QSize(240, 180)
    light = render_stretch(stretch_id, size, mirrored=False, dark=False).toImage()
    dark = render_stretch(stretch_id, size, mirrored=False, dark=True).toImage()
    assert light != dark
    dark_svg = stretch_svg(stretch_id, dark=True).decode()
    assert not {c.lower() for c in HEX.findall(dark_svg)} & {
        c.lower() for c in LIGHT_PALETTE.values()
    }
    light_colours = {QColor(c).name() for c in LIGHT_PALETTE.values()}
    dark_pixels = _colours(dark)
    assert QColor(DARK_PALETTE["BACKGROUND"]).name() in dark_pixels
    assert QColor(DARK_PALETTE["FIGURE"]).name() in dark_pixels
    assert not dark_pixels & light_colours


def test_light_and_dark_palettes_share_their_roles():
    assert LIGHT_PALETTE.keys() == DARK_PALETTE.keys()
    assert not {c.lower() for c in LIGHT_PALETTE.values()} & {
        c.lower() for c in DARK_PALETTE.values()
    }


@pytest.mark.parametrize(
    "icon_factory",
    [
        app_icon,
        lambda: tray_icon(dark_panel=False),
        lambda: tray_icon(dark_panel=True),
        lambda: tray_icon(dark_panel=False, paused=True),
        lambda: tray_icon(dark_panel=True, paused=True),
    ],
    ids=["app", "tray-light", "tray-dark", "tray-light-paused", "tray-dark-paused"],
)
@pytest.mark.parametrize("px", [16, 22])
def test_icons_load_at_tray_sizes(qapp, icon_factory, px):
    icon = icon_factory()
    assert not icon.isNull()
    pixmap = icon.pixmap(px, px)
    assert not pixmap.isNull()
    assert pixmap.size() == QSize(px, px)
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(px) for y in range(px)), (
        "the icon drew nothing"
    )


def test_tray_glyphs_contrast_with_their_panels(qapp):
    def mean_lightness(dark_panel: bool) -> float:
        name = "tray-dark.svg" if dark_panel else "tray-light.svg"
        renderer = QSvgRenderer(str(resource_path("icons", name)))
        image = QImage(32, 32, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, 32, 32))
        painter.end()
        opaque = [
            image.pixelColor(x, y).lightnessF()
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y).alpha() == 255
        ]
        return sum(opaque) / len(opaque)

    assert mean_lightness(dark_panel=True) > 0.8
    assert mean_lightness(dark_panel=False) < 0.3
