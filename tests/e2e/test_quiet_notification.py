"""A reminder held over a full-screen window goes out as a quiet notification: a real daemon
(dunst) receives it with low urgency and the no-sound hint."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from bench.xdesktop import Desktop, wait_until
from companion.services.notifications import DesktopNotifier

from .conftest import need, start_session_bus

pytestmark = pytest.mark.e2e


def test_a_quiet_notification_arrives_with_low_urgency(
    desktop: Desktop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = [t for t in ("dbus-daemon", "dunst", "dunstctl", "gdbus") if not shutil.which(t)]
    need(missing)
    address = start_session_bus(desktop)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)  # for the gdbus the notifier runs
    # dunst keeps no urgency in its history; a rule for low urgency marks the text it shows.
    (tmp_path / "dunstrc").write_text('[quiet]\nmsg_urgency = low\nformat = "quiet: %s"\n')
    desktop.start(
        ["dunst", "-conf", str(tmp_path / "dunstrc")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    connection = QDBusConnection.connectToBus(address, "away-quiet-test")
    try:
        notifier = DesktopNotifier(bus=connection)
        qtbot.waitUntil(lambda: notifier.available, timeout=10_000)
        notifier.ask_capabilities()
        assert notifier.notify("stretch", "Ready to stretch?", "Held back.", quiet=True)
        assert notifier.notify("magnesium", "Time for your magnesium", "On time.")
        qtbot.waitUntil(lambda: {"stretch", "magnesium"} <= set(notifier._ids), timeout=10_000)
        for kind in ("stretch", "magnesium"):  # closed, each moves to dunst's history
            notifier.withdraw(kind)

        def history() -> dict[str, object]:
            result = desktop.run("dunstctl", "history")
            if result.returncode != 0:
                return {}
            entries: list[dict[str, dict[str, object]]] = json.loads(result.stdout)["data"][0]
            found = {e["summary"]["data"]: e["message"]["data"] for e in entries}
            return found if len(found) == 2 else {}

        shown = wait_until(history, 10, "both notifications in dunst's history")
        assert shown["Ready to stretch?"] == "quiet: Ready to stretch?"
        assert not str(shown["Time for your magnesium"]).startswith("quiet:")  # a normal one
        qtbot.waitUntil(lambda: not notifier._processes, timeout=10_000)  # its gdbus calls ended
        notifier.close()
        shiboken6.delete(notifier)  # off the bus before the bus connection goes
    finally:
        QDBusConnection.disconnectFromBus("away-quiet-test")
