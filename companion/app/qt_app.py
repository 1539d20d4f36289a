"""The QApplication as every process of ours makes it (the tray's and each window's own), and
its clean end on SIGTERM/SIGINT."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from companion import APP_ID, __version__
from companion.core.texts import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier


def make_qt_app() -> QApplication:
    """With our names; each process adds the window icon and the screen-reader roles when it
    is ready for them (the tray only after its icon is up)."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("bedtime-companion")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


class TerminationSignals:
    """SIGTERM/SIGINT end the event loop cleanly (a logout, `kill`, Ctrl+C).

    Python runs signal handlers only between bytecodes, never while Qt's loop waits in C++; the
    wake-up fd turns the signal into a byte on a pipe that a QSocketNotifier sees at once. The
    tray catches the signals before its icon (a host may dock it at once, and a logout then
    must not kill it) and starts watching the pipe just after (the notifier's wrapper costs
    PySide6 ~20 ms): a signal in between waits in the pipe for the loop's first turn.
    """

    def __init__(self, app: QApplication | None = None) -> None:
        import signal  # here, not at the top: the module and its enums take ~1 ms

        self.reader, self.writer = os.pipe()
        os.set_blocking(self.writer, False)  # set_wakeup_fd insists: a signal must never block
        signal.set_wakeup_fd(self.writer)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)  # the wake-up fd does the work
        self.notifier: QSocketNotifier | None = None
        if app is not None:
            self.watch(app)

    def watch(self, app: QApplication) -> None:
        """From the event loop's next turn, a signal (even one already caught) ends it."""
        from PySide6.QtCore import QSocketNotifier

        self.notifier = QSocketNotifier(self.reader, QSocketNotifier.Type.Read, app)
        self.notifier.activated.connect(self._on_signal)
        self.app = app

    def _on_signal(self) -> None:
        os.read(self.reader, 64)
        self.app.exit(0)  # quit() would ask windows first, and the panel only hides

    def close(self) -> None:
        import signal

        if self.notifier is not None:
            self.notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        os.close(self.reader)
        os.close(self.writer)
