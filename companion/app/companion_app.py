"""Builds the running application: wires settings, services and windows together.

Start-up shows the tray icon first, at about the cost of a bare PySide6 tray app (DESIGN §5):
only Qt, the tray and its icon load before it; settings, the Tonight window, the instance
server and everything else follow in the first turns of the event loop.
"""

from __future__ import annotations

import contextlib
import linecache
import os
import signal
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from companion import APP_ID, __version__
from companion.core.texts import APP_NAME
from companion.render import icons
from companion.services.clock import Clock
from companion.ui.theme import is_dark
from companion.ui.tray import Tray

if TYPE_CHECKING:  # windows load when first opened, so the tray is up sooner and leaner
    from zoneinfo import ZoneInfo

    from companion.core.session import Summary
    from companion.core.settings import Settings
    from companion.journeys.reminders import Tonight
    from companion.store.journal_store import JournalStore
    from companion.store.paths import Paths
    from companion.ui.checkin.dialog import CheckinDialog
    from companion.ui.journal.window import JournalWindow, JournalWindowState
    from companion.ui.setup.onboarding import OnboardingDialog
    from companion.ui.setup.settings_dialog import SettingsDialog
    from companion.ui.stretch.window import StretchWindow
    from companion.ui.tonight.panel import TonightPanel

# Some desktops start their tray after the apps in autostart: give it this long to appear.
TRAY_WAIT_MS = 5000
TRAY_POLL_MS = 500
AUTOSTART_TRAY_WAIT_MS = 60_000
JOURNAL_STATE = "journal-window"
# Reminders start this long after the tray icon is shown: loading the scheduler then does not
# hold up the icon, and nothing is due within a fraction of a second anyway.
REMINDERS_AFTER_MS = 300


class CompanionApp(QObject):
    """The app while it runs: owns the tray (or its stand-in) and opens windows on request."""

    reminders_started = Signal(object)  # Tonight

    def __init__(
        self,
        paths: Paths,
        *,
        clock: Clock | None = None,
        tray_wait_ms: int = TRAY_WAIT_MS,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.clock = clock or Clock()
        self.tray_wait_ms = tray_wait_ms
        self.startup_problems: list[str] = []
        self._settings = settings  # read from the file on first use (see `settings`)
        self._journal: JournalStore | None = None  # opened on first use (see `journal`)

        self.tray = Tray(icons.tray_icon(dark_panel=is_dark()), self)
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.about_requested.connect(self.open_about)
        self.tray.quit_requested.connect(self.quit)
        self.tray.panel_requested.connect(self.show_panel)
        self._panel: TonightPanel | None = None  # built on first use (see `panel`)
        self._panel_stands_in = False  # no tray appeared: the panel carries the tray's commands
        self.onboarding: OnboardingDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.about_box: QMessageBox | None = None
        self.messages: list[QMessageBox] = []  # open notices, kept alive until closed
        self.has_tray = False
        self.tonight: Tonight | None = None  # made in start(): it loads the scheduler
        self._journal_failure_told: date | None = None
        self._pending_command: tuple[str, dict[str, Any]] | None = None
        self.stretch_action = self.tray.add_feature_action("Start stretches now")
        self.stretch_action.triggered.connect(lambda: self.open_stretch(None))
        self.stretch_window: StretchWindow | None = None
        self._stretch_step: str | None = None  # the plan step the open session answers
        self.checkin_action = self.tray.add_feature_action("Log last night…")
        self.checkin_action.triggered.connect(lambda: self.open_checkin(None))
        self.checkin_dialogs: dict[date, CheckinDialog] = {}
        self.journal_action = self.tray.add_feature_action("Open journal…")
        self.journal_action.triggered.connect(self.open_journal_window)
        self.journal_window: JournalWindow | None = None
        self._tray_waited_ms = 0
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_POLL_MS)
        self._tray_timer.timeout.connect(self._look_for_tray)

    # start-up -------------------------------------------------------------------------------

    def show_tray(self) -> None:
        """The icon, before anything else: it is what a user waits for at start-up."""
        if not self.has_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self._use_tray()

    @property
    def settings(self) -> Settings:
        """The saved settings, read on first use; a damaged file is reported by `start`."""
        if self._settings is None:
            from companion.store.settings_file import load_settings

            loaded = load_settings(self.paths.settings_file, now=datetime.now())
            self._settings = loaded.settings
            self.startup_problems += [loaded.problem] if loaded.problem else []
        return self._settings

    @property
    def panel(self) -> TonightPanel:
        """The Tonight window, built on first use (never before the tray icon is up)."""
        if self._panel is None:
            from companion.ui.tonight.panel import TonightPanel

            panel = TonightPanel()
            panel.settings_requested.connect(self.open_settings)
            panel.about_requested.connect(self.open_about)
            panel.quit_requested.connect(self.quit)
            panel.set_stands_in_for_tray(self._panel_stands_in)
            self._panel = panel
        return self._panel

    def zone(self) -> ZoneInfo:
        """The zone tonight's plan runs in (the settings' choice, else the system's)."""
        from companion.integration.system_zone import effective_zone

        return effective_zone(self.settings)

    def start(
        self,
        command: str = "show",
        options: dict[str, Any] | None = None,
        *,
        reminders_after_ms: int | None = None,
    ) -> None:
        """Show the tray, then start the reminders (at once, or a moment later so the icon is
        up before the scheduler loads)."""
        self.show_tray()
        if not self.has_tray:
            self._tray_timer.start()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._update_tray_icon)
        settings = self.settings  # the file is read here, after the icon; its problems next
        for problem in self.startup_problems:
            self.tell(problem)
        if reminders_after_ms is None:
            self._start_reminders_then_settle()
        else:
            QTimer.singleShot(reminders_after_ms, self._start_reminders_then_settle)
        if not settings.onboarding_done:
            self.open_onboarding()
            if command != "show":
                self._pending_command = (command, options or {})  # after the welcome
        elif command != "show":
            self.handle_command(command, options or {})

    @property
    def journal(self) -> JournalStore:
        """The journal, opened when first needed: the tray icon does not wait for it."""
        if self._journal is None:
            from companion.store.journal_store import open_journal

            self._journal = open_journal(self.paths, datetime.now().astimezone())
            if self._journal.notice is not None:
                self.tell(self._journal.notice.message)
        return self._journal

    def _start_reminders_then_settle(self) -> None:
        # PySide6 reads the source of every module imported after it (looking for `from
        # __feature__ import`) and linecache keeps those lines: about 8 MB in a source or wheel
        # install, for nothing. Dropping them before the reminders' imports lets those reuse the
        # memory (about 3 MB less at idle); dropping them after leaves nothing held.
        linecache.clearcache()
        self._start_reminders()
        linecache.clearcache()

    def _start_reminders(self) -> None:
        if self.journal.is_read_only:
            # Reminders record every prompt and answer; with nowhere to write, stay quiet rather
            # than ask the same thing again and again.
            self.panel.set_banner(
                "Reminders are off: the journal was written by a newer version of Bedtime "
                "Companion and is open read-only."
            )
            return
        from companion.journeys.reminders import Tonight

        self.tonight = Tonight(
            self.settings,
            self.journal,
            self.tray,
            self.panel,
            clock=self.clock,
            tray_anchor=self._tray_anchor,
            parent=self,
        )
        self.tonight.checkin_requested.connect(lambda: self.open_checkin(None))
        self.tonight.stretch_requested.connect(self.open_stretch)
        self.tonight.scheduler.journal_failed.connect(self._journal_failed)
        self.tonight.scheduler.night_changed.connect(self._back_up_journal)
        self.reminders_started.emit(self.tonight)
        self.tonight.start()

    def _journal_failed(self, message: str) -> None:
        """Tell once a day: the app keeps trying, and a stream of boxes would not help."""
        night = self.clock.now().astimezone().date()
        if night == self._journal_failure_told:
            return
        self._journal_failure_told = night
        self.tell(
            "Bedtime Companion could not write to your journal "
            f"({message}). It will keep trying; your reminders carry on."
        )

    def _back_up_journal(self, _night: date) -> None:
        """A tray app runs for weeks: take the daily backup when the day turns, too."""
        import sqlite3

        try:
            self.journal.back_up_daily(self.clock.now().astimezone().date())
        except (OSError, sqlite3.Error) as exc:
            self._journal_failed(f"the daily backup failed: {exc}")

    def _look_for_tray(self) -> None:
        self._tray_waited_ms += TRAY_POLL_MS
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_timer.stop()
            self._use_tray()
        elif self._tray_waited_ms >= self.tray_wait_ms:
            self._tray_timer.stop()
            self._set_panel_stands_in(True)
            self.show_panel()

    def _use_tray(self) -> None:
        self.has_tray = True
        self._set_panel_stands_in(False)
        self.tray.show()

    def _set_panel_stands_in(self, standing_in: bool) -> None:
        self._panel_stands_in = standing_in
        if self._panel is not None:
            self._panel.set_stands_in_for_tray(standing_in)

    def _tray_anchor(self) -> QRect | None:
        geometry = self.tray.icon.geometry()
        return geometry if self.has_tray and geometry.isValid() else None

    def _update_tray_icon(self) -> None:
        self.tray.set_icon(icons.tray_icon(dark_panel=is_dark()))

    # commands -------------------------------------------------------------------------------

    def handle_command(self, command: str, options: dict[str, Any]) -> None:
        """A command from the command line, ours or forwarded by a second launch."""
        if command == "show":
            if self.onboarding is not None and self.onboarding.isVisible():
                _raise(self.onboarding)
            else:
                self.show_panel()
        elif command == "settings":
            self.open_settings()
        elif command == "stretch":
            self.open_stretch(None)
        elif command == "journal":
            self.open_journal_window()
        elif command == "checkin":
            night = options.get("night")
            self.open_checkin(date.fromisoformat(night) if night else None)
        else:
            self.tell(f"“{command}” is not available in this version yet.")

    def show_panel(self) -> None:
        _raise(self.panel)

    def open_checkin(self, night: date | None) -> None:
        """The morning check-in for `night` (default: the night that ended this morning)."""
        zone = self.zone()
        if night is None:
            night = self.clock.now().astimezone(zone).date() - timedelta(days=1)
        if (open_dialog := self.checkin_dialogs.get(night)) is not None:
            _raise(open_dialog)
            return
        dialog = make_checkin_dialog(self.journal, night, self.settings, zone)
        dialog.finished.connect(lambda _r, n=night: self._forget_checkin(n))
        self.checkin_dialogs[night] = dialog
        _raise(dialog)

    def _forget_checkin(self, night: date) -> None:
        dialog = self.checkin_dialogs.pop(night, None)
        if dialog is not None:
            dialog.deleteLater()

    def open_stretch(self, step: str | None) -> None:
        """The guided stretches; `step` is the plan step whose prompt said Start, if any."""
        if self.stretch_window is not None:
            _raise(self.stretch_window)
            return
        from companion.services.cues import Cues
        from companion.ui.stretch.window import StretchWindow

        cues = Cues(
            sound_enabled=self.settings.sound_enabled,
            voice_enabled=self.settings.voice_enabled,
            volume=self.settings.volume,
        )
        window = StretchWindow.for_settings(self.settings.stretch, cues=cues)
        cues.setParent(window)
        window.finished.connect(self._stretch_finished)
        self.stretch_window = window
        self._stretch_step = step
        _raise(window)
        window.start()

    def _stretch_finished(self, summary: Summary) -> None:
        """Record the session on tonight's journal and settle the step it belongs to."""
        import sqlite3

        from companion.core.plan import is_morning_after, which_night
        from companion.core.routine_record import stretch_answer, stretch_factors
        from companion.store.journal_store import JournalStoreError

        window, self.stretch_window = self.stretch_window, None
        if window is not None:
            window.deleteLater()
        zone = self.zone()
        now = self.clock.now().astimezone(zone)
        morning = is_morning_after(now, self.settings, zone)
        step = self._stretch_step or ("morning_stretch" if morning else "stretch")
        self._stretch_step = None
        if summary.holds_completed == 0 and not summary.finished:
            return  # opened and closed straight away: nothing to record
        if not morning:
            values = stretch_factors(
                summary.holds_completed, summary.holds_planned, summary.active_seconds
            )
            try:
                self.journal.set_factors(which_night(now, zone), values, "routine")
            except (ValueError, OSError, sqlite3.Error, JournalStoreError) as exc:
                self.tell(f"The stretches could not be recorded in the journal: {exc}")
        if self.tonight is not None:
            self.tonight.record_session(
                step, stretch_answer(summary.holds_completed, summary.holds_planned)
            )

    def open_journal_window(self) -> None:
        if self.journal_window is not None:
            _raise(self.journal_window)
            return
        from companion.journeys.journal import connect_window, load_journal_data
        from companion.services.locale_units import uses_fahrenheit
        from companion.store.ui_state import load_ui_state
        from companion.ui.journal.window import JournalWindow, JournalWindowState

        state = JournalWindowState.from_dict(load_ui_state(self.paths.state_dir, JOURNAL_STATE))
        window = JournalWindow(
            load_journal_data(self.journal),
            state=state,
            tz=self.zone(),
            fahrenheit=uses_fahrenheit(self.settings),
        )
        connect_window(window, self.journal)
        window.report_requested.connect(self._write_report)
        window.closed.connect(self._journal_window_closed)
        self.journal_window = window
        _raise(window)

    def _journal_window_closed(self, state: JournalWindowState) -> None:
        from companion.store.ui_state import save_ui_state

        # Only the window's size and tab: a failure is not worth bothering the user about.
        with contextlib.suppress(OSError):
            save_ui_state(self.paths.state_dir, JOURNAL_STATE, state.to_dict())
        if self.journal_window is not None:
            self.journal_window.deleteLater()
            self.journal_window = None

    def _write_report(self, path: str, days: int) -> None:
        from companion.journeys.report import write_report

        today = self.clock.now().astimezone(self.zone()).date()
        try:
            pages = write_report(self.journal, Path(path), days, today)
        except (ValueError, OSError) as exc:
            self.tell(f"The report could not be written: {exc}")
            return
        self.tell(f"Your report ({pages} page{'s' if pages != 1 else ''}) is saved as {path}.")

    def open_onboarding(self) -> None:
        from companion.ui.setup.onboarding import OnboardingDialog

        dialog = OnboardingDialog(self.settings.bedtime, self.settings.wake_time)
        dialog.completed.connect(self._finish_onboarding)
        self.onboarding = dialog
        _raise(dialog)

    def _finish_onboarding(self, bedtime: Any, wake: Any, start_at_login: bool) -> None:
        import dataclasses

        self.apply_settings(
            dataclasses.replace(
                self.settings,
                bedtime=bedtime,
                wake_time=wake,
                start_at_login=start_at_login,
                onboarding_done=True,
            )
        )
        if self._pending_command is not None:
            command, options = self._pending_command
            self._pending_command = None
            self.handle_command(command, options)

    def open_settings(self) -> None:
        if self.settings_dialog is None:
            from companion.integration.system_zone import system_zone_name
            from companion.ui.setup.settings_dialog import SettingsDialog

            self.settings_dialog = SettingsDialog(self.settings, system_zone_name())
            self.settings_dialog.applied.connect(self.apply_settings)
            self.settings_dialog.finished.connect(self._forget_settings_dialog)
        _raise(self.settings_dialog)

    def _forget_settings_dialog(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def apply_settings(self, settings: Settings) -> None:
        """Save, then let every part pick up the change: no restart needed."""
        from companion.store.settings_file import save_settings

        try:
            save_settings(self.paths.settings_file, settings)
        except OSError as exc:
            self.tell(f"Your settings could not be saved ({exc.strerror}); nothing was changed.")
            return
        previous, self._settings = self.settings, settings
        if self.tonight is not None:
            self.tonight.set_settings(settings)
        if settings.start_at_login != previous.start_at_login or settings.start_at_login:
            self._sync_autostart()

    def _sync_autostart(self) -> None:
        """Make the start-at-login entry match the setting (it also refreshes a moved install)."""
        from companion.integration.autostart import set_start_at_login

        try:
            set_start_at_login(self.settings.start_at_login)
        except OSError as exc:
            self.tell(f"Starting at login could not be changed ({exc.strerror}).")

    def open_about(self) -> None:
        if self.about_box is None:
            from companion.core.texts import NOT_MEDICAL_ADVICE, PRIVACY, SUMMARY

            box = QMessageBox()
            box.setWindowTitle(f"About {APP_NAME}")
            box.setIconPixmap(icons.app_icon().pixmap(64, 64))
            box.setText(f"<b>{APP_NAME}</b> {__version__}")
            box.setInformativeText(f"{SUMMARY}\n\n{NOT_MEDICAL_ADVICE}\n\n{PRIVACY}")
            box.setModal(False)
            self.about_box = box
        _raise(self.about_box)

    def tell(self, message: str) -> None:
        """A message the user must see: a window, since a tray balloon is easy to miss."""
        # Not at the top: the first `Qt` import builds every enum of Qt's namespace (about
        # 12 ms), which start-up would otherwise pay before the tray icon is up.
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, message)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_message)
        self.messages.append(box)
        box.show()

    def _forget_message(self) -> None:
        box = self.sender()
        self.messages = [b for b in self.messages if b is not box]

    def quit(self) -> None:
        self.tray.hide()
        QApplication.exit(0)  # not quit(): the Tonight panel ignores close requests

    def shut_down(self) -> None:
        """After the event loop: close windows (they may still save), stop, close the journal."""
        self._tray_timer.stop()
        for window in (
            self.onboarding,
            self.settings_dialog,
            self.journal_window,
            self.stretch_window,
            *self.checkin_dialogs.values(),
        ):
            if window is not None:
                window.close()
        if self.tonight is not None:
            self.tonight.stop()
        self.tray.hide()
        if self._journal is not None:
            self._journal.close()


def make_checkin_dialog(
    journal: JournalStore, night: date, settings: Settings, zone: ZoneInfo
) -> CheckinDialog:
    """The check-in for one night, filled from the journal and saving back to it."""
    from companion.journeys.checkin import connect_checkin, load_checkin
    from companion.services.locale_units import uses_fahrenheit
    from companion.ui.checkin.dialog import CheckinDialog

    data = load_checkin(journal, night)
    dialog = CheckinDialog(
        data.night_date,
        data.night,
        data.factors,
        data.routine,
        data.tags,
        zone=zone,
        fahrenheit=uses_fahrenheit(settings),
        bedtime=settings.bedtime_for(night),
        wake=settings.wake_time,
    )
    connect_checkin(dialog, journal)
    return dialog


def _raise(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class TerminationSignals:
    """SIGTERM/SIGINT end the event loop cleanly (a logout, `kill`, Ctrl+C).

    Python runs signal handlers only between bytecodes, never while Qt's loop waits in C++; the
    wake-up fd turns the signal into a byte on a pipe that a QSocketNotifier sees at once.
    """

    def __init__(self, app: QApplication) -> None:
        self.reader, self.writer = os.pipe()
        os.set_blocking(self.writer, False)  # set_wakeup_fd insists: a signal must never block
        signal.set_wakeup_fd(self.writer)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)  # the wake-up fd does the work
        self.notifier = QSocketNotifier(self.reader, QSocketNotifier.Type.Read, app)
        self.notifier.activated.connect(self._on_signal)
        self.app = app

    def _on_signal(self) -> None:
        os.read(self.reader, 64)
        self.app.exit(0)  # quit() would ask windows first, and the panel only hides

    def close(self) -> None:
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        os.close(self.reader)
        os.close(self.writer)


def run_gui(
    *,
    data_dir: str | None,
    command: str,
    options: dict[str, Any],
    demo: bool = False,
    autostart: bool = False,
) -> int:
    """Start the app, or hand `command` to the one already running for this data dir."""
    from companion.store.paths import resolve_paths

    if demo:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="bedtime-companion-demo-") as scratch:
            return _run(resolve_paths(scratch), command, options, demo=True)
    return _run(resolve_paths(data_dir), command, options, demo=False, autostart=autostart)


def _run(
    paths: Paths, command: str, options: dict[str, Any], *, demo: bool, autostart: bool = False
) -> int:
    from companion.services.instance import SingleInstance

    paths.ensure()
    instance = SingleInstance(paths.state_dir, paths.data_dir)
    if not instance.claim():
        if instance.forward(command, _plain(options)):
            return 0
        print(
            "bedtime-companion: another copy is running but did not answer; "
            "if it is stuck, end it and start again.",
            file=sys.stderr,
        )
        return 1
    app = QApplication(sys.argv[:1])
    app.setApplicationName("bedtime-companion")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.app_icon())
    app.setQuitOnLastWindowClosed(False)  # the tray keeps running with no window open
    signals = TerminationSignals(app)  # before anything slow: a logout may come at any moment
    if demo:
        from companion.app.demo import BANNER, NightSkipper, demo_clock, demo_settings

        settings = demo_settings()
        clock = demo_clock(settings, datetime.now().astimezone())
        companion = CompanionApp(paths, clock=clock, settings=settings)
        skipper = NightSkipper(clock, settings)
        companion.reminders_started.connect(skipper.watch)
        companion.panel.set_banner(BANNER)
        command = "show"
    else:
        # At login the desktop may bring its tray up well after us.
        wait = AUTOSTART_TRAY_WAIT_MS if autostart else TRAY_WAIT_MS
        companion = CompanionApp(paths, tray_wait_ms=wait)
    companion.show_tray()

    def finish_start() -> None:
        # In the event loop, so the icon's dock request has gone out to the tray host first. A
        # second launch meanwhile waits for the server (SingleInstance.forward retries).
        try:
            instance.serve()
            instance.command_received.connect(companion.handle_command)
        except OSError as exc:
            # The reminders matter more than reaching this copy from a second launch.
            companion.startup_problems.append(
                f"Bedtime Companion could not open its command socket ({exc}), so starting "
                "it again will not reach this copy. Your reminders carry on."
            )
        companion.start(command, _plain(options), reminders_after_ms=REMINDERS_AFTER_MS)
        if demo:
            companion.show_panel()

    QTimer.singleShot(0, finish_start)
    code = app.exec()
    companion.shut_down()
    instance.release()
    signals.close()
    return code


def _plain(options: dict[str, Any]) -> dict[str, Any]:
    """Only JSON-friendly option values travel to the running instance."""
    return {k: v for k, v in options.items() if isinstance(v, str | int | float | bool | None)}
