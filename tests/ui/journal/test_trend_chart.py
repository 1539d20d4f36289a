"""A trend chart keeps unlogged nights as gaps, in its data and on screen."""

from __future__ import annotations

from datetime import date, timedelta

from companion.ui.journal.trend_chart import SERIES, TrendChart, dense_values

START = date(2024, 1, 1)


def test_gaps_are_none_not_zero():
    values = dense_values(
        [(START, 3.0), (START + timedelta(days=3), 5.0)], START, START + timedelta(days=4)
    )
    assert values == [3.0, None, None, 5.0, None]


def test_gap_is_drawn_as_a_gap(qtbot):
    chart = TrendChart(SERIES[1])  # sleep quality, no average line
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    first = [(START + timedelta(days=i), 5.0) for i in range(10)]
    later = [(START + timedelta(days=20 + i), 5.0) for i in range(10)]
    chart.set_points(first + later)
    image = chart.grab().toImage()
    plot = chart.plot_rect()
    y = int(plot.top())  # value 5 is the top of the axis
    line = chart.colours().line

    def inked(x: float) -> bool:
        return any(
            abs(image.pixelColor(int(x), y + dy).hue() - line.hue()) < 20
            and image.pixelColor(int(x), y + dy).saturationF() > 0.3
            for dy in range(-2, 3)
        )

    step = plot.width() / 30
    assert inked(plot.left() + step * 5)  # inside the first run
    assert not inked(plot.left() + step * 15)  # the unlogged nights
    assert inked(plot.left() + step * 25)
