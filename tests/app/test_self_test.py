"""--self-test in this checkout: passes, and names what is broken when something is."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from companion.app.self_test import run_self_test
from companion.store import resource_files


def test_self_test_passes_in_a_checkout(qapp: object) -> None:
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    assert out.getvalue() == ""


def test_a_missing_resource_is_named(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "resources"
    (broken / "icons").mkdir(parents=True)
    monkeypatch.setattr(resource_files, "_REPO_RESOURCES", broken)
    out = io.StringIO()
    assert run_self_test(out) == 1
    lines = out.getvalue().splitlines()
    assert any(line.startswith("bedtime-companion self-test: icons:") for line in lines)
    assert any("bedtime-companion.svg is missing" in line for line in lines)
    assert any(line.startswith("bedtime-companion self-test: sounds:") for line in lines)


def test_runs_as_a_module_offscreen_without_a_display(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, no QT_QPA_PLATFORM
    result = subprocess.run(
        [sys.executable, "-m", "companion.app.self_test"], env=env, capture_output=True, text=True,
        timeout=60, check=False, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "all checks passed" in result.stdout
