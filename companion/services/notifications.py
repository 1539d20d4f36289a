"""Desktop notifications through the freedesktop Notifications service, where there is one.

The reminder card is the real prompt; the notification lets the desktop's own notification
centre and lock screen know about it. Sent with `notify-send`: PySide6's QtDBus cannot send the
unsigned integer (`replaces_id`) that Notify requires, and notify-send marshals it correctly.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, QProcess
from PySide6.QtDBus import QDBusConnection

from companion.core.texts import APP_NAME
from companion.store.resource_files import resource_path

SERVICE = "org.freedesktop.Notifications"
EXPIRE_MS = 60_000


class DesktopNotifier(QObject):
    """`notify()` does nothing (quietly) where no notification service or notify-send exists."""

    def __init__(self, parent: QObject | None = None, *, bus: QDBusConnection | None = None):
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._program = shutil.which("notify-send")

    @property
    def available(self) -> bool:
        """Asked each time: a notification daemon may start after us (or go away)."""
        if self._program is None or not self._bus.isConnected():
            return False
        interface = self._bus.interface()
        return interface is not None and bool(interface.isServiceRegistered(SERVICE).value())

    def notify(self, title: str, body: str) -> bool:
        """Hand the notification to the desktop; True if it was sent off."""
        if not self.available or self._program is None:
            return False
        icon = resource_path("icons", "bedtime-companion.svg")
        args = [f"--app-name={APP_NAME}", f"--icon={icon}", f"--expire-time={EXPIRE_MS}",
                title, body]  # fmt: skip
        started, _pid = QProcess.startDetached(self._program, args)
        return bool(started)
