"""The running application: the tray, the order things start in, and which journey answers which
command. Each journey owns its own story (journeys/); this only wires them to the tray.

Start-up shows the tray icon first, at about the cost of a bare PySide6 tray app (DESIGN §5):
only Qt, the tray and its icon load before it; settings, the Tonight window, the instance
server and everything else follow in the first turns of the event loop.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from companion.app.messages import OpenMessages
from companion.app.notices import not_available
from companion.core.words import translate
from companion.render import icons
from companion.services.clock import Clock
from companion.services.language import use_language
from companion.services.memory import settle_start_up
from companion.store.settings_language import settings_language
from companion.ui.present import present, present_dialog
from companion.ui.tray import Tray

if TYPE_CHECKING:  # journeys and windows load when first used: the tray is up sooner and leaner
    from zoneinfo import ZoneInfo

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox

    from companion.app.appearance import EveningLook
    from companion.app.windows_apart import WindowsApart
    from companion.core.settings import Settings
    from companion.journeys.breathing import BreathingJourney
    from companion.journeys.checkin import CheckinJourney
    from companion.journeys.evening_wait import EveningWait
    from companion.journeys.journal import JournalJourney
    from companion.journeys.reminders import Tonight
    from companion.journeys.setup import SetupJourney
    from companion.journeys.stretch import StretchJourney
    from companion.store.journal_store import JournalStore
    from companion.store.paths import Paths
    from companion.ui.tonight.panel import TonightPanel

# Some desktops start their tray after the apps in autostart: give it this long to appear.
TRAY_WAIT_MS = 5000
TRAY_POLL_MS = 500
AUTOSTART_TRAY_WAIT_MS = 60_000
# Reminders start this long after the tray icon is shown: loading the scheduler then does not
# hold up the icon, and nothing is due within a fraction of a second anyway.
REMINDERS_AFTER_MS = 300


class CompanionApp(QObject):
    """The app while it runs: owns the tray (or its stand-in) and hands commands to journeys."""

    reminders_started = Signal(object)  # Tonight

    def __init__(
        self,
        paths: Paths,
        *,
        clock: Clock | None = None,
        tray_wait_ms: int = TRAY_WAIT_MS,
        settings: Settings | None = None,
        windows_apart: bool = False,
    ) -> None:
        """`windows_apart`: open the journal, check-in, settings and stretches each in a
        process of its own, so their memory goes when they close (the installed app does)."""
        super().__init__()
        self.paths = paths
        self.clock = clock or Clock()
        self.tray_wait_ms = tray_wait_ms
        self.startup_problems: list[str] = []
        self._settings = settings  # read from the file on first use (see `settings`)
        self._journal: JournalStore | None = None  # opened on first use (see `journal`)
        self._panel: TonightPanel | None = None  # built on first use (see `panel`)
        self._panel_stands_in = False  # no tray appeared: the panel carries the tray's commands
        self._checkin: CheckinJourney | None = None  # each journey is made on first use
        self._journal_journey: JournalJourney | None = None
        self._setup: SetupJourney | None = None
        self.about_box: QMessageBox | None = None
        self._messages = OpenMessages(self)
        self.messages = self._messages.boxes  # the messages open now
        self.has_tray = False
        self.tonight: Tonight | None = None  # made when its night comes (see _start_reminders)
        self._wait: EveningWait | None = None  # by day, until then
        self.pause_action: QAction | None = None  # with the reminders' start
        self._pending_command: tuple[str, dict[str, Any]] | None = None
        self._stretch: StretchJourney | None = None
        self._breathing: BreathingJourney | None = None
        self.look: EveningLook | None = None  # made in start(), once the settings are read
        self.windows_apart = windows_apart
        self._apart: WindowsApart | None = None  # made when the first window opens
        # Before the first word is shown (the tray menu), and without loading the settings.
        use_language(settings.language if settings else settings_language(paths.settings_file))

        self.tray = Tray(icons.tray_icon(themed=False), self)  # the theme's glyph at show()
        self.tray.settings_requested.connect(lambda: self.open_window("settings"))
        self.tray.about_requested.connect(self.open_about)
        self.tray.quit_requested.connect(self.quit)
        self.tray.panel_requested.connect(self.show_panel)
        self.stretch_action = self.tray.add_feature_action(translate("Tray", "Start stretches now"))
        self.stretch_action.triggered.connect(lambda: self.open_window("stretch"))
        self.checkin_action = self.tray.add_feature_action(translate("Tray", "Log last night…"))
        self.checkin_action.triggered.connect(lambda: self.open_window("checkin"))
        self.episode_action = self.tray.add_feature_action(translate("Tray", "Legs restless now…"))
        self.episode_action.triggered.connect(lambda: self.open_window("episode"))
        self.journal_action = self.tray.add_feature_action(translate("Tray", "Open journal…"))
        self.journal_action.triggered.connect(lambda: self.open_window("journal"))
        self._tray_waited_ms = 0
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_POLL_MS)
        self._tray_timer.timeout.connect(self._look_for_tray)

    # what the journeys share (journeys.host.AppHost) -----------------------------------------

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
    def journal(self) -> JournalStore:
        """The journal, opened when first needed: the tray icon does not wait for it."""
        if self._journal is None:
            from companion.store.journal_store import open_journal

            self._journal = open_journal(self.paths, datetime.now().astimezone())
            if self._journal.notice is not None:
                self.tell(self._journal.notice.message)
        return self._journal

    def zone(self) -> ZoneInfo:
        """The zone tonight's plan runs in (the settings' choice, else the system's)."""
        from companion.integration.system_zone import effective_zone

        return effective_zone(self.settings)

    def tell(self, message: str) -> None:
        """A message the user must see: a window, since a tray balloon is easy to miss."""
        self._messages.tell(message)

    # the journeys, each made when first used -------------------------------------------------

    @property
    def checkin(self) -> CheckinJourney:
        if self._checkin is None:
            from companion.journeys.checkin import CheckinJourney

            self._checkin = CheckinJourney(self, self)
        return self._checkin

    @property
    def journal_journey(self) -> JournalJourney:
        if self._journal_journey is None:
            from companion.journeys.journal import JournalJourney

            self._journal_journey = JournalJourney(self, self)
        return self._journal_journey

    @property
    def setup(self) -> SetupJourney:
        if self._setup is None:
            from companion.journeys.setup import SetupJourney

            self._setup = SetupJourney(self, self)
            self._setup.applied.connect(self.settings_applied)
            self._setup.welcomed.connect(self._run_pending_command)
        return self._setup

    @property
    def stretch(self) -> StretchJourney:
        if self._stretch is None:
            from companion.journeys.stretch import StretchJourney

            self._stretch = StretchJourney(self, self.wake_reminders, self)
        return self._stretch

    @property
    def breathing(self) -> BreathingJourney:
        if self._breathing is None:
            from companion.journeys.breathing import BreathingJourney

            self._breathing = BreathingJourney(self, self.wake_reminders, self)
        return self._breathing

    @property
    def panel(self) -> TonightPanel:
        """The Tonight window, built on first use (never before the tray icon is up)."""
        if self._panel is None:
            from companion.ui.tonight.panel import TonightPanel

            panel = TonightPanel()
            panel.stretch_requested.connect(lambda: self.open_window("stretch"))
            panel.checkin_requested.connect(lambda: self.open_window("checkin"))
            panel.journal_requested.connect(lambda: self.open_window("journal"))
            panel.settings_requested.connect(lambda: self.open_window("settings"))
            panel.about_requested.connect(self.open_about)
            panel.quit_requested.connect(self.quit)
            panel.set_stands_in_for_tray(self._panel_stands_in)
            self._panel = panel
            if self.tonight is not None:
                self.tonight.attach_panel(panel)
        return self._panel

    @property
    def panel_if_built(self) -> TonightPanel | None:
        return self._panel

    # start-up -------------------------------------------------------------------------------

    def show_tray(self) -> None:
        """The icon, before anything else: it is what a user waits for at start-up."""
        if not self.has_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self._use_tray()

    def start(
        self,
        command: str = "show",
        options: dict[str, Any] | None = None,
        *,
        reminders_after_ms: int | None = None,
    ) -> None:
        """Show the tray, then the reminders: at once, or a moment later (the icon comes first)."""
        self.show_tray()
        if not self.has_tray:
            self._tray_timer.start()
        settings = self.settings  # the file is read here, after the icon; its problems next
        self._start_look()  # before any window opens, so each opens in the evening look
        for problem in self.startup_problems:
            self.tell(problem)
        if reminders_after_ms is None:
            self._start_reminders_then_settle()
        else:
            QTimer.singleShot(reminders_after_ms, self._start_reminders_then_settle)
        if not settings.onboarding_done:
            self.setup.open_onboarding()
            if command != "show":
                self._pending_command = (command, options or {})  # after the welcome
        elif command != "show":
            self.handle_command(command, options or {})

    def _start_reminders_then_settle(self) -> None:
        self._start_reminders()
        settle_start_up()  # what start-up read and made: dropped, or set aside (services.memory)

    def _start_reminders(self) -> None:
        """The reminders now, or by day a wait until their night's first step is near."""
        from companion.app.tonight_start import pause_action, wait_for_night

        self.pause_action = pause_action(self)
        self._wait = wait_for_night(self)
        self._wait.check()  # `due` at once where nothing is to wait for

    def wake_reminders(self) -> Tonight | None:
        """Tonight's reminders, started now if they were waiting (None: they cannot run)."""
        if (wait := self._wait) is not None:
            from companion.app.tonight_start import start_tonight

            self._wait = None
            wait.close()
            self.tonight = start_tonight(self)
        return self.tonight

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
        self.tray.show(themed=True)

    def _set_panel_stands_in(self, standing_in: bool) -> None:
        self._panel_stands_in = standing_in
        if self._panel is not None:
            self._panel.set_stands_in_for_tray(standing_in)

    def tray_anchor(self) -> QRect | None:
        geometry = self.tray.icon.geometry()
        return geometry if self.has_tray and geometry.isValid() else None

    # commands -------------------------------------------------------------------------------

    def handle_command(self, command: str, options: dict[str, Any]) -> None:
        """A command from the command line, ours or forwarded by a second launch."""
        if command == "show":
            if self._setup is not None and self._setup.is_welcoming():
                present(self._setup.onboarding)  # type: ignore[arg-type]
            else:
                self.show_panel()
        elif command in ("settings", "stretch", "journal", "checkin"):
            self.open_window(command, options)
        else:
            self.tell(not_available(command))

    def _run_pending_command(self) -> None:
        """A command that came with the first start waits for the welcome to be done."""
        if self._pending_command is not None:
            command, options = self._pending_command
            self._pending_command = None
            self.handle_command(command, options)

    def _start_look(self) -> None:
        """The evening look from an hour before tonight's routine until the check-in."""
        from companion.app.appearance import evening_look

        self.look = evening_look(self, self)

    def open_window(self, kind: str, options: dict[str, Any] | None = None) -> None:
        """The journal, settings, a check-in (option: night), the restless-legs note or the
        stretches (option: step, whose prompt said Start): in their own process, or here."""
        options = options or {}
        if self.apart is not None:
            self.apart.open(kind, options)  # type: ignore[arg-type]  # one of its kinds
        else:
            from companion.app.windows_here import open_here

            open_here(self, kind, options)

    def refresh_look(self) -> None:
        if self.look is not None:
            self.look.refresh()

    def show_panel(self) -> None:
        self.wake_reminders()  # the window shows tonight's steps as the reminders see them
        present(self.panel)

    @property
    def apart(self) -> WindowsApart | None:
        """Where windows open in processes of their own (`app.window_process`), or None when
        they open in this one (tests, the demo)."""
        if self._apart is None and self.windows_apart:
            from companion.app.windows_apart import windows_apart_for

            self._apart = windows_apart_for(self)
        return self._apart

    @property
    def apart_started(self) -> WindowsApart | None:
        """`apart` if a window has opened apart, without starting it (the bench's view)."""
        return self._apart

    def settings_applied(self, settings: Settings) -> None:
        """New settings are saved: every part picks them up."""
        self._settings = settings
        self.refresh_look()
        if self.tonight is not None:
            self.tonight.set_settings(settings)
        elif self._wait is not None:
            self._wait.check()

    def open_about(self) -> None:
        if self.about_box is None:
            from companion.ui.about import about_box

            self.about_box = about_box()
        present_dialog(self.about_box)

    def quit(self) -> None:
        self.tray.hide()
        QApplication.exit(0)  # not quit(): the Tonight panel ignores close requests

    def shut_down(self) -> None:
        """After the event loop: close windows (they may still save), stop, close the journal."""
        if self.look is not None:
            self.look.stop()
        self._tray_timer.stop()
        if self._apart is not None:
            self._apart.shut_down()
        for journey in (self._setup, self._journal_journey, self._stretch):
            if journey is not None:
                journey.close()
        if self._checkin is not None:
            self._checkin.close_all()
        if self._wait is not None:
            self._wait.stop()
        if self.tonight is not None:
            self.tonight.stop()
        self.tray.hide()
        if self._journal is not None:
            self._journal.close()
