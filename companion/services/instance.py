"""One app per user and data dir: a lock file decides, a local socket carries commands over.

The second launch (`bedtime-companion stretch`) forwards its command to the first and exits.
The socket is Python's own Unix socket watched by a QSocketNotifier, not QtNetwork: a tray app
that idles for weeks should not keep a network library (and the TLS and Kerberos libraries it
links) mapped for one line of text a day. Forwarding needs no Qt at all.

Claiming the lock comes before the tray icon (a second copy must not show one), so only the
lock loads then: the socket and hashing modules (~6 ms) load in `serve` and `forward`,
after the icon is up (DESIGN §5).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    import socket

# Normally answered in milliseconds; the first launch may still be starting up at login.
FORWARD_TIMEOUT_S = 10.0
_REPLY = b"ok\n"
# A command is one short JSON line; anything longer is not from us and is dropped.
_MAX_LINE = 64 * 1024


def server_name(data_dir: Path) -> str:
    """Scoped to the user and the data dir, so two test runs or two profiles never meet."""
    # A checksum, not a cryptographic hash: hashlib would bring OpenSSL into the tray's memory
    # for weeks (~0.7 MB) to name one socket, and zlib is loaded already.
    import zlib

    digest = f"{zlib.crc32(str(data_dir.resolve()).encode()):08x}"
    return f"bedtime-companion-{os.getuid()}-{digest}"


def socket_path(data_dir: Path) -> Path:
    """Where the running copy listens: the temp folder, where QLocalServer put it before us."""
    return Path(tempfile.gettempdir()) / server_name(data_dir)


class SingleInstance(QObject):
    """Holds the lock while the app runs and serves commands sent by later launches."""

    command_received = Signal(str, dict)

    def __init__(self, lock_dir: Path, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._socket_file: Path | None = None  # found when first used: hashing waits
        self._lock_path = lock_dir / "instance.lock"
        self._lock = QLockFile(str(self._lock_path))
        # 0 = judge staleness only by whether the owner process still lives: the app runs for
        # weeks, and an age limit would let a second launch steal the lock from a live one.
        self._lock.setStaleLockTime(0)
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._connections: set[_Connection] = set()

    def claim(self) -> bool:
        """True if no other instance runs. Needs no QApplication, so a second launch stays light."""
        claimed = bool(self._lock.tryLock(0))
        if claimed:
            # Qt creates it by the umask (often 0644); every file the app writes is 0600.
            with contextlib.suppress(OSError):
                os.chmod(self._lock_path, 0o600)
        return claimed

    @property
    def _path(self) -> Path:
        if self._socket_file is None:
            self._socket_file = socket_path(self._data_dir)
        return self._socket_file

    def serve(self) -> None:
        """Listen for forwarded commands (after `claim`, once the QApplication exists)."""
        import socket

        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        # Bound in a private folder and made 0600 before it is moved into place, so no other
        # user can connect in between; the move also replaces a socket left by a crashed run.
        staging = tempfile.mkdtemp(prefix=".bedtime-companion-", dir=self._path.parent)
        staged = os.path.join(staging, "s")
        try:
            listener.bind(staged)
            os.chmod(staged, 0o600)
            listener.listen(8)
            os.replace(staged, self._path)
        except OSError:
            listener.close()
            raise
        finally:
            with contextlib.suppress(OSError):
                os.unlink(staged)
            os.rmdir(staging)
        listener.setblocking(False)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def release(self) -> None:
        for connection in list(self._connections):
            connection.close()
        if self._listener is not None:
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                self._path.unlink()
        self._lock.unlock()

    def forward(self, command: str, options: dict[str, Any]) -> bool:
        """Send `command` to the running instance; True once it confirmed receipt."""
        import json
        import socket

        deadline = time.monotonic() + FORWARD_TIMEOUT_S
        payload = json.dumps({"command": command, "options": options}).encode() + b"\n"
        while time.monotonic() < deadline:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(max(0.001, deadline - time.monotonic()))
                try:
                    client.connect(str(self._path))
                except (FileNotFoundError, ConnectionRefusedError):
                    # The first instance holds the lock but may still be starting its server.
                    time.sleep(0.05)
                    continue
                except OSError:
                    return False
                return _exchange(client, payload)
        return False

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                peer, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # e.g. too many open files: the sender times out and says so
            peer.setblocking(False)
            connection = _Connection(peer, self._received, self._connections.discard, self)
            self._connections.add(connection)

    def _received(self, command: str, options: dict[str, Any]) -> None:
        self.command_received.emit(command, options)


class _Connection(QObject):
    """One later launch's connection: reads its line, replies, and is gone."""

    def __init__(
        self,
        peer: socket.socket,
        on_command: Callable[[str, dict[str, Any]], None],
        on_closed: Callable[[_Connection], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._peer = peer
        self._buffer = b""
        self._on_command = on_command
        self._on_closed = on_closed
        self._notifier = QSocketNotifier(peer.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            chunk = self._peer.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        self._buffer += chunk
        if b"\n" not in self._buffer:
            if not chunk or len(self._buffer) > _MAX_LINE:
                self.close()
            return
        parsed = _parse(self._buffer.split(b"\n", 1)[0])
        if parsed is not None:
            # The sender waits for this reply, not for the command to be carried out.
            with contextlib.suppress(OSError):
                self._peer.send(_REPLY)
        self.close()
        if parsed is not None:
            self._on_command(*parsed)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._peer.close()
        self._on_closed(self)
        self.deleteLater()


def _parse(line: bytes) -> tuple[str, dict[str, Any]] | None:
    """A forwarded command and its options, or None for a line that is not one of ours."""
    import json

    try:
        message = json.loads(line)
        return str(message["command"]), dict(message.get("options") or {})
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _exchange(client: socket.socket, payload: bytes) -> bool:
    try:
        client.sendall(payload)
        reply = b""
        while _REPLY not in reply:
            chunk = client.recv(64)
            if not chunk:
                break
            reply += chunk
    except OSError:
        return False
    return _REPLY in reply
