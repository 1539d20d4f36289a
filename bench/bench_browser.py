"""Ten years of nights in the journal browser: open + first chart, insights, PDF report.

    python -m bench.bench_browser [--nights 3650]

Goals (issue 6): open the journal window and draw the first chart < 0.5 s (loading from the
store included), insights for all factors < 100 ms, the PDF report < 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.bench_journal import NOW, generate
from companion.core.insights import factor_insights
from companion.journeys.journal_data import load_journal_data
from companion.journeys.report import write_report
from companion.store.journal_store import open_journal
from companion.store.paths import resolve_paths

GOALS = {"open window + first chart": 0.5, "insights, all factors": 0.1, "PDF report": 2.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=3650)
    parser.add_argument("--report-days", type=int, default=90)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["bench"])
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with open_journal(resolve_paths(root), NOW) as store:
            generate(store, args.nights, random.Random(1))
        with open_journal(resolve_paths(root), NOW) as store:
            from companion.ui.journal.window import JournalWindow, JournalWindowState

            started = time.perf_counter()
            data = load_journal_data(store)
            loaded = time.perf_counter()
            window = JournalWindow(data, state=JournalWindowState(tab="charts"))
            window.show()
            window.charts.charts[0].repaint()  # the first chart, drawn now
            app.processEvents()
            done = time.perf_counter()
            rows.append(("  load from store", loaded - started))
            rows.append(("open window + first chart", done - started))
            window.charts.set_range(None)
            started = time.perf_counter()
            window.charts.repaint()
            rows.append(("  all charts, all nights", time.perf_counter() - started))

            started = time.perf_counter()
            insights = factor_insights(data.records, data.tags)
            rows.append(("insights, all factors", time.perf_counter() - started))

            last = data.last_night or date(2000, 1, 1)
            started = time.perf_counter()
            pages = write_report(store, root / "report.pdf", args.report_days, last + timedelta(1))
            rows.append(("PDF report", time.perf_counter() - started))
            window.close()
    print(
        f"{args.nights} nights · {len(insights)} factors × 4 outcomes · "
        f"report of {args.report_days} nights: {pages} pages"
    )
    print(f"{'step':<28}{'seconds':>9}  goal")
    failed = False
    for label, seconds in rows:
        goal = GOALS.get(label)
        verdict = "" if goal is None else ("ok" if seconds < goal else "SLOW")
        failed |= verdict == "SLOW"
        print(f"{label:<28}{seconds:>9.3f}  {'' if goal is None else f'< {goal} s {verdict}'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
