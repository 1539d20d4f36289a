"""Every window of the app, in every language, fits a 1280×720 screen at 100 % and 200 % and
cuts no text (German's words are the longest). The real app renders each window state in a
child process (`python -m tools.gallery`), exactly as the gallery a designer looks at."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("language", "scale"), [("de", 100), ("de", 200), ("es", 100), ("fr", 100)]
)
def test_every_window_fits_and_cuts_no_text(tmp_path: Path, language: str, scale: int) -> None:
    command = [sys.executable, "-m", "tools.gallery", str(tmp_path), "--language", language]
    command += ["--palettes", "evening", "--scales", str(scale)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    shots = (tmp_path / "index.txt").read_text().splitlines()
    assert len(shots) >= 25
    problems = [line for line in shots if "cut:" in line or "does not fit" in line]
    assert problems == []
    # The English titles of DESIGN §4.9 that every language words differently ("Journal" is
    # French too).
    english = ("“Tonight — ", "“Settings — ", "“Morning check-in — ", "“Guided stretches — ")
    assert [line for line in shots if any(title in line for title in english)] == []
