"""One app per user and data dir: a lock file decides, a local socket carries commands over.

The second launch (`bedtime-companion stretch`) forwards its command to the first and exits.
Only QtCore and QtNetwork are used here, so forwarding never pays for loading widgets. QtNetwork
loads after the tray icon is up: claiming the lock needs QtCore alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# Normally answered in milliseconds; the first launch may still be starting up at login.
FORWARD_TIMEOUT_S = 10.0
_REPLY = b"ok\n"


def server_name(data_dir: Path) -> str:
    """Scoped to the user and the data dir, so two test runs or two profiles never meet."""
    import hashlib

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    return f"bedtime-companion-{os.getuid()}-{digest}"


class SingleInstance(QObject):
    """Holds the lock while the app runs and serves commands sent by later launches."""

    command_received = Signal(str, dict)

    def __init__(self, lock_dir: Path, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock_path = lock_dir / "instance.lock"
        self._lock = QLockFile(str(self._lock_path))
        # 0 = judge staleness only by whether the owner process still lives: the app runs for
        # weeks, and an age limit would let a second launch steal the lock from a live one.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if no other instance runs. Needs no QApplication, so a second launch stays light."""
        claimed = bool(self._lock.tryLock(0))
        if claimed:
            # Qt creates it by the umask (often 0644); every file the app writes is 0600.
            with contextlib.suppress(OSError):
                os.chmod(self._lock_path, 0o600)
        return claimed

    def serve(self) -> None:
        """Listen for forwarded commands (after `claim`, once the QApplication exists)."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crashed run
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            raise OSError(f"cannot listen on {name}: {server.errorString()}")
        server.newConnection.connect(self._accept)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def forward(self, command: str, options: dict[str, Any]) -> bool:
        """Send `command` to the running instance; True once it confirmed receipt."""
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(self._data_dir)
        deadline = time.monotonic() + FORWARD_TIMEOUT_S
        payload = json.dumps({"command": command, "options": options}).encode() + b"\n"
        while time.monotonic() < deadline:
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(_ms_left(deadline)):
                socket.write(payload)
                socket.flush()
                reply = b""
                while _REPLY not in reply and socket.waitForReadyRead(_ms_left(deadline)):
                    reply += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                return _REPLY in reply
            # The first instance holds the lock but may still be starting its server.
            time.sleep(0.05)
        return False

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line)
            command = str(message["command"])
            options = dict(message.get("options") or {})
        except (ValueError, KeyError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(_REPLY)
        socket.flush()
        self.command_received.emit(command, options)


def _ms_left(deadline: float) -> int:
    return max(1, int((deadline - time.monotonic()) * 1000))
