"""Hearing one D-Bus signal with a boolean argument, without loading QtDBus.

The tray listens all day for one thing on the system bus: logind's PrepareForSleep. PySide6's
D-Bus module costs an idle tray ~0.4 MB (its binding library, its classes and their enums), so
this speaks the few parts of the D-Bus wire protocol that listening needs: the EXTERNAL
handshake, `Hello`, `AddMatch`, and reading signals whose one argument is a boolean
(https://dbus.freedesktop.org/doc/dbus-specification.html, "Message Protocol").
"""

from __future__ import annotations

import contextlib
import os
import socket
import struct
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import unquote  # loaded anyway: pathlib uses it

SYSTEM_BUS_ENV = "DBUS_SYSTEM_BUS_ADDRESS"
SYSTEM_BUS_DEFAULT = "unix:path=/var/run/dbus/system_bus_socket"  # the specification's default
HANDSHAKE_TIMEOUT_S = 2.0  # the bus is local: a reply takes a millisecond or two
_BUS = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")
_METHOD_CALL, _METHOD_RETURN, _ERROR, _SIGNAL = 1, 2, 3, 4
# Header field codes (the sender, 7, is never read).
_PATH, _INTERFACE, _MEMBER, _ERROR_NAME, _REPLY_SERIAL, _DESTINATION = range(1, 7)
_SIGNATURE = 8


class BusError(OSError):
    """The bus could not be reached, or it refused us."""


class BusSignal(NamedTuple):
    """A signal heard: where from, and its one boolean argument."""

    path: str
    interface: str
    member: str
    flag: bool


def system_bus_address() -> str:
    return os.environ.get(SYSTEM_BUS_ENV) or SYSTEM_BUS_DEFAULT


def connect(address: str, match: str) -> socket.socket:
    """A non-blocking socket on the bus at `address` that receives the signals `match` names."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(HANDSHAKE_TIMEOUT_S)
        sock.connect(_socket_path(address))
        _authenticate(sock)
        sock.sendall(_method_call(1, "Hello", "", b""))
        sock.sendall(_method_call(2, "AddMatch", "s", _string(match)))
        _await_reply(sock, serial=2)
        sock.setblocking(False)
    except (OSError, ValueError, IndexError, struct.error) as exc:  # a garbled reply too
        sock.close()
        raise BusError(str(exc) or type(exc).__name__) from exc
    return sock


class SignalReader:
    """Collects bytes from the bus and yields the boolean signals among the messages in them."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> Iterator[BusSignal]:
        messages, self._pending = _whole_messages(self._pending + chunk)
        for message in messages:
            if (signal := _read_signal(message)) is not None:
                yield signal


def _socket_path(address: str) -> str:
    for choice in address.split(";"):
        kind, _, params = choice.partition(":")
        if kind != "unix":
            continue
        values = dict(p.split("=", 1) for p in params.split(",") if "=" in p)
        if "path" in values:
            return unquote(values["path"])  # addresses escape bytes as %XX
        if "abstract" in values:
            return "\0" + unquote(values["abstract"])
    raise ValueError(f"no unix socket in the bus address {address!r}")


def _authenticate(sock: socket.socket) -> None:
    uid = str(os.getuid()).encode().hex().encode()
    sock.sendall(b"\0AUTH EXTERNAL " + uid + b"\r\n")
    reply = b""
    while not reply.endswith(b"\r\n"):
        chunk = sock.recv(256)
        if not chunk:
            raise BusError("the bus closed the connection during authentication")
        reply += chunk
    if not reply.startswith(b"OK "):
        raise BusError(f"the bus refused us: {reply.decode(errors='replace').strip()}")
    sock.sendall(b"BEGIN\r\n")


def _await_reply(sock: socket.socket, serial: int) -> None:
    """Read until the reply to `serial` (the Hello's reply and NameAcquired come first)."""
    pending = b""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            raise BusError("the bus closed the connection")
        messages, pending = _whole_messages(pending + chunk)
        for message in messages:
            kind, fields, _body = _parse(message)
            if kind in (_METHOD_RETURN, _ERROR) and fields.get(_REPLY_SERIAL) == serial:
                if kind == _ERROR:
                    raise BusError(str(fields.get(_ERROR_NAME, "an error")))
                return


# -- the wire format --------------------------------------------------------------------------


def _pad(data: bytearray, alignment: int) -> None:
    data.extend(b"\0" * (-len(data) % alignment))


def _string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<I", len(raw)) + raw + b"\0"


def _method_call(serial: int, member: str, signature: str, body: bytes) -> bytes:
    destination, path, interface = _BUS
    fields = bytearray()
    for code, kind, value in (
        (_PATH, "o", path),
        (_DESTINATION, "s", destination),
        (_INTERFACE, "s", interface),
        (_MEMBER, "s", member),
        *([(_SIGNATURE, "g", signature)] if signature else []),
    ):
        _pad(fields, 8)
        fields += bytes([code, 1]) + kind.encode() + b"\0"
        if kind == "g":
            fields += bytes([len(value)]) + value.encode() + b"\0"
        else:
            _pad(fields, 4)
            fields += _string(value)
    message = bytearray(struct.pack("<cBBBIII", b"l", _METHOD_CALL, 0, 1, len(body), serial, 0))
    message[12:16] = struct.pack("<I", len(fields))
    message += fields
    _pad(message, 8)
    return bytes(message + body)


def _whole_messages(data: bytes) -> tuple[list[bytes], bytes]:
    """The messages `data` holds in full, and what is left of the next one."""
    messages = []
    while (size := _message_size(data)) is not None and len(data) >= size:
        messages.append(data[:size])
        data = data[size:]
    return messages, data


def _message_size(data: bytes) -> int | None:
    """The whole length of the message `data` begins with, once its fixed header is in."""
    if len(data) < 16:
        return None
    order = "<" if data[:1] == b"l" else ">"
    body_length: int = struct.unpack_from(order + "I", data, 4)[0]
    header: int = 16 + struct.unpack_from(order + "I", data, 12)[0]
    return header + (-header % 8) + body_length


def _parse(message: bytes) -> tuple[int, dict[int, object], bytes]:
    order = "<" if message[:1] == b"l" else ">"
    kind = message[1]
    fields_end = 16 + struct.unpack_from(order + "I", message, 12)[0]
    fields: dict[int, object] = {}
    at = 16
    while at < fields_end:
        at += -at % 8
        code, length = message[at], message[at + 1]
        signature = message[at + 2 : at + 2 + length].decode()
        at += 3 + length
        value: object
        if signature in ("s", "o"):
            at += -at % 4
            size = struct.unpack_from(order + "I", message, at)[0]
            value, at = message[at + 4 : at + 4 + size].decode(errors="replace"), at + 5 + size
        elif signature == "g":
            size = message[at]
            value, at = message[at + 1 : at + 1 + size].decode(), at + 2 + size
        elif signature == "u":
            at += -at % 4
            value, at = struct.unpack_from(order + "I", message, at)[0], at + 4
        else:  # no other type appears in a header field
            raise ValueError(f"a header field of type {signature!r}")
        fields[code] = value
    body_start = fields_end + (-fields_end % 8)
    return kind, fields, message[body_start:]


def _read_signal(message: bytes) -> BusSignal | None:
    with contextlib.suppress(ValueError, struct.error, IndexError):
        kind, fields, body = _parse(message)
        if kind == _SIGNAL and fields.get(_SIGNATURE) == "b" and len(body) >= 4:
            order = "<" if message[:1] == b"l" else ">"
            flag = bool(struct.unpack_from(order + "I", body, 0)[0])
            path, interface, member = (str(fields.get(c, "")) for c in (_PATH, _INTERFACE, _MEMBER))
            return BusSignal(path, interface, member, flag)
    return None
