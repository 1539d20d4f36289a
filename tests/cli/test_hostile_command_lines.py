"""Hostile command lines (issue 14): each ends with one line naming what is wrong and the right
exit status, never a traceback, never a hang; and unreadable journal rows do not stop export."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli.main import EXIT_BROKEN_PIPE, main
from companion.store.paths import resolve_paths

REPO = Path(__file__).resolve().parents[2]
DIGITS_5000 = "9" * 5000

# (argv after --data-dir, exit status, words the one line must hold)
HOSTILE: list[tuple[list[str], int, str]] = [
    (["log", "--night", "2026-01-02", "--sol", DIGITS_5000], 2, "--sol"),
    (["log", "--night", "2026-01-02", "--rls", "9" * 400], 2, "--rls"),
    (["log", "--night", "2026-01-02", "--awakenings", "-1"], 2, "--awakenings"),
    (["log", "--night", "2026-01-02", "--quality", "٣"], 2, "--quality"),
    (["log", "--night", "9999-12-31", "--rls", "3"], 2, "--night: 9999-12-31 is outside"),
    (["log", "--night", "1899-12-31", "--rls", "3"], 2, "--night"),
    (["log", "--night", "２０２６-01-02"], 2, "--night"),
    (["log", "--night", "2026-01-02", "--note", "bad \udcff"], 2, "--note"),
    (["log", "--night", "2026-01-02", "--tag", "x" * 5000], 2, "tag"),
    (["plan", "--date", "9999-12-31"], 2, "--date"),
    (["plan", "--date", "0001-01-01"], 2, "--date"),
    (["plan", "--date", "2026-02-30"], 2, "--date"),
    (["plan", "--bedtime", "²²:30"], 2, "--bedtime"),
    (["plan", "--bedtime", DIGITS_5000 + ":30"], 2, "--bedtime"),
    (["plan", "--bedtime", "22:30\n"], 2, "--bedtime"),
    (["report", "--output", "r.pdf", "--days", DIGITS_5000], 2, "--days"),
    (["report", "--output", "r.pdf", "--days", "0"], 2, "--days"),
    (["report", "--output", "/no/such/folder/r.pdf"], 2, "--output"),
    (["export", "--output", "/no/such/folder/x.csv"], 2, "--output"),
    (["export", "--format", "xml"], 2, "--format"),
    (["checkin", "--night", "9999-12-31"], 2, "--night"),
    (["import", "/no/such/file.csv"], 2, "/no/such/file.csv"),
    (["import", "/dev/zero"], 2, "not a regular file"),
    (["import", "/"], 2, "is a folder"),
]


@pytest.mark.parametrize(("argv", "status", "words"), HOSTILE, ids=lambda v: str(v)[:40])
def test_hostile_flag_is_one_line_and_the_right_status(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], status: int, words: str
) -> None:
    assert main(["--data-dir", str(data_dir), *argv]) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("bedtime-companion: "), err
    assert words in err
    assert "Traceback" not in err


def test_empty_data_dir_is_refused_not_the_current_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    mode = stat.S_IMODE(tmp_path.stat().st_mode)
    assert main(["--data-dir", "", "plan"]) == 2
    assert "--data-dir" in capsys.readouterr().err
    assert stat.S_IMODE(tmp_path.stat().st_mode) == mode
    assert list(tmp_path.iterdir()) == []


def test_importing_a_fifo_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    assert main(["--data-dir", str(data_dir), "import", str(fifo)]) == 2  # no writer: would hang
    assert "not a regular file" in capsys.readouterr().err


def _shell(data_dir: Path, script: str) -> subprocess.CompletedProcess[str]:
    """`script` with $BC standing for this checkout's command line."""
    command = f"{sys.executable} -m companion --data-dir {data_dir}"
    return subprocess.run(
        ["bash", "-c", "set -o pipefail; " + script.replace("$BC", command)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_a_reader_that_goes_away_is_not_a_journal_failure(data_dir: Path) -> None:
    for night in range(1, 28):
        assert main(["--data-dir", str(data_dir), "log", "--night", f"2026-01-{night:02d}"]) == 0
    done = _shell(data_dir, "$BC export | head -c 1 >/dev/null")
    assert done.returncode in (0, EXIT_BROKEN_PIPE)
    assert done.stderr == ""
    done = _shell(data_dir, "$BC plan | true")
    assert done.returncode in (0, EXIT_BROKEN_PIPE)
    assert done.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_says_so(data_dir: Path) -> None:
    done = _shell(data_dir, "$BC export > /dev/full")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "the disk is full" in done.stderr


def test_a_closed_stdout_is_one_line(data_dir: Path) -> None:
    done = _shell(data_dir, "$BC export >&-")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_an_unreadable_stored_value_is_exported_empty_with_a_warning(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "log", "--night", "2026-03-01", "--rls", "4"]) == 0
    assert main([*base, "log", "--night", "2026-03-02", "--rls", "6"]) == 0
    db = sqlite3.connect(resolve_paths(data_dir).journal_file)
    with db:
        db.execute("UPDATE nights SET into_bed_at = 'garbage' WHERE night = '2026-03-01'")
    db.close()
    capsys.readouterr()
    assert main([*base, "export"]) == 0
    captured = capsys.readouterr()
    rows = captured.out.splitlines()
    assert [r.split(",")[0] for r in rows[1:]] == ["2026-03-01", "2026-03-02"]
    header = rows[0].split(",")
    assert rows[1].split(",")[header.index("into_bed_at")] == ""
    assert rows[1].split(",")[header.index("rls_intensity")] == "4"
    assert captured.err.count("\n") == 1
    assert "2026-03-01" in captured.err and "into_bed_at" in captured.err
    assert "warning" in captured.err
