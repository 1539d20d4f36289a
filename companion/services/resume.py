"""Tells when the machine wakes from sleep, through logind's PrepareForSleep on D-Bus."""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
_, LOGIND_PATH, LOGIND_INTERFACE = LOGIND


class ResumeWatcher(QObject):
    """Emits `resumed` after a suspend ends. Silent where there is no system bus or logind:
    the scheduler's once-a-minute wall-clock check covers those machines."""

    resumed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
        service: str = LOGIND[0],
    ) -> None:
        super().__init__(parent)
        self.is_listening = False
        bus = bus if bus is not None else QDBusConnection.systemBus()
        if not bus.isConnected():
            log.info("no system D-Bus: resume is noticed by the wall-clock check alone")
            return
        # PySide6's stub wants the slot as bytes; at run time only the str from SLOT() works.
        self.is_listening = bool(
            bus.connect(  # type: ignore[call-overload]
                service,
                LOGIND_PATH,
                LOGIND_INTERFACE,
                "PrepareForSleep",
                self,
                SLOT("onPrepareForSleep(bool)"),
            )
        )

    @Slot(bool)
    def onPrepareForSleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()
