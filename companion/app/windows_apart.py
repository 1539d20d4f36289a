"""The tray process's side of windows in processes of their own (`window_process` says why):
one process per kind of window, started when first asked for, handed each later request while
it runs, its events turned into signals. The tray's own cards and its Tonight window stay here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from companion.app import window_wire as wire
from companion.app.notices import window_ended_badly
from companion.services.clock import Clock, ScaledClock
from companion.services.language import use_language
from companion.store.paths import Paths

if TYPE_CHECKING:
    from companion.app.companion_app import CompanionApp

# How long a window's process may take to close its windows (saving what they save) when the
# tray quits, before it is ended.
CLOSE_WAIT_MS = 5000


class WindowsApart(QObject):
    """Opens windows in their own processes; `running` says which are up."""

    settings_saved = Signal()  # the settings file holds new settings
    session_ended = Signal(str, str)  # a stretch session's plan step, and its answer
    checked_in = Signal()  # a check-in dialog closed
    ended_badly = Signal(str)  # kind: its process crashed or failed
    cannot_start = Signal(str, dict)  # kind, options: no process could be started

    def __init__(self, paths: Paths, clock: Callable[[], Clock], parent: QObject) -> None:
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        # One QProcess per kind, made once and reused: deleting a QProcess from its own signal
        # handler crashed PySide6 (see services/commands.py).
        self._processes: dict[wire.Kind, QProcess] = {}
        self._titles: dict[wire.Kind, list[str]] = {}
        # A request handed to a running process and not yet answered by a window on screen:
        # asked again of a new process should that one end before it read the request.
        self._asked: dict[wire.Kind, dict[str, Any]] = {}
        self._starting: dict[wire.Kind, dict[str, Any]] = {}  # for `cannot_start`

    def open(self, kind: wire.Kind, options: dict[str, Any] | None = None) -> None:
        """Open the window (or bring it forward) in its process, starting that if needed."""
        options = dict(options or {})
        process = self._processes.get(kind)
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.write(wire.line(wire.OPEN, options=options))
            self._asked[kind] = options
            return
        process = process or self._make(kind)
        clock = self._clock()
        scaled = isinstance(clock, ScaledClock)
        request = wire.WindowRequest(
            kind,
            self._paths,
            options,
            clock_now=clock.now() if scaled else None,
            clock_scale=clock.scale,
        )
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(wire.WINDOW_ENV, request.to_text())
        process.setProcessEnvironment(environment)
        command = wire.own_command()
        self._starting[kind] = options
        process.start(command[0], command[1:])

    def running(self) -> list[wire.Kind]:
        return [
            kind
            for kind, process in self._processes.items()
            if process.state() != QProcess.ProcessState.NotRunning
        ]

    def titles(self) -> list[str]:
        """The titles of the windows these processes show now (benches and tests ask)."""
        return sorted(title for kind in self.running() for title in self._titles.get(kind, []))

    def close_all(self) -> None:
        """Ask every window to close, as its close button would."""
        for kind in self.running():
            self._processes[kind].write(wire.line(wire.CLOSE))

    def shut_down(self) -> None:
        """The tray quits: each process closes its windows (they save what they save) and
        ends; one that does not within CLOSE_WAIT_MS is ended."""
        running = [self._processes[kind] for kind in self.running()]
        for process in running:
            process.closeWriteChannel()  # end of its requests: it closes and ends
        for process in running:
            if not process.waitForFinished(CLOSE_WAIT_MS):
                process.kill()
                process.waitForFinished(CLOSE_WAIT_MS)

    def _make(self, kind: wire.Kind) -> QProcess:
        process = QProcess(self)
        # Its errors go where ours go (the terminal, the session's log).
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(lambda: self._read(kind))
        process.finished.connect(lambda code, status: self._ended(kind, code, status))
        process.errorOccurred.connect(lambda error: self._error(kind, error))
        self._processes[kind] = process
        return process

    def _read(self, kind: wire.Kind) -> None:
        process = self._processes[kind]
        while process.canReadLine():
            self.receive(kind, bytes(process.readLine().data()))

    def receive(self, kind: wire.Kind, raw: bytes) -> None:
        """One line from the window's process (anything else it printed is passed over)."""
        message = wire.read_line(raw)
        if message is None:
            return
        name = message["name"]
        if name == wire.WINDOWS:
            self._titles[kind] = [str(t) for t in message.get("titles") or []]
        elif name == wire.OPENED:
            self._asked.pop(kind, None)
        elif name == wire.SETTINGS_SAVED:
            self.settings_saved.emit()
        elif name == wire.SESSION_ENDED:
            self.session_ended.emit(str(message.get("step")), str(message.get("answer")))
        elif name == wire.CHECKED_IN:
            self.checked_in.emit()

    def _ended(self, kind: wire.Kind, code: int, status: QProcess.ExitStatus) -> None:
        self._titles[kind] = []
        if status == QProcess.ExitStatus.CrashExit or code != 0:
            self._asked.pop(kind, None)
            self.ended_badly.emit(kind)
        elif (options := self._asked.pop(kind, None)) is not None:
            self.open(kind, options)  # asked for again as it was ending

    def _error(self, kind: wire.Kind, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.cannot_start.emit(kind, self._starting.pop(kind, {}))


def windows_apart_for(app: CompanionApp) -> WindowsApart:
    """Windows apart for the running app, which hears what their processes report."""
    apart = WindowsApart(app.paths, lambda: app.clock, app)

    def session_ended(step: str, answer: str) -> None:
        if (tonight := app.wake_reminders()) is not None:
            tonight.settle_after_session(step, answer)

    def settings_saved() -> None:
        from companion.store.settings_file import load_settings

        settings = load_settings(app.paths.settings_file, now=datetime.now()).settings
        if settings.language != app.settings.language:
            use_language(settings.language)  # as the settings window does in one process
        app.settings_applied(settings)

    def cannot_start(kind: str, options: dict[str, Any]) -> None:
        app.windows_apart = False  # no process can be started: open windows here after all
        app.open_window(kind, options)

    apart.settings_saved.connect(settings_saved)
    apart.session_ended.connect(session_ended)
    apart.checked_in.connect(app.refresh_look)
    apart.ended_badly.connect(lambda _kind: app.tell(window_ended_badly()))
    apart.cannot_start.connect(cannot_start)
    return apart
