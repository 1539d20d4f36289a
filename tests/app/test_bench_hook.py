"""The bench hook is off unless BEDTIME_COMPANION_BENCH=1: the app users run is unchanged."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from companion.app.bench_hook import BENCH_ENV, SCALE_ENV, START_LEAD, install
from companion.app.companion_app import CompanionApp
from companion.store.paths import resolve_paths

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from companion.journeys.reminders import Tonight


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


def test_the_fast_clock_starts_clear_of_tonight_and_each_prompt_is_stamped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BENCH_ENV, "1")
    monkeypatch.setenv(SCALE_ENV, "60")
    paths = resolve_paths(tmp_path)
    paths.ensure()
    paths.settings_file.write_text('onboarding_done = true\ntimezone = "Europe/Berlin"\n')
    companion = CompanionApp(paths, tray_wait_ms=100)
    hook = install(companion)
    assert hook is not None
    companion.start()  # the reminders at once: the soak's case, minus the 300 ms wait
    try:
        tonight = companion.tonight
        assert tonight is not None
        first = tonight.scheduler.states()[0].step
        # Half a plan hour before the first step: nothing is due while the app starts.
        assert first.at - companion.clock.now() > START_LEAD - timedelta(minutes=1)
        assert tonight.prompts == {}

        gap = (first.at - companion.clock.now()).total_seconds()
        hook.handle("bench-jump", {"seconds": gap - 2.0})  # 2 plan s (33 ms) before it
        qtbot.waitUntil(lambda: bool(hook.prompts), timeout=5000)
        out = tmp_path / "prompts.json"
        hook.handle("bench-prompts", {"out": str(out)})
        report = json.loads(out.read_text())
        assert report["reminders"] is True
        [prompt] = report["prompts"]
        assert prompt["step"] == first.kind
        due, fired, shown = (datetime.fromisoformat(prompt[k]) for k in ("due", "fired", "shown"))
        assert due == first.at
        assert due <= fired <= shown  # the timer fired at the step's time; the card came after
        assert kind_shown(tonight, first.kind)
        assert hook.prompts == []  # each report hands over what it holds
    finally:
        companion.shut_down()


def kind_shown(tonight: Tonight, kind: str) -> bool:
    return kind in tonight.prompts and tonight.prompts[kind].isVisible()
