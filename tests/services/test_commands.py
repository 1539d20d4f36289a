"""A step's user command runs without a shell, never blocks, and reports failures."""

from __future__ import annotations

import sys

from companion.core.settings import Settings
from companion.services.commands import StepCommandRunner


def with_command(*argv: str) -> Settings:
    return Settings().with_step("lights", command=tuple(argv))


def test_a_working_command_runs_without_a_shell(qtbot, tmp_path):
    marker = tmp_path / "dimmed; echo not-a-shell"
    runner = StepCommandRunner()
    code = f"open({str(marker)!r}, 'w').write('ok')"
    with qtbot.waitSignal(runner.finished_ok, timeout=5000):
        runner.run_for("lights", with_command(sys.executable, "-c", code))
    assert marker.read_text() == "ok"  # the ';' in the name reached the program untouched


def test_a_failing_command_is_reported_with_its_last_line(qtbot):
    runner = StepCommandRunner()
    code = "import sys; print('bulb unreachable'); sys.exit(3)"
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run_for("lights", with_command(sys.executable, "-c", code))
    kind, message = failed.args
    assert kind == "lights"
    assert "exit status 3" in message and "bulb unreachable" in message


def test_a_missing_program_is_reported(qtbot):
    runner = StepCommandRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run_for("lights", with_command("/nonexistent/dim-the-lights"))
    assert "could not be started" in failed.args[1]


def test_a_hanging_command_is_stopped_after_the_time_limit(qtbot):
    runner = StepCommandRunner(timeout_ms=300)
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run_for("lights", with_command(sys.executable, "-c", "import time; time.sleep(60)"))
    assert "was stopped" in failed.args[1]
    assert runner.running == set()


def test_no_command_means_nothing_runs(qtbot):
    runner = StepCommandRunner()
    runner.run_for("lights", Settings())
    assert runner.running == set()
