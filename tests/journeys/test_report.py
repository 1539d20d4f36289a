"""The clinician's PDF: it exists, has one to three pages, and says what it should."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from bench.bench_journal import generate
from companion.core.insights import JournalData
from companion.core.texts import NOT_MEDICAL_ADVICE
from companion.journeys.report import ReportError, write_report
from companion.render.report import build_report
from companion.store.journal_store import open_journal

NOW = datetime(2034, 1, 1, 8, 0, tzinfo=UTC)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in out.stdout.splitlines() if line.startswith("Pages:"))
    )


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


@pytest.fixture
def store(paths):
    with open_journal(paths, NOW) as journal:
        generate(journal, 120, random.Random(4))  # nights of 2024-01-01 … 2024-04-29
        yield journal


@needs_poppler
@pytest.mark.parametrize("days", [30, 90])
def test_report_pages_and_text(qapp, store, tmp_path, days):
    path = tmp_path / "report.pdf"
    pages = write_report(store, path, days, today=date(2024, 4, 30))
    assert path.exists()
    assert 1 <= pages <= 3
    assert pdf_pages(path) == pages
    text = pdf_text(path)
    assert "sleep and restless legs" in text
    assert "nights of" in text and "29 April 2024" in text
    assert "Averages" in text and "Restless legs (0–10)" in text
    assert "Evening routine" in text and "Whole routine" in text
    assert "not proof" in text
    assert "Mon 2024-04-29" in text  # the nights table, newest first
    assert "Notes" in text and "calves restless" in text
    assert " ".join(NOT_MEDICAL_ADVICE.split()[:8]) in text
    assert f"page 1 of {pages}" in text


@needs_poppler
def test_empty_journal_still_gives_a_page(qapp, tmp_path):
    path = tmp_path / "empty.pdf"
    pages = build_report(JournalData([]), path, 30, last_night=date(2024, 4, 29))
    assert pages == pdf_pages(path) == 1
    assert "No nights were logged in this period" in pdf_text(path)


@needs_poppler
def test_letter_paper_when_asked(qapp, tmp_path):
    path = tmp_path / "letter.pdf"
    build_report(
        JournalData([]),
        path,
        7,
        last_night=date(2024, 4, 29),
        page_size=QPageSize.PageSizeId.Letter,
    )
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info


def test_bad_input_is_refused_before_anything_is_written(store, tmp_path):
    with pytest.raises(ReportError, match="--days"):
        write_report(store, tmp_path / "a.pdf", 0, today=date(2024, 4, 30))
    with pytest.raises(ReportError, match="--output"):
        write_report(store, tmp_path / "a.txt", 30, today=date(2024, 4, 30))
    with pytest.raises(ReportError, match="does not exist"):
        write_report(store, tmp_path / "nowhere" / "a.pdf", 30, today=date(2024, 4, 30))
    assert not list(tmp_path.glob("*.pdf"))


def test_report_command_imports_no_widgets():
    code = (
        "import sys, companion.journeys.report, companion.render.report;"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2]
    )
