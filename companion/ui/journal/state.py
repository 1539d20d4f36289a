"""What the journal window remembers between openings: size, tab, ranges, experiment start."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from companion.core.words import QT_TRANSLATE_NOOP

TABS = ("calendar", "list", "charts", "insights", "experiment", "treatments")
# Marked here, translated where shown (the window's tabs), in the context "Journal".
TAB_TITLES = (
    QT_TRANSLATE_NOOP("Journal", "&Calendar"),
    QT_TRANSLATE_NOOP("Journal", "&List"),
    QT_TRANSLATE_NOOP("Journal", "C&harts"),
    QT_TRANSLATE_NOOP("Journal", "&What helps me"),
    QT_TRANSLATE_NOOP("Journal", "E&xperiment"),
    QT_TRANSLATE_NOOP("Journal", "&Medicines and tests"),
)


@dataclass
class JournalWindowState:
    """What the window remembers between openings; the app stores it (e.g. in settings)."""

    # Opens whole on a 1280×720 screen below a panel; a bigger size the user chose is kept.
    width: int = 1100
    height: int = 640
    tab: str = "calendar"
    chart_range: int | None = 30
    experiment_start: date | None = None
    report_days: int = 30
    insights_range: int | None = None  # nights compared in "What helps me"; None = all

    def to_dict(self) -> dict[str, Any]:
        return {
            "width": self.width,
            "height": self.height,
            "tab": self.tab,
            "chart_range": self.chart_range,
            "experiment_start": self.experiment_start.isoformat()
            if self.experiment_start
            else None,
            "report_days": self.report_days,
            "insights_range": self.insights_range,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> JournalWindowState:
        """Forgiving: anything missing or odd falls back to the default."""
        state = cls()
        try:
            state.width = max(600, int(raw.get("width", state.width)))
            state.height = max(400, int(raw.get("height", state.height)))
            tab = raw.get("tab")
            state.tab = tab if tab in TABS else state.tab
            chart_range = raw.get("chart_range", state.chart_range)
            state.chart_range = None if chart_range is None else int(chart_range)
            start = raw.get("experiment_start")
            state.experiment_start = date.fromisoformat(start) if start else None
            state.report_days = max(1, int(raw.get("report_days", state.report_days)))
            insights_range = raw.get("insights_range")
            state.insights_range = None if insights_range is None else int(insights_range)
        except (TypeError, ValueError):
            return cls()
        return state
