"""`log --symptoms-from/--arms/--legs-woke-me`, `episode`, `med`, `lab`, `experiment` (§4.6–4.7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.cli.main import main


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def export(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict[str, object]:
    status, out, _ = run(capsys, data_dir, "export", "--format", "json")
    assert status == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_recorded_onset_medicines_labs_and_episodes_reach_the_export(capsys, data_dir) -> None:
    assert (
        run(
            capsys,
            data_dir,
            "log",
            "--night",
            "2024-03-04",
            "--symptoms-from",
            "19:15",
            "--arms",
            "yes",
            "--legs-woke-me",
            "2",
            "--awakenings",
            "3",
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            data_dir,
            "med",
            "add",
            "--name",
            "pramipexole",
            "--dose",
            "0.25",
            "--from",
            "2023-11-01",
            "--at",
            "21:00",
        )[0]
        == 0
    )
    assert (
        run(capsys, data_dir, "med", "stop", "--name", "pramipexole", "--on", "2024-02-01")[0] == 0
    )
    assert run(capsys, data_dir, "lab", "add", "--date", "2024-01-10", "--ferritin", "48")[0] == 0
    status, out, _ = run(capsys, data_dir, "episode", "--at", "02:30", "--relief", "walked")
    assert status == 0 and "02:30" in out
    doc = export(capsys, data_dir)
    night = doc["nights"][0]  # type: ignore[index]
    assert (night["symptoms_from"], night["arms"], night["legs_woke_me"]) == ("19:15", True, 2)
    assert night["symptom_onset"] == "evening"  # derived from the time (bedtime 22:30)
    assert doc["medications"] == [  # type: ignore[comparison-overlap]
        {
            "name": "pramipexole",
            "dose": 0.25,
            "unit": "mg",
            "from": "2023-11-01",
            "to": "2024-02-01",
            "at": "21:00",
        }
    ]
    assert doc["labs"] == [{"date": "2024-01-10", "ferritin": 48.0, "tsat": None}]
    assert [e["relief"] for e in doc["episodes"]] == ["walked"]  # type: ignore[attr-defined]
    assert "pramipexole 0.25 mg" in run(capsys, data_dir, "med", "list")[1]
    assert "ferritin 48" in run(capsys, data_dir, "lab", "list")[1]


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (["log", "--night", "2024-03-04", "--symptoms-from", "7pm"], "--symptoms-from"),
        (["log", "--night", "2024-03-04", "--arms", "maybe"], "--arms"),
        (["med", "add", "--name", "x", "--dose", "lots", "--from", "2024-01-01"], "--dose"),
        (["med", "add", "--name", "x", "--dose", "1", "--from", "2024-13-01"], "--from"),
        (
            [
                "med",
                "add",
                "--name",
                "x",
                "--dose",
                "1",
                "--from",
                "2024-01-02",
                "--to",
                "2024-01-01",
            ],
            "--to",
        ),
        (["med", "stop", "--name", "nothing", "--on", "2024-01-01"], "--name"),
        (["lab", "add", "--date", "2024-01-10", "--tsat", "140"], "--tsat"),
        (["episode", "--at", "25:00"], "--at"),
        (
            [
                "experiment",
                "plan",
                "--start",
                "2024-03-01",
                "--factor",
                "coffee",
                "--blocks",
                "4",
                "--block-days",
                "7",
            ],
            "--factor",
        ),
        (
            [
                "experiment",
                "plan",
                "--start",
                "2024-03-01",
                "--factor",
                "magnesium",
                "--blocks",
                "3",
                "--block-days",
                "7",
            ],
            "--blocks",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_flag(capsys, data_dir, args, flag) -> None:
    status, _, err = run(capsys, data_dir, *args)
    assert status == 2 and err.count("\n") == 1 and flag in err


def test_experiment_plan_status_and_report(capsys, data_dir) -> None:
    status, out, _ = run(
        capsys,
        data_dir,
        "experiment",
        "plan",
        "--start",
        "2024-03-01",
        "--factor",
        "magnesium",
        "--blocks",
        "4",
        "--block-days",
        "2",
        "--seed",
        "11",
    )
    assert status == 0 and "unblinded" in out and out.count("magnesium") >= 4
    for day in range(1, 9):
        run(capsys, data_dir, "log", "--night", f"2024-03-0{day}", "--rls", str(day % 3 + 2))
    status, out, _ = run(capsys, data_dir, "experiment", "report", "--json")
    report = json.loads(out)
    assert status == 0 and report["seed"] == 11 and len(report["pairs"]) == 2
    assert "unblinded" in report["label"] and report["mean_difference"] is not None
    status, out, _ = run(capsys, data_dir, "experiment", "status")
    assert status == 0 and "Pair 2" in out and "unblinded" in out
