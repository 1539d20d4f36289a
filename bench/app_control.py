"""Drive the real app under Xvfb + trayer through its command socket, and read its /proc figures.

The app runs with BEDTIME_COMPANION_BENCH=1, so it also answers the bench-* commands of
companion/app/bench_hook.py (stats, close windows, answer prompts, jump a fast clock).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.bench_journal import NOW, generate
from bench.xdesktop import FIRST_RUN_DONE, Desktop
from companion import AUTOSTART_FLAG
from companion.services.instance import socket_path
from companion.store.journal_store import open_journal
from companion.store.paths import HOME_ENV, Paths, resolve_paths


def make_data_dir(root: Path, nights: int, settings: str = FIRST_RUN_DONE) -> Paths:
    """A data dir with `settings` saved (the first run done) and a journal of `nights` nights."""
    paths = resolve_paths(root)
    paths.ensure()
    paths.settings_file.write_text(settings)
    if nights:
        with open_journal(paths, NOW) as store:
            generate(store, nights, random.Random(1))
    return paths


@dataclass
class RunningApp:
    process: subprocess.Popen[bytes]
    paths: Paths
    start_s: float

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, command: str, **options: Any) -> None:
        """One command over the instance socket, as a second launch sends it; waits for 'ok'."""
        path = str(socket_path(self.paths.data_dir))
        payload = json.dumps({"command": command, "options": options}).encode() + b"\n"
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(30)
            sock.connect(path)
            sock.sendall(payload)
            reply = b""
            while b"ok\n" not in reply:
                chunk = sock.recv(64)
                if not chunk:
                    raise RuntimeError(f"the app closed the socket on {command}")
                reply += chunk

    def connect(self) -> None:
        """Raises OSError until the app listens on its instance socket."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(str(socket_path(self.paths.data_dir)))

    def stats(self) -> dict[str, Any]:
        """The bench hook's figures (timers, windows, modules), read back from a file."""
        return self._ask("bench-stats")

    def idle(self) -> dict[str, Any]:
        """Touching no widget: reminders running, modules and QtWidgets classes loaded."""
        return self._ask("bench-idle")

    def prompts(self) -> dict[str, Any]:
        """Cheap (no garbage collection in the app): now, reminders running, prompts since."""
        return self._ask("bench-prompts")

    def _ask(self, command: str) -> dict[str, Any]:
        out = self.paths.state_dir / f"{command}.json"
        out.unlink(missing_ok=True)
        self.send(command, out=str(out))
        deadline = time.monotonic() + 30
        while not out.exists() or not out.read_text().endswith("}"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {command} answer")
            time.sleep(0.02)
        return json.loads(out.read_text())  # type: ignore[no-any-return]

    def rss_mb(self) -> float:
        return rss_mb(self.pid)

    def children(self) -> list[int]:
        """The processes it started that still run (its windows' own processes)."""
        pids: list[int] = []
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            with contextlib.suppress(FileNotFoundError):
                pids += [int(p) for p in (task / "children").read_text().split()]
        return pids

    def fds(self) -> int:
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def threads(self) -> int:
        return len(os.listdir(f"/proc/{self.pid}/task"))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def start_app(
    desk: Desktop,
    paths: Paths,
    extra_env: dict[str, str] | None = None,
    program: tuple[str, ...] = (sys.executable, "-m", "companion"),
) -> RunningApp:
    """The app (`program`: from source, or a bundle's executable) with the bench hook on,
    started as the login starts it (`--autostart`; the folder from the environment), so the
    tray measured is a user's: no command-line parser loaded."""
    env = {"BEDTIME_COMPANION_BENCH": "1", HOME_ENV: str(paths.data_dir), **(extra_env or {})}
    process, start_s = desk.launch_until_docked(
        [*program, AUTOSTART_FLAG], timeout=30, extra_env=env
    )
    app = RunningApp(process, paths, start_s)
    deadline = time.monotonic() + 30
    while True:  # the command socket opens in the first turn of the event loop
        try:
            app.connect()  # no command: nothing read, nothing loaded to read it (json)
            return app
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def settle(app: RunningApp, seconds: float) -> None:
    """Let deleteLater and the allocator catch up: the figure a user's system monitor shows."""
    time.sleep(seconds)
