"""Commands that read settings: a bad value is named on stderr, one line per key, and the
command goes on with that key's default (exit 0); a bad flag is still exit 2 (DESIGN §4.1)."""

from __future__ import annotations

import json

from companion.cli.main import main

BAD = (
    'timezone = "Europe/Berlin"\n'
    "[bedtime]\n"
    'default = "²²:30"\n'
    'friday = "23:45"\n'
    "[steps.magnesium]\n"
    "offset_minutes = -20\n"
)


def test_plan_follows_the_defaults_and_names_each_problem(capsys, data_dir):
    settings = data_dir / "settings.toml"
    settings.write_text(BAD, encoding="utf-8")
    before = settings.read_bytes()
    assert main(["--data-dir", str(data_dir), "plan", "--date", "2026-11-26", "--json"]) == 0
    out, err = capsys.readouterr()
    plan = json.loads(out)
    times = {step["kind"]: step["at"] for step in plan["steps"]}
    assert times["bedtime"].startswith("2026-11-26T22:30")  # the default for the bad key
    assert times["magnesium"].startswith("2026-11-26T21:00")  # 90 min, not -20
    assert err.splitlines() == [
        'bedtime-companion: settings.toml: bedtime.default: "²²:30" is not a time like 22:30; '
        "using 22:30",
        "bedtime-companion: settings.toml: steps.magnesium.offset_minutes: must be between 0 "
        "and 240, not -20; using 90",
    ]
    assert settings.read_bytes() == before
    # The rest stays in force: Friday's own bedtime.
    assert main(["--data-dir", str(data_dir), "plan", "--date", "2026-11-27"]) == 0
    assert "bedtime 23:45" in capsys.readouterr().out


def test_a_bad_flag_is_still_bad_input(capsys, data_dir):
    (data_dir / "settings.toml").write_text(BAD, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "plan", "--bedtime", "²²:30"]) == 2
    assert "--bedtime" in capsys.readouterr().err


def test_a_file_that_cannot_be_read_is_moved_aside_in_one_line(capsys, data_dir):
    (data_dir / "settings.toml").write_bytes(b"[[[ not toml")
    assert main(["--data-dir", str(data_dir), "plan", "--date", "2026-11-26"]) == 0
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "settings.toml.damaged-" in err


def test_report_names_settings_problems_too(capsys, data_dir, qapp):
    (data_dir / "settings.toml").write_text(BAD, encoding="utf-8")
    pdf = data_dir / "r.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--output", str(pdf)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[2] for line in err] == [
        "bedtime.default",
        "steps.magnesium.offset_minutes",
    ]
    assert pdf.exists()
