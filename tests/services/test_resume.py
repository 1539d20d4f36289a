"""logind's PrepareForSleep, sent over a private D-Bus daemon, reaches the watcher, which reads
the bus itself (services/bus_signal.py) rather than through QtDBus."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.services import bus_signal
from companion.services.resume import LOGIND_INTERFACE, LOGIND_PATH, ResumeWatcher


def start_bus(folder: Path) -> tuple[subprocess.Popen[str], str]:
    """A private bus daemon (logind's signal has no other way into a test) and its address."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("needs dbus-daemon and dbus-send (apt: dbus-bin, see .ci/run)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address",
         f"--address=unix:path={folder / 'bus'}"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    return daemon, daemon.stdout.readline().strip()


def stop_bus(daemon: subprocess.Popen[str]) -> None:
    daemon.terminate()
    daemon.wait(5)
    if daemon.stdout is not None:
        daemon.stdout.close()


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    daemon, address = start_bus(tmp_path)
    yield address
    stop_bus(daemon)


def send_prepare_for_sleep(address: str, going_to_sleep: bool) -> None:
    subprocess.run(
        [
            "dbus-send", f"--bus={address}", "--type=signal", LOGIND_PATH,
            f"{LOGIND_INTERFACE}.PrepareForSleep",
            f"boolean:{'true' if going_to_sleep else 'false'}",
        ],
        check=True,
    )  # fmt: skip


def test_resume_is_reported_and_going_to_sleep_is_not(qtbot, bus_address):
    # Any sender: dbus-send cannot own logind's name on this private bus.
    watcher = ResumeWatcher(address=bus_address, service="")
    assert watcher.is_listening
    with qtbot.assertNotEmitted(watcher.resumed, wait=300):
        send_prepare_for_sleep(bus_address, True)
    with qtbot.waitSignal(watcher.resumed, timeout=3000):
        send_prepare_for_sleep(bus_address, False)
    with qtbot.waitSignal(watcher.resumed, timeout=3000):  # and again, the next morning
        send_prepare_for_sleep(bus_address, False)


def test_a_signal_from_another_sender_is_not_taken_for_logind(qtbot, bus_address):
    watcher = ResumeWatcher(address=bus_address)  # listening for logind's name only
    assert watcher.is_listening
    with qtbot.assertNotEmitted(watcher.resumed, wait=300):
        send_prepare_for_sleep(bus_address, False)


def test_the_tray_listens_without_loading_qtdbus(bus_address):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from companion.services.resume import ResumeWatcher\n"
        "app = QCoreApplication([])\n"
        f"watcher = ResumeWatcher(address={bus_address!r})\n"
        "print(watcher.is_listening, 'PySide6.QtDBus' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["True", "False"], out.stderr


def test_a_bus_that_goes_away_leaves_the_clock_check_alone(qtbot, tmp_path):
    daemon, address = start_bus(tmp_path)
    watcher = ResumeWatcher(address=address, service="")
    assert watcher.is_listening
    stop_bus(daemon)
    qtbot.waitUntil(lambda: not watcher.is_listening, timeout=3000)


def test_no_system_bus_is_not_an_error(tmp_path):
    watcher = ResumeWatcher(address=f"unix:path={tmp_path / 'no-bus-here'}")
    assert not watcher.is_listening


def _signal_message(order: str, member: str, flag: bool) -> bytes:
    """A signal as a bus delivers it, in either byte order."""
    fields = b""
    for code, kind, value in ((1, "o", LOGIND_PATH), (2, "s", LOGIND_INTERFACE),
                              (3, "s", member), (8, "g", "b")):  # fmt: skip
        fields += b"\0" * (-len(fields) % 8) + bytes([code, 1]) + kind.encode() + b"\0"
        if kind == "g":
            fields += bytes([len(value)]) + value.encode() + b"\0"
        else:
            fields += b"\0" * (-(len(fields) + 16) % 4)
            fields += struct.pack(order + "I", len(value)) + value.encode() + b"\0"
    mark = b"l" if order == "<" else b"B"
    header = mark + struct.pack(order + "BBBIII", 4, 0, 1, 4, 7, len(fields)) + fields
    header += b"\0" * (-len(header) % 8)
    return header + struct.pack(order + "I", int(flag))


@pytest.mark.parametrize("order", ["<", ">"], ids=["little-endian", "big-endian"])
def test_signals_split_across_reads_are_put_back_together(order):
    stream = _signal_message(order, "PrepareForSleep", True)
    stream += _signal_message(order, "PrepareForSleep", False)
    reader = bus_signal.SignalReader()
    heard = [s for i in range(0, len(stream), 5) for s in reader.feed(stream[i : i + 5])]
    assert [(s.path, s.interface, s.member, s.flag) for s in heard] == [
        (LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep", True),
        (LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep", False),
    ]


def test_an_abstract_socket_address_is_understood():
    assert bus_signal._socket_path("unix:abstract=/tmp/dbus-x,guid=1") == "\0/tmp/dbus-x"
    assert bus_signal._socket_path("tcp:host=a;unix:path=/run/a%20b") == "/run/a b"
    with pytest.raises(ValueError, match="no unix socket"):
        bus_signal._socket_path("tcp:host=localhost,port=1")
