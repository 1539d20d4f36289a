"""One visual system: colour roles by day and evening, a type scale, a calm ramp, no Qt blue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.render.chart_colours import intensity_colour
from companion.render.dialog_icons import dialog_pixmap
from companion.ui.journal.calendar_view import IntensityCalendar, to_qdate
from companion.ui.theme import (
    DAY,
    NIGHT,
    SMALLEST_POINTS,
    colour,
    day_palette,
    font,
    palette,
)

ROLES = ("window", "surface", "raised", "text", "muted", "accent", "accent_text", "positive",
         "negative", "focus", "line")  # fmt: skip
QT_BLUE = QColor("#308cc6")  # Fusion's selection and header colour


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        ch = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
              for x in (c.redF(), c.greenF(), c.blueF())]  # fmt: skip
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_bluish(c: QColor) -> bool:
    return c.blue() > c.red() + 40 and c.saturationF() > 0.4


@pytest.fixture
def evening() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(palette(True))
    yield
    app.setPalette(QPalette())


@pytest.mark.parametrize("dark", [True, False])
def test_both_palettes_have_every_role_and_text_reads(dark):
    roles = NIGHT if dark else DAY
    assert set(ROLES) <= set(roles)
    for ground in ("window", "surface", "raised"):
        assert contrast(colour("text", dark), colour(ground, dark)) >= 7
        assert contrast(colour("muted", dark), colour(ground, dark)) >= 4.5  # hints stay readable
    assert contrast(colour("accent_text", dark), colour("accent", dark)) >= 4.5
    assert contrast(colour("negative", dark), colour("surface", dark)) >= 4.5


def test_the_evening_is_dark_and_has_no_blue_selection_or_link():
    pal = palette(True)
    assert pal.color(QPalette.ColorRole.Window).lightnessF() < 0.2
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Link):
        assert not is_bluish(pal.color(role))


def test_hints_are_muted_text_not_the_disabled_grey():
    pal = palette(True)
    hint = pal.color(QPalette.ColorRole.PlaceholderText)
    assert hint == colour("muted", True)
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled != hint


def test_by_day_the_desktop_surfaces_stay_and_only_our_accents_are_laid_over():
    desktop = QGuiApplication.palette()
    pal = day_palette(desktop)
    assert pal.color(QPalette.ColorRole.Window) == desktop.color(QPalette.ColorRole.Window)
    assert pal.color(QPalette.ColorRole.Highlight) == colour("accent", False)
    assert pal.color(QPalette.ColorRole.Highlight) != QT_BLUE


def test_type_scale_grows_from_the_desktop_body_and_never_goes_under_9_pt():
    small = QFont()
    small.setPointSizeF(8.0)
    assert font("body", small).pointSizeF() == SMALLEST_POINTS
    assert font("caption", small).pointSizeF() == SMALLEST_POINTS
    base = QFont()
    base.setPointSizeF(11.0)
    sizes = [font(role, base).pointSizeF() for role in ("display", "title", "heading", "body")]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 11.0


@pytest.mark.parametrize("dark", [True, False])
def test_the_ramp_is_quiet_at_none_and_grows_steadily(dark):
    page = colour("surface", dark)
    tiles = [intensity_colour(v, dark=dark) for v in range(11)]
    steps = [contrast(tile, page) for tile in tiles]
    assert steps == sorted(steps)  # each value stands out more than the one before
    assert 1.05 < steps[0] < 1.6  # "0 none" is the quietest tile, just off the page
    assert steps[-1] > 3
    assert not any(is_bluish(t) for t in tiles)


def test_calendar_header_and_selection_are_theme_roles_not_qt_blue(qtbot, evening):
    calendar = IntensityCalendar(lambda _d: None)
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(to_qdate(date(2026, 11, 23)))
    calendar.resize(560, 440)
    calendar.show()
    qtbot.waitExposed(calendar)
    image = calendar.grab().toImage()
    header = image.pixelColor(image.width() // 4, 6)
    assert header == colour("raised", True)
    blue = sum(
        is_bluish(image.pixelColor(x, y))
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    )
    assert blue == 0


@pytest.mark.parametrize("kind", ["information", "warning", "error", "question"])
def test_dialog_icons_are_drawn_in_the_ink_given(kind):
    ink = colour("text", True)
    image = dialog_pixmap(kind, ink, 48).toImage()  # type: ignore[arg-type]
    inked = [
        image.pixelColor(x, y)
        for y in range(48)
        for x in range(48)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(inked) > 80
    assert all(abs(c.red() - ink.red()) < 3 for c in inked)


def test_apply_palette_still_dresses_a_single_window(qtbot):
    from companion.ui.theme import apply_palette

    widget = QWidget()
    qtbot.addWidget(widget)
    apply_palette(widget, True)
    assert widget.palette().color(QPalette.ColorRole.Window) == colour("window", True)
