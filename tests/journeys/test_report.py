"""The clinician's PDF: it exists, has one to three pages, and says what it should."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPageSize

from bench.bench_journal import generate
from companion.core.insights import JournalData
from companion.core.texts import NOT_MEDICAL_ADVICE
from companion.journeys.report import ReportError, write_report
from companion.render.chart_axes import Axis, chart_layout, frame_labels
from companion.render.dates import long_date, short_date
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


@pytest.fixture
def british_english():
    """A user's real locale (the test machine's C locale would give ISO-style dates)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.c())


@needs_poppler
@pytest.mark.parametrize("days", [30, 90])
def test_report_pages_and_text(qapp, store, tmp_path, days, british_english):
    path = tmp_path / "report.pdf"
    pages = write_report(store, path, days, today=date(2024, 4, 30))
    assert path.exists()
    assert 2 <= pages <= 4  # page one is the pre-visit summary
    assert pdf_pages(path) == pages
    text = pdf_text(path)
    assert "sleep and restless legs" in text
    assert "nights of" in text and long_date(date(2024, 4, 29)) in text
    assert "Averages" in text and "Restless legs (0–10)" in text
    assert "Time asleep in bed" in text and "Efficiency" not in text
    assert "Evening routine" in text and "Whole routine" in text
    assert "not proof" in text
    assert short_date(date(2024, 4, 29)) in text  # the nights table, newest first
    assert "2024-04-29" not in text  # the locale's dates, never ISO beside long ones
    assert "Notes" in text and "calves restless" in text
    assert " ".join(NOT_MEDICAL_ADVICE.split()[:8]) in text
    assert f"page 1 of {pages}" in text


@needs_poppler
def test_empty_journal_still_gives_a_page(qapp, tmp_path):
    path = tmp_path / "empty.pdf"
    pages = build_report(JournalData([]), path, 30, last_night=date(2024, 4, 29))
    assert pages == pdf_pages(path) <= 3  # the pre-visit page, then the summary
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


@pytest.mark.parametrize("days", [7, 30, 90, 365, 3650])
@pytest.mark.parametrize("width", [400, 2000])
def test_chart_labels_stay_inside_the_chart_and_apart(qapp, days, width):
    """The PDF's chart text: every value and date label inside the chart, clear of the title
    and of each other (measured with the font the report paints in)."""
    font = QFont()
    font.setPointSizeF(7.5)
    rect = QRectF(0, 0, width, width * 0.28)
    layout = chart_layout(rect, font)
    labels = frame_labels(
        layout, QFontMetricsF(font), date(2024, 1, 1), days, Axis(0, 10, (0, 2, 4, 6, 8, 10))
    )
    assert any(label.text == "10" for label in labels)
    dates = [label for label in labels if label.rect.top() >= layout.plot.bottom()]
    assert len(dates) >= 1
    for i, label in enumerate(labels):
        assert rect.contains(label.rect), label.text
        assert not label.rect.intersects(layout.title), label.text
        for other in labels[i + 1 :]:
            assert not label.rect.intersects(other.rect), (label.text, other.text)


def test_report_is_private_and_a_pdf_that_was_not_written_is_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.cli.main import main

    data_dir, out = tmp_path / "data", tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--output", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600  # health data
    assert "Wrote" in capsys.readouterr().out

    # Qt's PDF writer says nothing when the disk fills up: it leaves a file cut short.
    def cut_short(data: object, path: Path, days: int, last_night: date, rls: object) -> int:
        Path(path).write_bytes(b"%PDF-1.4\n")
        return 1

    monkeypatch.setattr("companion.render.report.build_report", cut_short)
    other = tmp_path / "other.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--output", str(other)]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "could not be written" in captured.err
    assert "Wrote" not in captured.out
    assert not other.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_report_into_a_folder_the_user_cannot_write_is_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.cli.main import main

    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    status = main(["--data-dir", str(tmp_path / "d"), "report", "--output", str(locked / "r.pdf")])
    assert status == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "permission denied" in err


def test_the_instance_lock_is_private(tmp_path: Path) -> None:
    from companion.services.instance import SingleInstance

    instance = SingleInstance(tmp_path, tmp_path)
    assert instance.claim()
    assert (tmp_path / "instance.lock").stat().st_mode & 0o777 == 0o600
    instance.release()


@needs_poppler
def test_report_lists_medicines_labs_onset_and_episodes(qapp, store, tmp_path, british_english):
    from datetime import time

    from companion.core.rls_records import Episode, LabResult, MedicationCourse

    store.add_medication(MedicationCourse("pramipexole", 0.25, "mg", date(2023, 6, 1), None, None))
    store.add_medication(
        MedicationCourse("oldmed", 1, "mg", date(2022, 1, 1), date(2022, 2, 1), None)
    )
    store.add_lab(LabResult(date(2024, 2, 1), 41, 16))  # before the period: the latest one
    store.add_lab(LabResult(date(2023, 2, 1), 30, None))  # older still: not listed
    store.add_lab(LabResult(date(2024, 4, 10), 88, 24))
    night = store.get_night(date(2024, 4, 20))
    store.save_night(night.replace(symptoms_from=time(19, 30), arms=True))
    store.add_episode(
        Episode(date(2024, 4, 20), datetime(2024, 4, 21, 2, 10, tzinfo=UTC), "cold water")
    )
    path = tmp_path / "report.pdf"
    write_report(store, path, 30, today=date(2024, 4, 30))
    text = pdf_text(path)
    assert "Before my appointment" in text and "In my words: cold water" in text
    assert "pramipexole" in text and "0.25 mg" in text and "oldmed" not in text
    assert "41" in text and "88" in text and "before this period" in text
    assert short_date(date(2023, 2, 1)) not in text
    assert "ferritin ≤ 75 ng/mL" in text and "10.5664/jcsm.11390" in text
    assert "conversation with a clinician" in text
    assert "Arms, wakings and episodes" in text  # the onset chart is a picture
