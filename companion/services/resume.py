"""Tells when the machine wakes from sleep, through logind's PrepareForSleep on D-Bus."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from companion.services import bus_signal

log = logging.getLogger(__name__)

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
_, LOGIND_PATH, LOGIND_INTERFACE = LOGIND
SIGNAL = "PrepareForSleep"
READ_SIZE = 4096


class ResumeWatcher(QObject):
    """Emits `resumed` after a suspend ends. Silent where there is no system bus or logind:
    the scheduler's once-a-minute wall-clock check covers those machines.

    It reads the system bus itself (services/bus_signal.py) rather than through QtDBus: the
    tray listens all day, and QtDBus would stay loaded all day for this one signal.
    """

    resumed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        address: str | None = None,
        service: str = LOGIND[0],
    ) -> None:
        super().__init__(parent)
        sender = f"sender='{service}'," if service else ""  # a test's bus has no logind name
        match = (
            f"type='signal',{sender}path='{LOGIND_PATH}',interface='{LOGIND_INTERFACE}',"
            f"member='{SIGNAL}'"
        )
        self._reader = bus_signal.SignalReader()
        self._notifier: QSocketNotifier | None = None
        try:
            self._socket = bus_signal.connect(address or bus_signal.system_bus_address(), match)
        except bus_signal.BusError as exc:
            log.info("no system D-Bus (%s): resume is noticed by the wall-clock check alone", exc)
            return
        self._notifier = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        sock = self._socket  # closed with the watcher, whichever of Qt or Python lets it go
        self.destroyed.connect(lambda: sock.close())

    @property
    def is_listening(self) -> bool:
        return self._notifier is not None and self._notifier.isEnabled()

    def _read(self) -> None:
        try:
            chunk = self._socket.recv(READ_SIZE)
        except BlockingIOError:
            return
        except OSError as exc:
            chunk = b""
            log.info("the system D-Bus failed (%s): resume is noticed by the clock check", exc)
        if not chunk:  # the bus went away (restarted): the wall-clock check carries on alone
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            self._socket.close()
            return
        for signal in self._reader.feed(chunk):
            # PrepareForSleep(false): the machine has just woken up
            if (signal.interface, signal.member, signal.flag) == (LOGIND_INTERFACE, SIGNAL, False):
                self.resumed.emit()
