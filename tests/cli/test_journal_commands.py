"""log / export / import from the shell, against a real journal file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from companion.cli.main import main

# CI lays the shared folder beside the repository.
SAA = (
    Path(__file__).resolve().parents[2].parent
    / "shared/testdata/sleep-as-android/sleep-export.2.zip"
)


def run(data_dir, *argv):
    return main(["--data-dir", str(data_dir), *argv])


def test_log_creates_then_updates_a_night_and_says_what_is_stored(capsys, data_dir):
    assert run(data_dir, "log", "--night", "2026-11-23", "--rls", "4", "--tag", "late dinner") == 0
    first = capsys.readouterr().out
    assert "Restless legs (0 none … 10 worst): 4" in first
    assert "late dinner" in first
    assert (
        run(data_dir, "log", "--night", "2026-11-23", "--quality", "3", "--magnesium", "yes") == 0
    )
    second = capsys.readouterr().out
    assert "Restless legs (0 none … 10 worst): 4" in second  # kept
    assert "Took magnesium: yes" in second
    assert (data_dir / "journal.sqlite3").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        (["--rls", "14"], "--rls: 14 is outside 0–10"),
        (["--magnesium", "maybe"], "--magnesium"),
        (["--sol", "-5"], "--sol"),
    ],
)
def test_log_rejects_bad_values_and_writes_nothing(capsys, data_dir, flags, needle):
    assert run(data_dir, "log", "--night", "2026-11-23", "--rls", "2") == 0
    before = (data_dir / "journal.sqlite3").read_bytes()
    capsys.readouterr()
    assert run(data_dir, "log", "--night", "2026-11-23", *flags) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err
    with sqlite3.connect(data_dir / "journal.sqlite3") as db:
        assert db.execute("SELECT rls_intensity FROM nights").fetchall() == [(2,)]
    assert before  # the file was there and stays a valid journal


def test_log_needs_a_valid_night(capsys, data_dir):
    assert run(data_dir, "log", "--night", "23/11/2026", "--rls", "3") == 2
    assert "--night: '23/11/2026' is not a date" in capsys.readouterr().err


def test_export_import_round_trip_through_the_shell(capsys, data_dir, tmp_path):
    run(data_dir, "log", "--night", "2026-11-20", "--rls", "6", "--note", 'a "quoted", note')
    run(data_dir, "log", "--night", "2026-11-21", "--rls", "3", "--alcohol", "2")
    capsys.readouterr()
    for fmt in ("csv", "json"):
        out = tmp_path / f"journal.{fmt}"
        assert run(data_dir, "export", "--format", fmt, "--output", str(out)) == 0
        assert out.stat().st_mode & 0o777 == 0o600
        fresh = tmp_path / f"fresh-{fmt}"
        assert run(fresh, "import", str(out)) == 0
        capsys.readouterr()
        assert run(fresh, "export", "--format", fmt) == 0
        assert capsys.readouterr().out == out.read_bytes().decode("utf-8")


def test_export_json_to_stdout_is_the_documented_document(capsys, data_dir):
    run(data_dir, "log", "--night", "2026-11-20", "--rls", "6")
    capsys.readouterr()
    assert run(data_dir, "export", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"schema_version", "nights", "events"}
    assert doc["nights"][0]["rls_intensity"] == 6


def test_import_bad_file_names_line_and_column_and_writes_nothing(capsys, data_dir, tmp_path):
    run(data_dir, "log", "--night", "2026-11-20", "--rls", "6")
    good = tmp_path / "good.csv"
    run(data_dir, "export", "--output", str(good))
    rows = good.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.csv"
    broken = rows[1].replace("2026-11-20,", "2026-11-31,", 1)
    bad.write_text("\r\n".join([rows[0], broken]) + "\r\n", encoding="utf-8")
    fresh = tmp_path / "fresh"
    capsys.readouterr()
    assert run(fresh, "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{bad}:2: night:" in err
    assert run(fresh, "export") == 0
    assert capsys.readouterr().out.count("\n") == 1  # only the header: nothing was imported


def test_import_sleep_as_android_twice_changes_nothing_the_second_time(capsys, data_dir):
    if not SAA.exists():
        pytest.skip(f"sample not found at {SAA}")
    assert run(data_dir, "import", str(SAA)) == 0
    capsys.readouterr()
    assert run(data_dir, "import", str(SAA)) == 0
    out = capsys.readouterr().out
    assert "added 0 nights, changed 0" in out


def test_damaged_journal_is_moved_aside_and_the_command_exits_1(capsys, data_dir):
    (data_dir / "journal.sqlite3").write_bytes(b"this is not a database at all" * 100)
    assert run(data_dir, "export") == 1
    err = capsys.readouterr().err
    assert "could not be read" in err
    assert err.count("\n") == 1
    kept = [p for p in data_dir.iterdir() if p.name.startswith("journal.sqlite3.damaged")]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")


def test_report_writes_a_pdf_with_the_notice(qapp, capsys, data_dir, tmp_path):
    # qapp first: the command would otherwise make a bare QGuiApplication for this process.
    import shutil
    import subprocess

    run(data_dir, "log", "--night", "2026-11-20", "--rls", "6", "--note", "long drive")
    capsys.readouterr()
    pdf = tmp_path / "report.pdf"
    assert run(data_dir, "report", "--output", str(pdf), "--days", "3650") == 0
    assert "page" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "long drive" in text
        assert "not medical advice" in " ".join(text.split())


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        (["--output", "report.txt"], "should end in .pdf"),
        (["--output", "r.pdf", "--days", "0"], "--days: 0 is outside"),
        (["--output", "r.pdf", "--days", "many"], "'many' is not a whole number"),
        (["--output", "/no/such/folder/r.pdf"], "does not exist"),
    ],
)
@pytest.mark.usefixtures("qapp")
def test_report_bad_input_exits_2_and_writes_nothing(
    capsys, data_dir, flags, needle, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert run(data_dir, "report", *flags) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.txt"))
