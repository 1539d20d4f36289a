from __future__ import annotations

import subprocess
import sys

import pytest

from companion import __version__
from companion.cli import main


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


def test_non_gui_start_does_not_load_widgets():
    code = (
        "import sys; from companion import cli; cli.build_parser(); "
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
