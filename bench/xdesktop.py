"""A throw-away X desktop — Xvfb plus the trayer tray host — for end-to-end tests and benchmarks."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

NEEDED_TOOLS = ("Xvfb", "trayer", "xwininfo", "xdotool")
FIRST_RUN_DONE = "# bench: skip the first-run window\nonboarding_done = true\n"
IDLE_LOCAL_HOUR = 14  # between the morning check-in and the evening's first step
EVENING_LOCAL_HOUR = 20  # evening_settings(): the reminders run, the first step is to come
FIRST_STEP_AHEAD_MIN = 30  # evening_settings(): magnesium (90 min before bedtime) this far off
T = TypeVar("T")


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED_TOOLS if shutil.which(tool) is None]


def wait_until(predicate: Callable[[], T], timeout: float, what: str, interval: float = 0.05) -> T:
    """Poll another process's state (X tree, files): no Qt signal crosses a process boundary."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def start(
        self, args: list[str], *, extra_env: dict[str, str] | None = None, **kwargs: object
    ) -> subprocess.Popen[bytes]:
        """Start a process on this display; it is ended with the desktop."""
        env = {**self.env, **(extra_env or {})}
        process = subprocess.Popen(args, env=env, **kwargs)  # type: ignore[call-overload]
        self.processes.append(process)
        return process  # type: ignore[no-any-return]

    def tray_icons(self) -> list[str]:
        """Window ids docked in trayer's panel (its grandchildren in the X window tree)."""
        tree = self.run("xwininfo", "-root", "-tree").stdout.splitlines()
        panel_indent: int | None = None
        icons: list[str] = []
        for line in tree:
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            if stripped.startswith("0x") and '"panel"' in stripped:
                panel_indent = indent
                continue
            if panel_indent is None:
                continue
            if indent <= panel_indent and stripped.startswith("0x"):
                panel_indent = None
            elif indent > panel_indent + 3 and stripped.startswith("0x"):
                # trayer wraps each icon in a socket window, so icons sit two levels down.
                icons.append(stripped.split()[0])
        return icons

    def launch_until_docked(
        self, args: list[str], timeout: float = 60, **kwargs: Any
    ) -> tuple[subprocess.Popen[bytes], float]:
        """Start a tray app; return it with the seconds from launch until its icon docked."""
        before = set(self.tray_icons())
        launched = time.monotonic()
        process = self.start(args, **kwargs)
        while not set(self.tray_icons()) - before:
            if process.poll() is not None:
                raise RuntimeError(f"{args[0]} exited with {process.returncode} before docking")
            if time.monotonic() - launched > timeout:
                raise RuntimeError(f"{args[0]} did not dock within {timeout:.0f} s")
            time.sleep(0.005)  # fine-grained: this poll is the stopwatch
        return process, time.monotonic() - launched

    def windows_named(self, name: str) -> list[str]:
        return self.run("xdotool", "search", "--name", name).stdout.split()


def idle_settings(local_hour: int = IDLE_LOCAL_HOUR, now: time.struct_time | None = None) -> str:
    """Settings for an idle tray: first run done, in a zone where it is now `local_hour`
    (mid-afternoon unless asked otherwise).

    Idle means nothing on screen. With the system's zone, a bench run in the evening would
    catch a step's card (fonts, widgets, painting) and measure that instead.
    """
    hour = (now or time.gmtime()).tm_hour
    offset = (local_hour - hour + 12) % 24 - 12  # hours east of UTC
    zone = "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"  # POSIX: the sign is inverted
    return f'{FIRST_RUN_DONE}timezone = "{zone}"  # {local_hour}:00 there now\n'


def evening_settings() -> str:
    """Settings for the evening's idle tray: the reminders run (they wake an hour before the
    first step) and nothing is due: magnesium is FIRST_STEP_AHEAD_MIN minutes away, whatever
    the minute of the run (bedtime is set from it)."""
    now = time.gmtime()  # one reading for both: the zone's hour and the bedtime's minute
    bedtime_min = EVENING_LOCAL_HOUR * 60 + now.tm_min + FIRST_STEP_AHEAD_MIN + 90
    bedtime = f"{bedtime_min // 60:02d}:{bedtime_min % 60:02d}"
    return f'{idle_settings(EVENING_LOCAL_HOUR, now)}\n[bedtime]\ndefault = "{bedtime}"\n'


def user_dirs(home: Path, settings_toml: str) -> dict[str, str]:
    """Environment for a user whose home is `home`, with `settings_toml` already saved.

    The app then finds its folders through platformdirs, as it does for a real user (a
    --data-dir would skip that part of start-up).
    """
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    config = home / ".config" / "bedtime-companion"
    config.mkdir(parents=True, mode=0o700, exist_ok=True)
    (config / "settings.toml").write_text(settings_toml)
    return env


@contextlib.contextmanager
def x_desktop(runtime_dir: Path | None = None) -> Iterator[Desktop]:
    """Xvfb on a free display number with trayer docked at the top right."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    with contextlib.ExitStack() as stack:
        if runtime_dir is None:
            runtime_dir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        runtime_dir.chmod(0o700)
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("QT_", "WAYLAND", "DBUS_SESSION"))
        }
        env.update(DISPLAY=f":{number}", XDG_RUNTIME_DIR=str(runtime_dir))
        desk = Desktop(display=f":{number}", env=env, processes=[xvfb])
        try:
            _start_trayer(desk)
            yield desk
        finally:
            stop_processes(desk.processes)


def stop_processes(processes: list[subprocess.Popen[bytes]], wait: float = 5) -> None:
    """End a desktop's processes, the last started first; kill what does not end in `wait` s."""
    for process in reversed(processes):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(wait)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()


TRAYER = [
    "trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "240",
    "--heighttype", "pixel", "--height", "32", "--transparent", "false", "--SetDockType", "true",
]  # fmt: skip


def _start_trayer(desk: Desktop, attempts: int = 3) -> None:
    """trayer now and then dies at start on a busy machine; try again before giving up."""
    for attempt in range(1, attempts + 1):
        trayer = desk.start(TRAYER, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until(
                lambda trayer=trayer: (  # type: ignore[misc]
                    trayer.poll() is not None
                    or '"panel"' in desk.run("xwininfo", "-root", "-tree").stdout
                ),
                20,
                "trayer",
            )
        except TimeoutError:
            trayer.kill()
        if trayer.poll() is None:
            return
        error = trayer.stderr.read().decode(errors="replace") if trayer.stderr else ""
        if attempt == attempts:
            raise RuntimeError(f"trayer did not start: {error.strip()[-500:]}")
