"""The night-time episode journey: "Legs restless now…" from the tray, stored on its night.

The dialog gives a clock time and the relief words; this places the time at its moment (the
latest such clock time not after now) and stores it on the night it belongs to.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from companion.core.plan import local_datetime
from companion.core.rls_records import Episode, night_of_episode
from companion.core.words import translate
from companion.journeys.host import AppHost
from companion.store.errors import StoreError
from companion.store.journal_store import JournalStore
from companion.ui.present import present_dialog

if TYPE_CHECKING:
    from companion.ui.tonight.episode_dialog import EpisodeDialog


def episode_moment(now: datetime, wall: time, zone: ZoneInfo) -> datetime:
    """The latest moment at clock time `wall` that is not after `now` (23:50 typed at 00:20 is
    last evening's, 00:10 typed at 00:20 is ten minutes ago)."""
    local_now = now.astimezone(zone)
    moment = local_datetime(local_now.date(), wall, zone)
    if moment > local_now:
        moment = local_datetime(local_now.date() - timedelta(days=1), wall, zone)
    return moment


def record_episode(store: JournalStore, at: datetime, relief: str) -> Episode:
    """Store one episode on the night it belongs to; StoreError/ValueError if refused."""
    episode = Episode(night_of_episode(at), at, relief)
    store.add_episode(episode)
    return episode


class EpisodeJourney(QObject):
    """One episode dialog at a time; what it saves goes to the journal."""

    recorded = Signal(object)  # Episode

    def __init__(self, host: AppHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.dialog: EpisodeDialog | None = None

    def open(self) -> None:
        if self.dialog is not None:
            present_dialog(self.dialog)
            return
        from companion.ui.tonight.episode_dialog import EpisodeDialog

        zone = self.host.zone()
        now = self.host.clock.now().astimezone(zone)
        dialog = EpisodeDialog(now.time())
        dialog.saved.connect(lambda wall, relief: self._save(dialog, wall, relief))
        dialog.finished.connect(self._forget)
        self.dialog = dialog
        present_dialog(dialog)

    def _save(self, dialog: EpisodeDialog, wall: time, relief: str) -> None:
        zone = self.host.zone()
        at = episode_moment(self.host.clock.now(), wall, zone)
        try:
            episode = record_episode(self.host.journal, at, relief)
        except (StoreError, ValueError) as exc:
            dialog.refuse_save(translate("Episode", "Not saved: {reason}").format(reason=exc))
            return
        self.recorded.emit(episode)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _forget(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def open_episode(host: AppHost, parent: QObject) -> None:
    """ "Legs restless now…": the one episode journey under `parent` (made on first use) opens."""
    journey = parent.findChild(EpisodeJourney) or EpisodeJourney(host, parent)
    journey.open()
