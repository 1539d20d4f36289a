"""The `report` command's work: the PDF for a clinician, without importing any widget.

    pages = write_report(store, Path("report.pdf"), days=30, today=date.today())

The CLI calls this after opening the journal; it creates a QGuiApplication on the offscreen
platform if none exists (the report needs fonts, not a display).
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from companion.journeys.journal_data import load_journal_data
from companion.store.journal_store import JournalStore

DEFAULT_DAYS = 30
MAX_DAYS = 3650


class ReportError(ValueError):
    """Bad input for the report (the CLI prints it on one line and exits 2)."""


def report_period(days: int, today: date) -> tuple[date, date]:
    """The nights covered: the `days` nights ending with last night (the night before today)."""
    if not 1 <= days <= MAX_DAYS:
        raise ReportError(f"--days: {days} is outside 1–{MAX_DAYS}")
    last = today - timedelta(days=1)
    return last - timedelta(days=days - 1), last


def write_report(store: JournalStore, path: Path, days: int, today: date) -> int:
    """Write the PDF report for the `days` nights before `today`; the number of pages."""
    first, last = report_period(days, today)
    if path.suffix.lower() != ".pdf":
        raise ReportError(f"--output: {path} should end in .pdf")
    if not path.parent.is_dir():
        raise ReportError(f"--output: the folder {path.parent} does not exist")
    _ensure_gui_application()
    from companion.render.report import build_report  # Qt loads only for this command

    data = load_journal_data(store, first, last)
    return build_report(data, path, days, last_night=last)


def _ensure_gui_application() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["bedtime-companion-report"])
        # Keep it alive for the rest of the process (Qt needs one per process).
        globals()["_APP"] = app
