from __future__ import annotations

import json
import subprocess
import sys

import pytest

from companion import __version__
from companion.cli.main import PLAIN_START, build_parser, main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"bedtime-companion {__version__}"


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for word in ("--data-dir", "stretch", "checkin", "journal"):
        assert word in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["--colour"], "unrecognized arguments: --colour"),
        (["--data-dir"], "argument --data-dir: expected one argument"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, needle):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("bedtime-companion: ")
    assert needle in err


def test_a_start_with_no_arguments_means_what_the_parser_would_make_of_it():
    """main() skips the parser when there is nothing to parse (the tray's start)."""
    assert vars(build_parser().parse_args([])) == PLAIN_START


def test_non_gui_start_does_not_load_widgets():
    code = (
        "import sys; from companion.cli import main as cli; cli.build_parser(); "
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plan_json_matches_the_contract(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    argv = ["--data-dir", str(data_dir), "plan", "--date", "2026-03-07", "--bedtime", "00:30"]
    assert main([*argv, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["night"] == "2026-03-07"
    assert out["timezone"] == "America/New_York"
    assert out["bedtime"] == "2026-03-08T00:30:00-05:00"
    assert out["steps"][0] == {
        "kind": "magnesium",
        "at": "2026-03-07T23:00:00-05:00",
        "offset_minutes": 90,
    }
    assert [s["kind"] for s in out["steps"]] == [
        "magnesium",
        "stretch",
        "lights",
        "bedtime",
        "checkin",
    ]
    assert out["steps"][-1]["offset_minutes"] < 0  # the check-in comes after bedtime
    assert list(data_dir.iterdir()) == []  # printing a plan writes nothing


def test_plan_uses_the_zone_from_settings(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    (data_dir / "settings.toml").write_text('timezone = "Australia/Lord_Howe"\n')
    assert main(["--data-dir", str(data_dir), "plan", "--date", "2026-04-04", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["timezone"] == "Australia/Lord_Howe"


def test_plan_table_is_aligned(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert main(["--data-dir", str(data_dir), "plan", "--date", "2026-11-24"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Night of 2026-11-24 (Europe/Berlin), bedtime 22:30"
    assert lines[1].split() == ["Magnesium", "21:00", "UTC+01:00", "90", "min", "before", "bedtime"]
    assert len({line.index("UTC") for line in lines[1:]}) == 1


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        (["--date", "2026-02-30"], "--date: '2026-02-30' is not a date"),
        (["--bedtime", "25:00"], '--bedtime: "25:00" is not a time'),
    ],
)
def test_plan_bad_values_exit_2(capsys, data_dir, flags, needle):
    assert main(["--data-dir", str(data_dir), "plan", *flags]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert needle in err


def test_checkin_with_a_bad_night_exits_2_before_starting_anything(capsys, data_dir):
    assert main(["--data-dir", str(data_dir), "checkin", "--night", "2026-13-45"]) == 2
    assert "--night: '2026-13-45' is not a date" in capsys.readouterr().err
    assert list(data_dir.iterdir()) == []


def test_a_journal_that_cannot_be_written_is_one_line_not_a_traceback(capsys, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("a file where the data folder should be")
    code = main(["--data-dir", str(not_a_folder), "log", "--night", "2026-11-20", "--rls", "3"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("bedtime-companion: the journal could not be used:")
