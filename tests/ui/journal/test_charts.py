"""Charts render without Qt warnings on empty, one-night, gappy and ten-year journals."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from companion.core.insights import ROUTINE_STEPS
from companion.render.dates import short_date
from companion.services.language import use_language
from companion.ui.journal.adherence_strip import strip_label
from companion.ui.journal.charts import ChartsPanel
from companion.ui.journal.trend_chart import SERIES
from tests.ui.snapshots import save_variants, snapshot_dir

START = date(2024, 1, 1)


def journal(count: int, gap_every: int = 0, seed: int = 1):
    rng = random.Random(seed)
    series = {s.key: [] for s in SERIES}
    routine = {s: [] for s in ROUTINE_STEPS}
    for i in range(count):
        day = START + timedelta(days=i)
        if gap_every and (i // gap_every) % 2 == 1:
            continue  # a run of unlogged nights
        series["rls_intensity"].append((day, float(rng.randrange(0, 11))))
        series["quality"].append((day, float(rng.randrange(1, 6))))
        series["sleep_efficiency_pct"].append((day, 70 + rng.random() * 25))
        series["sleep_onset_min"].append((day, float(rng.randrange(5, 60))))
        for step in ROUTINE_STEPS:
            routine[step].append((day, rng.random() < 0.7))
    return series, routine


CASES = {
    "empty": (0, 0),
    "one-night": (1, 0),
    "gappy": (90, 6),
    "ten-years": (3650, 0),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_charts_render_in_both_palettes_and_scales(qtbot, tmp_path, case):
    count, gaps = CASES[case]
    series, routine = journal(count, gaps)

    def make():
        panel = ChartsPanel()
        panel.set_range(None if case == "ten-years" else 90)
        panel.set_data(series, routine)
        panel.resize(900, 860)
        return panel

    saved = save_variants(make, f"charts-{case}", snapshot_dir(tmp_path), qtbot)
    light, dark = QImage(str(saved[("light", 1)])), QImage(str(saved[("dark", 1)]))
    assert QImage(str(saved[("light", 2)])).width() == 2 * light.width()
    assert light.pixelColor(20, 200).lightnessF() > 0.8
    assert dark.pixelColor(20, 200).lightnessF() < 0.3


def test_hover_and_keys_describe_the_night(qtbot):
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    series, routine = journal(30)
    panel.set_data(series, routine)
    panel.resize(900, 860)
    panel.show()
    chart = panel.charts[0]
    plot = chart.plot_rect()
    at = QPointF(plot.right() - 2, plot.center().y())
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        chart.mapToGlobal(at),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart, move)
    assert panel.info.text().startswith(short_date(START + timedelta(days=29)))  # locale format
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert short_date(START + timedelta(days=28)) in panel.info.text()
    text = panel.info.text()
    assert "Restless legs:" in text
    # Each routine step as a whole phrase of its own, never a lowercased row name.
    assert "magnesium done" in text or "magnesium not done" in text
    assert "stretches done" in text or "stretches not done" in text


def test_german_charts_write_decimal_commas_and_keep_row_names_whole(qtbot):
    use_language("de")
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    series, routine = journal(30)
    series["sleep_efficiency_pct"][-1] = (series["sleep_efficiency_pct"][-1][0], 87.125)
    panel.set_data(series, routine)
    panel.resize(900, 860)
    panel.show()
    chart = panel.charts[0]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)  # the last night, at 87.125 %
    assert "87,1" in panel.info.text() and "87.1" not in panel.info.text()
    # The routine strip's row names ("Dehnübungen") fit in the column the charts leave them.
    fm = QFontMetricsF(panel.strip.font())
    widest = max(fm.horizontalAdvance(strip_label(s)) for s in ROUTINE_STEPS)
    assert panel.strip.plot_left is not None and widest + 10 <= panel.strip.plot_left


def test_range_buttons_change_the_span(qtbot):
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    series, routine = journal(400)
    panel.set_data(series, routine)
    assert len(panel.charts[0].values) == 30
    with qtbot.waitSignal(panel.range_changed) as blocker:
        panel.range_buttons.button(2).click()
    assert blocker.args == [365]
    assert len(panel.charts[0].values) == 365
    panel.range_buttons.button(3).click()
    assert len(panel.charts[0].values) == 400
