"""The bench hook is off unless BEDTIME_COMPANION_BENCH=1: the app users run is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.app.bench_hook import BENCH_ENV, install
from companion.app.companion_app import CompanionApp
from companion.store.paths import resolve_paths


def test_no_bench_commands_without_the_variable(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BENCH_ENV, raising=False)
    companion = CompanionApp(resolve_paths(tmp_path))
    assert install(companion) is None


def test_bench_commands_with_the_variable(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BENCH_ENV, "1")
    companion = CompanionApp(resolve_paths(tmp_path))
    assert install(companion) is not None
