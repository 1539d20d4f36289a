"""The seven-night average behind the restless-legs chart."""

from __future__ import annotations

from companion.render.chart_painter import rolling_mean


def test_seven_night_average_skips_sparse_windows():
    values = [1, 2, 3, 4, None, None, None, None, None, None]
    # Needs 4 known values among the last 7 nights: from night 8 on only 3 (or fewer) remain.
    assert rolling_mean(values) == [None, None, None, 2.5, 2.5, 2.5, 2.5, None, None, None]
