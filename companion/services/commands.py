"""Runs a step's optional user command: no shell, a time limit, failures reported not raised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from companion.core.custom_steps import step_by_kind
from companion.core.settings import Settings
from companion.core.words import translate

log = logging.getLogger(__name__)
TIMEOUT_MS = 10_000


class StepCommandRunner(QObject):
    """Starts the command and returns at once; `failed(kind, message)` if it goes wrong.

    One QProcess per step, made once and reused night after night: deleting QProcess objects
    from their own signal handlers (deleteLater) crashed PySide6 in testing, and five long-lived
    objects cost nothing.
    """

    failed = Signal(str, str)
    finished_ok = Signal(str)

    def __init__(self, parent: QObject | None = None, *, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self.processes: dict[str, QProcess] = {}
        self.timers: dict[str, QTimer] = {}
        self.running: set[str] = set()

    def run_for(self, kind: str, settings: Settings) -> None:
        # A built-in step's command, or a custom step's; an unknown kind has none.
        step = next((s for k, s in settings.steps.items() if k == kind), None)
        custom = step_by_kind(settings.custom_steps, kind)
        argv = step.command if step is not None else custom.command if custom is not None else ()
        if not argv or kind in self.running:
            return
        process = self._process(kind)
        process.setProgram(argv[0])
        process.setArguments(list(argv[1:]))
        self.running.add(kind)
        process.start()
        self.timers[kind].start(self.timeout_ms)

    def _process(self, kind: str) -> QProcess:
        if kind not in self.processes:
            process = QProcess(self)
            process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
            process.finished.connect(lambda code, status: self._finished(kind, code, status))
            process.errorOccurred.connect(lambda error: self._error(kind, error))
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._time_out(kind))
            self.processes[kind] = process
            self.timers[kind] = timer
        return self.processes[kind]

    def _finished(self, kind: str, code: int, status: QProcess.ExitStatus) -> None:
        if not self._settle(kind):
            return
        process = self.processes[kind]
        name = process.program()
        if status == QProcess.ExitStatus.CrashExit:
            self._fail(
                kind,
                translate("StepCommands", "The command “{command}” stopped unexpectedly.").format(
                    command=name
                ),
            )
        elif code != 0:
            output = bytes(process.readAll().data()).decode(errors="replace").strip()
            if output:
                text = translate(
                    "StepCommands", "The command “{command}” failed (exit status {code}): {output}."
                )
            else:
                text = translate(
                    "StepCommands", "The command “{command}” failed (exit status {code})."
                )
            last_line = output.splitlines()[-1] if output else ""
            self._fail(kind, text.format(command=name, code=code, output=last_line))
        else:
            process.readAll()  # nobody reads the output of a command that worked
            self.finished_ok.emit(kind)

    def _error(self, kind: str, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._settle(kind):
            name = self.processes[kind].program()
            self._fail(
                kind,
                translate("StepCommands", "The command “{command}” could not be started.").format(
                    command=name
                ),
            )

    def _time_out(self, kind: str) -> None:
        if self._settle(kind):
            process = self.processes[kind]
            process.kill()
            seconds = self.timeout_ms // 1000
            self._fail(
                kind,
                translate(
                    "StepCommands", "The command “{command}” took over {seconds} s and was stopped."
                ).format(command=process.program(), seconds=seconds),
            )

    def _settle(self, kind: str) -> bool:
        """True the first time a run ends (finished, failed to start or timed out)."""
        if kind not in self.running:
            return False
        self.running.discard(kind)
        self.timers[kind].stop()
        return True

    def _fail(self, kind: str, message: str) -> None:
        log.warning("step %s: %s", kind, message)
        self.failed.emit(kind, message)
