"""Keeps the whole app in its evening or day look (core.appearance decides), changing it at
each boundary: one single-shot timer to the next one, and a fresh look when the settings
change, a check-in is answered or the desktop switches between light and dark."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.core.appearance import is_checked_in, look_at
from companion.core.plan import which_night
from companion.core.settings import Settings
from companion.services.clock import Clock
from companion.ui.theme import use_look_palette

if TYPE_CHECKING:
    from companion.core.diary import Night
    from companion.journeys.host import AppHost

# A QTimer cannot wait longer than 2**31 - 1 ms; past this the look is simply asked again.
LONGEST_WAIT_MS = 6 * 3600 * 1000
# A little after the boundary, so the clock is surely past it when the timer fires.
AFTER_BOUNDARY_MS = 500


class EveningLook(QObject):
    """The app's look. `changed` carries True when the evening palette is now in force."""

    changed = Signal(bool)

    def __init__(
        self,
        clock: Clock,
        settings: Callable[[], Settings],
        zone: Callable[[], ZoneInfo],
        night_record: Callable[[datetime], Night | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._zone = zone
        self._night_record = night_record  # the journal's row for a night, read only after midnight
        self.is_evening: bool | None = None  # None: not decided yet
        self.next_change: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._desktop_changed)
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        """Decide the look now, apply it if it changed, and wait for the next boundary."""
        now, tz = self._clock.now(), self._zone()
        look = look_at(now, self._settings(), tz, checked_in=self._checked_in(now, tz))
        evening = look.look == "evening"
        if evening != self.is_evening:
            self._apply(evening)
        self.next_change = look.next_change
        self._timer.stop()
        if look.next_change is not None:
            wait = self._clock.real_seconds_until(look.next_change) * 1000 + AFTER_BOUNDARY_MS
            self._timer.start(int(min(wait, LONGEST_WAIT_MS)))

    def _checked_in(self, now: datetime, tz: ZoneInfo) -> bool:
        night = which_night(now, tz)
        if now.astimezone(tz).date() <= night:
            return False  # before midnight: no check-in can be about tonight yet
        return is_checked_in(self._night_record(now))

    def _apply(self, evening: bool) -> None:
        self.is_evening = evening
        app = QApplication.instance()
        if isinstance(app, QApplication):
            use_look_palette(app, evening)  # our style comes with the first dialog (ui.present)
        self.changed.emit(evening)

    def _desktop_changed(self) -> None:
        if self.is_evening is False:  # by day the desktop's palette is ours: take its new one
            self._apply(False)


def evening_look(host: AppHost, parent: QObject | None = None) -> EveningLook:
    """The look for the app's settings and zone, and its journal's check-ins; started."""
    look = EveningLook(
        host.clock,
        lambda: host.settings,
        host.zone,
        lambda now: host.journal.get_night(which_night(now, host.zone())),
        parent,
    )
    look.start()
    return look
