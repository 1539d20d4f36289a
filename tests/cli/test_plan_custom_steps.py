from __future__ import annotations

import json

from companion.cli.main import main

SETTINGS = """
[[custom_steps]]
id = "caffeine"
title = "Last coffee of the day"
at = "12:00"
days = ["monday", "tuesday", "wednesday", "thursday", "friday"]

[[custom_steps]]
id = "tea"
title = "Chamomile tea"
before_bedtime_minutes = "sixty"
"""


def test_plan_json_lists_custom_steps_and_names_a_bad_one(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    (tmp_path / "settings.toml").write_text(SETTINGS)
    argv = ["--data-dir", str(tmp_path), "plan", "--date", "2026-11-24", "--json"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    steps = json.loads(captured.out)["steps"]
    assert steps[0] == {
        "kind": "custom:caffeine",
        "at": "2026-11-24T12:00:00+01:00",
        "offset_minutes": 630,
        "title": "Last coffee of the day",
    }
    assert "custom:tea" not in {s["kind"] for s in steps}  # left out, the rest stays
    assert "custom_steps[1].before_bedtime_minutes: must be a whole number" in captured.err


def test_plan_table_shows_the_custom_step_by_its_title(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    (tmp_path / "settings.toml").write_text(SETTINGS)
    assert main(["--data-dir", str(tmp_path), "plan", "--date", "2026-11-24"]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert line.split() == [
        "Last",
        "coffee",
        "of",
        "the",
        "day",
        "12:00",
        "UTC+01:00",
        "at",
        "a",
        "set",
        "time",
    ]
