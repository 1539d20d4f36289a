"""The PrepareForSleep signal, sent over a private D-Bus daemon, reaches the watcher."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection

from companion.services.resume import ResumeWatcher


@pytest.fixture
def bus_address():
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("needs dbus-daemon and dbus-send")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(5)
    daemon.stdout.close()


def send_prepare_for_sleep(address: str, going_to_sleep: bool) -> None:
    subprocess.run(
        [
            "dbus-send", f"--bus={address}", "--type=signal", "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            f"boolean:{'true' if going_to_sleep else 'false'}",
        ],
        check=True,
    )  # fmt: skip


def test_resume_is_reported_and_going_to_sleep_is_not(qtbot, bus_address):
    bus = QDBusConnection.connectToBus(bus_address, "resume-test")
    try:
        # Any sender: dbus-send cannot own logind's name on this private bus.
        watcher = ResumeWatcher(bus=bus, service="")
        assert watcher.is_listening
        with qtbot.assertNotEmitted(watcher.resumed, wait=300):
            send_prepare_for_sleep(bus_address, True)
        with qtbot.waitSignal(watcher.resumed, timeout=3000):
            send_prepare_for_sleep(bus_address, False)
    finally:
        QDBusConnection.disconnectFromBus("resume-test")


def test_no_system_bus_is_not_an_error(qtbot):
    watcher = ResumeWatcher(bus=QDBusConnection("nobus"))
    assert not watcher.is_listening
