"""Runs a step's optional user command: no shell, a time limit, failures reported not raised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from companion.core.settings import Settings

log = logging.getLogger(__name__)
TIMEOUT_MS = 10_000


class StepCommandRunner(QObject):
    """Starts the command and returns at once; `failed(kind, message)` if it goes wrong."""

    failed = Signal(str, str)
    finished_ok = Signal(str)

    def __init__(self, parent: QObject | None = None, *, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self.running: dict[str, QProcess] = {}

    def run_for(self, kind: str, settings: Settings) -> None:
        argv = settings.steps[kind].command if kind in settings.steps else ()
        if not argv or kind in self.running:
            return
        process = QProcess(self)
        process.setProgram(argv[0])
        process.setArguments(list(argv[1:]))
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        timer = QTimer(process)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._time_out(kind, process))
        process.finished.connect(lambda code, status: self._finished(kind, process, code, status))
        process.errorOccurred.connect(lambda error: self._error(kind, process, error))
        self.running[kind] = process
        process.start()
        timer.start(self.timeout_ms)

    def _finished(
        self, kind: str, process: QProcess, code: int, status: QProcess.ExitStatus
    ) -> None:
        if self.running.get(kind) is not process:
            return
        self._forget(kind)
        name = process.program()
        if status == QProcess.ExitStatus.CrashExit:
            self._fail(kind, f"The command “{name}” stopped unexpectedly.")
        elif code != 0:
            output = bytes(process.readAll().data()).decode(errors="replace").strip()
            detail = f": {output.splitlines()[-1]}" if output else ""
            self._fail(kind, f"The command “{name}” failed (exit status {code}){detail}.")
        else:
            self.finished_ok.emit(kind)

    def _error(self, kind: str, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.running.get(kind) is process:
            self._forget(kind)
            self._fail(kind, f"The command “{process.program()}” could not be started.")

    def _time_out(self, kind: str, process: QProcess) -> None:
        if self.running.get(kind) is process:
            self._forget(kind)
            process.kill()
            seconds = self.timeout_ms // 1000
            self._fail(
                kind, f"The command “{process.program()}” took over {seconds} s and was stopped."
            )

    def _forget(self, kind: str) -> None:
        process = self.running.pop(kind)
        process.deleteLater()

    def _fail(self, kind: str, message: str) -> None:
        log.warning("step %s: %s", kind, message)
        self.failed.emit(kind, message)
