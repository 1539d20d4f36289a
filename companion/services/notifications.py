"""Desktop notifications through the freedesktop Notifications service, where there is one.

A prompt may go out as a notification with Done / Snooze / Skip buttons (where the server offers
actions); `answered` carries the button pressed. Sent with `gdbus call`: PySide6's QtDBus cannot
send the unsigned integer (`replaces_id`) Notify requires, and gdbus reads "uint32 N" as one.
A server may send its ActionInvoked signal only to the connection that sent the notification
(dunst does): that was gdbus, gone by then. So a `dbus-monitor` process, started with the first
notification and stopped by `close()`, reads the signals for us; the QtDBus subscription below
covers servers that broadcast them (GNOME, KDE) where dbus-monitor is missing. Every call runs in
its own QProcess: nothing here waits on the desktop.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import SLOT, QObject, QProcess, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from companion.core.texts import APP_NAME
from companion.store.resource_files import resource_path

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
EXPIRE_MS = 60_000  # beside a card; a notification that is the prompt itself stays (0)
# Low urgency, no sound: a reminder held back while a film or a call fills the screen.
QUIET_HINTS = "@a{sv} {'urgency': <byte 0>, 'suppress-sound': <true>}"
ANSWERS = ("done", "snoozed", "skipped")  # the action keys: the answers a card's buttons give
_ID = re.compile(r"uint32 (\d+)")
_STRING = re.compile(r'^\s*string "(.*)"$')
MATCH = "type='signal',interface='org.freedesktop.Notifications',member='ActionInvoked'"


def gvariant_text(text: str) -> str:
    """`text` as a GVariant string literal, so gdbus never reads it as anything else."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


class DesktopNotifier(QObject):
    """`notify()` does nothing (quietly) where no notification service or gdbus exists."""

    answered = Signal(str, str)  # step kind, answer: a button pressed on its notification
    capabilities_known = Signal()  # GetCapabilities answered: `has_actions` is now the server's

    def __init__(self, parent: QObject | None = None, *, bus: QDBusConnection | None = None):
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._program = shutil.which("gdbus")
        self.has_actions = False  # learnt from GetCapabilities, asked again on each notify
        self._ids: dict[str, int] = {}  # step kind → the server's id of its notification
        self._sending: dict[str, list[str] | None] = {}  # kind → what to send once the id is in
        self._processes: set[QProcess] = set()
        self._asking = False  # GetCapabilities is on its way
        self._waiting: dict[str, Callable[[], None]] = {}  # kind → its notify, until it is in
        self._monitor: QProcess | None = None
        self._heard: list[str] = []  # the lines of the signal dbus-monitor is printing
        if self._bus.isConnected():
            for name, slot in (
                ("ActionInvoked", SLOT("on_action(uint,QString)")),
                ("NotificationClosed", SLOT("on_closed(uint,uint)")),
            ):
                # The stubs ask for bytes; PySide6 itself takes only the SLOT() string.
                self._bus.connect("", PATH, SERVICE, name, self, slot)  # type: ignore[call-overload]
        self.ask_capabilities()

    @property
    def available(self) -> bool:
        """Asked each time: a notification daemon may start after us (or go away)."""
        if self._program is None or not self._bus.isConnected():
            return False
        interface = self._bus.interface()
        return interface is not None and bool(interface.isServiceRegistered(SERVICE).value())

    @property
    def is_asking(self) -> bool:
        """Whether the server's answer on buttons is still on its way (a few milliseconds)."""
        return self._asking

    def ask_capabilities(self) -> None:
        """Find out (in the background) whether the server shows buttons on a notification."""
        if self.available and not self._asking:
            self._asking = True
            self._call("GetCapabilities", [], self._read_capabilities)

    def notify(
        self,
        kind: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        persistent: bool = False,
        quiet: bool = False,
    ) -> bool:
        """Show `kind`'s notification, replacing the one shown before; True if sent off.
        `actions` are (answer, button label) pairs, sent only where the server shows them;
        `quiet` asks for low urgency and no sound (over a full-screen window)."""
        if not self.available:
            return False
        send = partial(
            self._notify_now, kind, title, body, tuple(actions), persistent=persistent, quiet=quiet
        )
        if self._asking:  # the first prompt comes as the app starts: wait to know the buttons
            self._waiting[kind] = send
        else:
            send()
            self.ask_capabilities()  # for the next prompt: the server may have changed
        return True

    def _notify_now(
        self, kind: str, title: str, body: str, actions: Sequence[tuple[str, str]], *,
        persistent: bool, quiet: bool = False,
    ) -> None:  # fmt: skip
        flat = [part for action in actions for part in action] if self.has_actions else []
        icon = str(resource_path("icons", "bedtime-companion.svg"))
        args = [
            *(gvariant_text(t) for t in (APP_NAME, icon, title, body)),
            "[" + ", ".join(gvariant_text(p) for p in flat) + "]",
            QUIET_HINTS if quiet else "@a{sv} {}",
            str(0 if persistent else EXPIRE_MS),
        ]
        if flat:
            self._listen()
        if kind in self._sending:  # the last one is still on its way: send after it
            self._sending[kind] = args
        else:
            self._send(kind, args)

    def withdraw(self, kind: str) -> None:
        """Take `kind`'s notification away (it was answered, or its time has passed)."""
        self._waiting.pop(kind, None)
        if kind in self._sending:
            self._sending[kind] = []  # an empty list: close it once its id is known
            return
        notification_id = self._ids.pop(kind, None)
        if notification_id is not None and self.available:
            self._call("CloseNotification", [f"uint32 {notification_id}"], lambda _out: None)

    def close(self) -> None:
        """Stop listening (the app quits): the monitor process must not outlive us."""
        if self._monitor is not None:
            self._monitor.kill()
            self._monitor.waitForFinished(1000)
            self._monitor = None

    def _listen(self) -> None:
        program = shutil.which("dbus-monitor")
        if self._monitor is not None or program is None:
            return
        self._monitor = QProcess(self)
        self._monitor.readyReadStandardOutput.connect(self._read_monitor)
        self._monitor.start(program, ["--session", MATCH])

    def _read_monitor(self) -> None:
        assert self._monitor is not None
        while self._monitor.canReadLine():
            line = bytes(self._monitor.readLine().data()).decode(errors="replace").rstrip("\n")
            if "member=ActionInvoked" in line:
                self._heard = [line]
            elif self._heard:
                self._heard.append(line)
                if len(self._heard) == 3:  # the id, then the action's key
                    _header, number, key = self._heard
                    self._heard = []
                    found, action = _ID.search(number), _STRING.match(key)
                    if found is not None and action is not None:
                        self.on_action(int(found.group(1)), action.group(1))

    def _send(self, kind: str, args: list[str]) -> None:
        replaces = f"uint32 {self._ids.get(kind, 0)}"
        self._sending[kind] = None
        args = [args[0], replaces, *args[1:]]
        self._call("Notify", args, partial(self._sent, kind))

    def _sent(self, kind: str, output: str) -> None:
        if (match := _ID.search(output)) is not None:
            self._ids[kind] = int(match.group(1))
        after = self._sending.pop(kind, None)
        if after == []:
            self.withdraw(kind)
        elif after is not None:
            self._send(kind, after)

    def _read_capabilities(self, output: str) -> None:
        self.has_actions = "'actions'" in output
        self._asking = False
        waiting, self._waiting = list(self._waiting.values()), {}
        for send in waiting:
            send()
        self.capabilities_known.emit()

    def _call(self, method: str, args: list[str], done: Callable[[str], None]) -> None:
        assert self._program is not None
        process = QProcess(self)
        self._processes.add(process)

        def finished(_code: int, _status: QProcess.ExitStatus) -> None:
            self._processes.discard(process)
            output = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
            process.deleteLater()
            done(output)

        process.finished.connect(finished)

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:  # no finished() follows
                finished(-1, QProcess.ExitStatus.CrashExit)

        process.errorOccurred.connect(failed)
        process.start(
            self._program,
            ["call", "--session", "--dest", SERVICE, "--object-path", PATH,
             "--method", f"{SERVICE}.{method}", *args],
        )  # fmt: skip

    @Slot("uint", "QString")
    def on_action(self, notification_id: int, action: str) -> None:
        """ActionInvoked, for any application's notification: answer ours only."""
        kind = next((k for k, i in self._ids.items() if i == notification_id), None)
        if kind is not None and action in ANSWERS:
            # Most servers take it down themselves; dunst's menu leaves it up. Once only: the
            # signal may come twice (from dbus-monitor and from the QtDBus subscription).
            self._ids.pop(kind, None)
            self._call("CloseNotification", [f"uint32 {notification_id}"], lambda _out: None)
            self.answered.emit(kind, action)

    @Slot("uint", "uint")
    def on_closed(self, notification_id: int, _reason: int) -> None:
        """Gone (expired, dismissed, closed): a repeat starts a new one instead of replacing."""
        for kind, shown in list(self._ids.items()):
            if shown == notification_id:
                del self._ids[kind]
