"""The `report` command's work: the PDF for a clinician, without importing any widget.

    pages = write_report(store, Path("report.pdf"), days=30, today=date.today())

The CLI calls this after opening the journal; it creates a QGuiApplication on the offscreen
platform if none exists (the report needs fonts, not a display).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from companion.core.onset import TREND_WEEKS
from companion.core.rls_summary import RlsRecords
from companion.core.words import translate
from companion.journeys.journal_data import load_journal_data
from companion.store.journal_store import JournalStore

DEFAULT_DAYS = 30
MAX_DAYS = 3650


class ReportError(ValueError):
    """Bad input for the report (the CLI prints it on one line and exits 2)."""


def report_period(days: int, today: date) -> tuple[date, date]:
    """The nights covered: the `days` nights ending with last night (the night before today)."""
    if not 1 <= days <= MAX_DAYS:
        raise ReportError(
            translate("Report", "--days: {days} is outside 1–{most}").format(
                days=days, most=MAX_DAYS
            )
        )
    last = today - timedelta(days=1)
    return last - timedelta(days=days - 1), last


def write_report(store: JournalStore, path: Path, days: int, today: date) -> int:
    """Write the PDF report for the `days` nights before `today`; the number of pages."""
    first, last = report_period(days, today)
    if path.suffix.lower() != ".pdf":
        raise ReportError(
            translate("Report", "--output: {path} should end in .pdf").format(path=path)
        )
    if not path.parent.is_dir():
        raise ReportError(
            translate("Report", "--output: the folder {folder} does not exist").format(
                folder=path.parent
            )
        )
    _ensure_gui_application()
    from companion.render.report import build_report  # Qt loads only for this command

    data = load_journal_data(store, first, last)
    rls = RlsRecords(
        medications=store.medications(),
        labs=store.labs(),
        episodes=store.episodes(first, last),
        onset_history=store.nights(last - timedelta(weeks=TREND_WEEKS) + timedelta(days=1), last),
    )
    # Drawn into a private (0600: health data) file beside the target, checked, then renamed:
    # Qt's PDF writer says nothing when it cannot write, and a half-written PDF must not
    # replace a good one. An unwritable folder fails here, before anything is drawn.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        pages = build_report(data, tmp, days, last_night=last, rls=rls)
        _check_written(tmp, path)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


class ReportNotWrittenError(OSError):
    """The PDF could not be written whole (the disk is full, most likely): exit 1."""


def _check_written(tmp: Path, path: Path) -> None:
    """A complete PDF ends with its %%EOF marker; anything else was cut short."""
    with tmp.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - 64))
        tail = handle.read()
    if b"%%EOF" not in tail:
        free = shutil.disk_usage(path.parent).free
        if free < 1024 * 1024:
            text = translate("Report", "the report {path} could not be written: the disk is full")
        else:
            text = translate(
                "Report", "the report {path} could not be written: the PDF writer failed"
            )
        raise ReportNotWrittenError(text.format(path=path))


def _ensure_gui_application() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["bedtime-companion-report"])
        # Keep it alive for the rest of the process (Qt needs one per process).
        globals()["_APP"] = app
