"""The setup journey: the first-run welcome, the settings window, saving what the user chose and
keeping the start-at-login entry in step with it. Changes apply at once, with no restart."""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion.core.words import translate
from companion.journeys.host import AppHost
from companion.services.language import use_language
from companion.services.memory import delete_and_release
from companion.ui.present import present_dialog

if TYPE_CHECKING:
    from companion.core.settings import Settings
    from companion.ui.setup.onboarding import OnboardingDialog
    from companion.ui.setup.settings_dialog import SettingsDialog


class SetupJourney(QObject):
    """Welcome and settings windows; every change is saved first, then announced."""

    applied = Signal(object)  # Settings: saved, now in force
    welcomed = Signal()  # the first-run welcome was completed

    def __init__(self, host: AppHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.onboarding: OnboardingDialog | None = None
        self.settings_dialog: SettingsDialog | None = None

    def open_onboarding(self) -> None:
        from companion.ui.setup.onboarding import OnboardingDialog

        dialog = OnboardingDialog(self.host.settings.bedtime, self.host.settings.wake_time)
        dialog.completed.connect(self._finish_onboarding)
        self.onboarding = dialog
        present_dialog(dialog)

    def is_welcoming(self) -> bool:
        """Whether the first-run welcome is on screen (it comes before anything else)."""
        return self.onboarding is not None and self.onboarding.isVisible()

    def _finish_onboarding(self, bedtime: time, wake: time, start_at_login: bool) -> None:
        chosen = dataclasses.replace(
            self.host.settings,
            bedtime=bedtime,
            wake_time=wake,
            start_at_login=start_at_login,
            onboarding_done=True,
        )
        if self.onboarding is not None and self.onboarding.breathing_box.isChecked():
            chosen = chosen.with_step("breathing", enabled=True)  # the welcome's offer, taken
        self.apply(chosen)
        if self.onboarding is not None:  # shown once in the app's life: not kept for weeks
            delete_and_release(self.onboarding)
            self.onboarding = None
        self.welcomed.emit()

    def open_settings(self) -> None:
        if self.settings_dialog is None:
            from companion.integration.system_zone import system_zone_name
            from companion.ui.setup.settings_dialog import SettingsDialog

            self.settings_dialog = SettingsDialog(self.host.settings, system_zone_name())
            self.settings_dialog.applied.connect(self.apply)
            self.settings_dialog.finished.connect(self._forget_settings_dialog)
        present_dialog(self.settings_dialog)

    def _forget_settings_dialog(self) -> None:
        if self.settings_dialog is not None:  # deleted, not just hidden, with its memory
            delete_and_release(self.settings_dialog)
            self.settings_dialog = None

    def apply(self, settings: Settings) -> None:
        """Save, then let every part pick up the change (`applied`): no restart needed."""
        from companion.store.errors import StoreError
        from companion.store.pictures import keep_pictures
        from companion.store.settings_file import save_settings

        try:  # the pictures of the user's own stretches: private copies in the data folder
            settings = keep_pictures(settings, self.host.paths.data_dir)
        except StoreError as exc:
            self.host.tell(
                translate(
                    "Settings",
                    "A stretch picture could not be kept: {reason}. Nothing was changed.",
                ).format(reason=exc)
            )
            return
        try:
            save_settings(self.host.paths.settings_file, settings)
        except OSError as exc:
            self.host.tell(
                translate(
                    "Settings", "Your settings could not be saved ({reason}); nothing was changed."
                ).format(reason=exc.strerror)
            )
            return
        previous = self.host.settings
        if settings.language != previous.language:
            # Windows opened from now on speak it; the tray menu at the next start (DESIGN §4.8).
            use_language(settings.language)
        self.applied.emit(settings)
        # Also when it stays on: writing it again refreshes an entry for a moved install.
        if settings.start_at_login != previous.start_at_login or settings.start_at_login:
            self._sync_autostart(settings.start_at_login)

    def _sync_autostart(self, start_at_login: bool) -> None:
        from companion.integration.autostart import set_start_at_login

        try:
            set_start_at_login(start_at_login, data_dir=self.host.paths.root)
        except OSError as exc:
            self.host.tell(
                translate("Settings", "Starting at login could not be changed ({reason}).").format(
                    reason=exc.strerror
                )
            )

    def close(self) -> None:
        for window in (self.onboarding, self.settings_dialog):
            if window is not None:
                window.close()
