"""Medicine and iron-test marks on the charts, and the onset-trend chart with its sentence."""

from __future__ import annotations

from datetime import date, timedelta

from companion.core.treatment_markers import Marker
from companion.ui.journal.charts import ChartsPanel
from companion.ui.journal.onset_chart import EARLIER_SENTENCE
from companion.ui.journal.treatments_page import TreatmentsPage

END = date(2026, 3, 31)


def panel(qtbot) -> ChartsPanel:
    p = ChartsPanel()
    qtbot.addWidget(p)
    points = [(END - timedelta(days=i), 5.0) for i in reversed(range(60))]
    p.set_data({"rls_intensity": points}, {})
    p.set_range(90)
    p.set_markers(
        [
            Marker(END - timedelta(days=10), "medicine", "Started pramipexole 0.25 mg"),
            Marker(END - timedelta(days=3), "lab", "Iron test: ferritin 48"),
        ]
    )
    return p


def page(qtbot, onsets: list[tuple[date, int]]) -> TreatmentsPage:
    p = TreatmentsPage(END)
    qtbot.addWidget(p)
    p.set_onsets(onsets, END)
    p.show()
    return p


def test_a_mark_sits_on_its_night_and_its_words_show_on_hover(qtbot) -> None:
    p = panel(qtbot)
    chart = p.charts[0]
    assert chart.marks == [(79, "medicine"), (86, "lab")]
    assert "Started pramipexole 0.25 mg" in p.describe(79)
    assert "Iron test" not in p.describe(79)


def test_start_two_hours_earlier_over_eight_weeks_shows_the_sentence(qtbot) -> None:
    first = END - timedelta(weeks=8) + timedelta(days=1)
    onsets = [(first + timedelta(days=i), 22 * 60 if i < 28 else 19 * 60) for i in range(56)]
    p = page(qtbot, onsets)
    assert p.onset_sentence.isVisible()
    assert p.onset_sentence.text() == EARLIER_SENTENCE
    assert p.onset.values[-1] == 19 * 60


def test_a_steady_start_says_nothing(qtbot) -> None:
    first = END - timedelta(weeks=8) + timedelta(days=1)
    p = page(qtbot, [(first + timedelta(days=i), 21 * 60) for i in range(56)])
    assert not p.onset_sentence.isVisible()
