"""A window in a process of its own: the journal, a check-in, settings, a stretch or breathing
session, or the note of restless legs now.

The tray runs for weeks. What a window needs the first time it opens (Qt's widget painting and
fonts, QtMultimedia and speech for the stretches, ten years of nights for the journal) would
stay in its memory long after the window closed: code once loaded is never unloaded. In a
process of its own it all goes when the window does (DESIGN §5: memory returns after windows
close). The tray process starts this one (`app.windows_apart`), and this one ends when its
last window closes or when the tray process goes away.

The journeys are the same as in one process; only their few ties to the tray (a step settled,
settings saved, a check-in answered) travel as lines on standard output.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import window_wire as wire
from companion.app.messages import OpenMessages
from companion.services.clock import Clock, ScaledClock

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from companion.core.settings import Settings
    from companion.store.journal_store import JournalStore
    from companion.store.paths import Paths

# The pipes the tray process holds: its requests come in on one, our events go out on the other.
REQUESTS_FD = 0
EVENTS_FD = 1


class WindowHost:
    """What the journeys ask of the app (`journeys.host.AppHost`), in a window's process. The
    tray process has already told the user of a damaged settings file or journal."""

    def __init__(self, paths: Paths, clock: Clock) -> None:
        self.paths = paths
        self.clock = clock
        self.messages = OpenMessages()
        self._settings: Settings | None = None
        self._journal: JournalStore | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from companion.store.settings_file import load_settings

            self._settings = load_settings(self.paths.settings_file, now=datetime.now()).settings
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def journal(self) -> JournalStore:
        if self._journal is None:
            from companion.store.journal_store import open_journal

            self._journal = open_journal(self.paths, datetime.now().astimezone())
        return self._journal

    def zone(self) -> ZoneInfo:
        from companion.integration.system_zone import effective_zone

        return effective_zone(self.settings)

    def tell(self, message: str) -> None:
        self.messages.tell(message)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()


class Reporter(QObject):
    """Writes events for the tray process, and tells it which windows are on screen."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__()
        self._out = out
        self._watched: set[QWidget] = set()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._report_windows)

    def send(self, name: str, **values: Any) -> None:
        try:
            self._out.write(wire.line(name, **values))
            self._out.flush()
        except (OSError, ValueError):  # the tray process is gone: nobody left to tell
            pass

    def watch_windows(self) -> None:
        """Report the windows on screen now, and again whenever one shows, hides or closes."""
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window not in self._watched:
                self._watched.add(window)
                window.installEventFilter(self)
                window.destroyed.connect(lambda _o=None, w=window: self._watched.discard(w))
        self._soon.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Close):
            self._soon.start(0)
        return False

    def _report_windows(self) -> None:
        titles = sorted(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        self.send(wire.WINDOWS, titles=titles)


class SessionSettler:
    """Stands in for tonight's reminders: the tray process settles the step."""

    def __init__(self, reporter: Reporter) -> None:
        self._reporter = reporter

    def settle_after_session(self, kind: str, answer: str) -> None:
        self._reporter.send(wire.SESSION_ENDED, step=kind, answer=answer)


class WindowProcess(QObject):
    """One kind of window and its journey, opened again on each request from the tray."""

    def __init__(
        self,
        request: wire.WindowRequest,
        host: WindowHost,
        reporter: Reporter,
        requests_fd: int = REQUESTS_FD,
    ) -> None:
        super().__init__()
        self.kind = request.kind
        self.host = host
        self.reporter = reporter
        self.journey: Any = self._make_journey()  # one of six journeys, each its own type
        self._pending = b""
        self.tray_gone = False
        self._requests_fd = requests_fd
        self._notifier = QSocketNotifier(requests_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_requests)

    def _make_journey(self) -> Any:
        if self.kind == "journal":
            from companion.journeys.journal import JournalJourney

            return JournalJourney(self.host, self)
        if self.kind == "checkin":
            from companion.journeys.checkin import CheckinJourney

            return CheckinJourney(self.host, self)
        if self.kind == "settings":
            from companion.journeys.setup import SetupJourney

            setup = SetupJourney(self.host, self)
            setup.applied.connect(self._settings_saved)
            return setup
        if self.kind == "episode":
            from companion.journeys.episode import EpisodeJourney

            return EpisodeJourney(self.host, self)
        settler = SessionSettler(self.reporter)
        if self.kind == "breathing":
            from companion.journeys.breathing import BreathingJourney

            return BreathingJourney(self.host, lambda: settler, self)
        from companion.journeys.stretch import StretchJourney

        return StretchJourney(self.host, lambda: settler, self)

    def open(self, options: dict[str, Any]) -> None:
        journey = self.journey
        if self.kind == "checkin":
            before = set(journey.dialogs)
            night = options.get("night")
            journey.open(date.fromisoformat(night) if night else None)
            for opened in set(journey.dialogs) - before:
                journey.dialogs[opened].finished.connect(
                    lambda _r: self.reporter.send(wire.CHECKED_IN)
                )
        elif self.kind == "settings":
            journey.open_settings()
        elif self.kind == "stretch":
            journey.open(options.get("step"))
        else:  # the journal, breathing, the restless-legs note
            journey.open()
        self.reporter.send(wire.OPENED)  # at once: a close may follow before windows report
        self.reporter.watch_windows()

    def close(self) -> None:
        if self.kind == "checkin":
            self.journey.close_all()
        else:
            self.journey.close()
        for box in list(self.host.messages.boxes):
            box.close()

    def _settings_saved(self, settings: Settings) -> None:
        self.host.settings = settings
        self.reporter.send(wire.SETTINGS_SAVED)

    def _read_requests(self) -> None:
        chunk = os.read(self._requests_fd, 65536)
        if not chunk:  # the tray process ended (or quit): close, saving what the windows save
            self._notifier.setEnabled(False)
            self.tray_gone = True
            self.close()
            QApplication.exit(0)
            return
        for message in self._messages(chunk):
            if message["name"] == wire.OPEN:
                self.open(dict(message.get("options") or {}))
            elif message["name"] == wire.CLOSE:
                self.close()

    def reopen_if_asked(self) -> bool:
        """After the last window closed: whether a request to open again was already on its
        way (the user asked the moment the window went); if so it is opened."""
        os.set_blocking(self._requests_fd, False)
        try:
            chunk = os.read(self._requests_fd, 65536)
        except BlockingIOError:
            return False
        finally:
            os.set_blocking(self._requests_fd, True)
        opens = [m for m in self._messages(chunk) if m["name"] == wire.OPEN]
        for message in opens:
            self.open(dict(message.get("options") or {}))
        return bool(opens)

    def _messages(self, chunk: bytes) -> list[dict[str, Any]]:
        self._pending += chunk
        *lines, self._pending = self._pending.split(b"\n")
        return [m for m in map(wire.read_line, lines) if m is not None]


def run_window(text: str) -> int:
    """The window process: open the window asked for, run until it closes."""
    try:
        request = wire.WindowRequest.from_text(text)
    except ValueError as exc:
        print(f"bedtime-companion: {exc}", file=sys.stderr)
        return 2
    from companion.app.appearance import evening_look
    from companion.app.qt_app import TerminationSignals, make_qt_app
    from companion.render import icons
    from companion.services.language import use_language
    from companion.ui.accessibility import install_window_roles
    from companion.ui.app_style import use_companion_style

    app = make_qt_app()
    signals = TerminationSignals(app)  # a logout: close the windows (a session records itself)
    app.setWindowIcon(icons.app_icon())
    install_window_roles()  # screen readers see our windows as windows, not "filler"
    app.setQuitOnLastWindowClosed(True)  # this process is its windows
    clock: Clock = (
        ScaledClock(request.clock_now, request.clock_scale) if request.clock_now else Clock()
    )
    host = WindowHost(request.paths, clock)
    use_language(host.settings.language)
    look = evening_look(host)  # the tray's look, changing at the same moments
    use_companion_style(app)  # a window follows at once: styled from its start
    # Our own writer on the pipe: a bundle may start with no sys.stdout at all.
    reporter = Reporter(open(EVENTS_FD, "wb", buffering=0, closefd=False))  # noqa: SIM115
    process = WindowProcess(request, host, reporter)
    process.open(request.options)
    code = app.exec()
    while not process.tray_gone and process.reopen_if_asked():
        code = app.exec()
    look.stop()
    if not process.tray_gone:
        process.close()
    reporter.send(wire.WINDOWS, titles=[])
    host.close()
    signals.close()
    return code
