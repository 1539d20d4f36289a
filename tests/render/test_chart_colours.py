"""The intensity scale darkens with worse nights and keeps its labels readable."""

from __future__ import annotations

from PySide6.QtGui import QColor

from companion.render.chart_colours import intensity_colour, readable_on


def test_intensity_scale_is_ordered_and_labels_stay_readable():
    lightness = [intensity_colour(v).lightnessF() for v in range(11)]
    assert lightness[0] > lightness[5] > lightness[10]  # darker means worse
    for v in range(11):
        fill = intensity_colour(v)
        ink = readable_on(fill)
        assert contrast(fill, ink) >= 4.5  # WCAG AA for normal text


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
