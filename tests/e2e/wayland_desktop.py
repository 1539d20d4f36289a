"""A throw-away Wayland desktop — headless sway, with or without waybar's tray — for e2e tests."""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.xdesktop import stop_processes, wait_until

NEEDED_TOOLS = ("sway", "swaymsg", "waybar", "grim", "dbus-daemon", "gdbus")
TEST_USER = "waytest"  # sway refuses to run as root; as root, the session runs as this user
PROJECT = Path(__file__).resolve().parents[2]
WATCHER = "org.kde.StatusNotifierWatcher"
_QUOTED = re.compile(r"'([^']*)'")
_LABEL = re.compile(r"""'label': <(['"])(.*?)\1>""")


def missing_tools() -> list[str]:
    needed = (*NEEDED_TOOLS, "setpriv") if os.geteuid() == 0 else NEEDED_TOOLS
    return [tool for tool in needed if shutil.which(tool) is None]


def session_user() -> str | None:
    """The unprivileged user to run the session as when we are root (made if missing); None
    when we are not root and simply run it as ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(["useradd", "--create-home", TEST_USER], check=True)
    return TEST_USER


def as_user(user: str | None, args: Sequence[str]) -> list[str]:
    """`args` run as `user`; setpriv execs, so the process we hold is the program itself."""
    if user is None:
        return list(args)
    ids = [f"--reuid={user}", f"--regid={user}", "--init-groups"]
    return ["setpriv", *ids, "--", *args]


def _runs_as(user: str | None, python: str, code: str) -> bool:
    check = subprocess.run(
        as_user(user, [python, "-c", code]), cwd="/", capture_output=True, check=False
    )
    return check.returncode == 0


def user_python(user: str | None, folder: Path, *, reuse: bool = True) -> Path:
    """A Python with the app installed that `user` can run.

    Ours when it can (not as root: a venv or pyenv under /root is out of the user's reach),
    else a new venv in `folder` from a world-readable interpreter, filled by our own pip with a
    plain (not editable) install of this checkout, about 10 s from pip's cache.
    """
    if reuse and _runs_as(user, sys.executable, "import companion, PySide6.QtWidgets"):
        return Path(sys.executable)
    bases = (getattr(sys, "_base_executable", ""), "/usr/bin/python3", shutil.which("python3"))
    base = next((b for b in bases if b and _runs_as(user, b, "import venv")), None)
    if base is None:
        raise RuntimeError(f"no Python that {user} may run; install Debian's python3")
    folder.chmod(0o755)
    venv = folder / "venv"
    subprocess.run([base, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-input", "--disable-pip-version-check", str(PROJECT)],
        check=True, capture_output=True,
    )  # fmt: skip
    return python


@dataclass
class WaylandDesktop:
    user: str | None
    folder: Path  # readable by the user; home/, tmp/ and runtime/ inside are the user's own
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return self.folder / "home"

    @property
    def tmp(self) -> Path:
        return self.folder / "tmp"

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            as_user(self.user, args), env=self.env, capture_output=True, text=True,
            timeout=timeout, check=False,
        )  # fmt: skip

    def start(
        self, args: Sequence[str], *, extra_env: dict[str, str] | None = None, log: str = ""
    ) -> subprocess.Popen[bytes]:
        """Start a process in this session as its user; it ends with the desktop. Its output
        goes to `log` (a file name in the folder) when given."""
        output = open(self.folder / log, "wb") if log else None  # noqa: SIM115 (Popen keeps it)
        try:
            process = subprocess.Popen(
                as_user(self.user, args), env={**self.env, **(extra_env or {})},
                cwd=self.folder, stdout=output or subprocess.DEVNULL, stderr=subprocess.STDOUT,
            )  # fmt: skip
        finally:
            if output is not None:
                output.close()
        self.processes.append(process)
        return process

    def give(self, path: Path) -> None:
        """Hand a file or folder we wrote (as root) to the session's user."""
        if self.user is None:
            return
        account = pwd.getpwnam(self.user)
        for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
            os.chown(item, account.pw_uid, account.pw_gid)

    # what the compositor and the bus say ------------------------------------------------------

    def windows(self) -> list[dict[str, Any]]:
        """Every toplevel window sway manages (tiled or floating): name, rect, type."""
        result = self.run("swaymsg", "--raw", "-t", "get_tree")
        if result.returncode != 0:
            return []
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append(node)
            for child in [*node.get("nodes", []), *node.get("floating_nodes", [])]:
                walk(child)

        walk(json.loads(result.stdout))
        return found

    def window_named(self, name: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w.get("name") == name), None)

    def output_size(self) -> tuple[int, int]:
        outputs = json.loads(self.run("swaymsg", "--raw", "-t", "get_outputs").stdout)
        rect = outputs[0]["rect"]
        return rect["width"], rect["height"]

    def has_bus_name(self, name: str) -> bool:
        reply = self.run(
            "gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path",
            "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.NameHasOwner", name,
        )  # fmt: skip
        return "true" in reply.stdout

    def tray_items(self) -> list[str]:
        """The StatusNotifierItems the tray host's watcher knows ("bus name/object path")."""
        reply = self.run(
            "gdbus", "call", "--session", "--dest", WATCHER, "--object-path",
            "/StatusNotifierWatcher", "--method", "org.freedesktop.DBus.Properties.Get",
            WATCHER, "RegisteredStatusNotifierItems",
        )  # fmt: skip
        return _QUOTED.findall(reply.stdout) if reply.returncode == 0 else []

    def menu_labels(self, item: str) -> list[str]:
        """The labels of an item's menu, read over com.canonical.dbusmenu as a tray host does."""
        service, _slash, path = item.partition("/")
        menu = self.run(
            "gdbus", "call", "--session", "--dest", service, "--object-path", f"/{path}",
            "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem",
            "Menu",
        ).stdout  # fmt: skip
        menu_path = re.search(r"objectpath '([^']+)'", menu)
        if menu_path is None:
            return []
        layout = self.run(
            "gdbus", "call", "--session", "--dest", service, "--object-path",
            menu_path.group(1), "--method", "com.canonical.dbusmenu.GetLayout",
            "--", "0", "-1", "['label']",
        ).stdout  # fmt: skip
        return [label for _quote, label in _LABEL.findall(layout)]

    def screenshot(self, target: Path) -> None:
        """The whole screen as PNG, taken with grim (as the user: it talks to the compositor)."""
        shot = self.tmp / "screen.png"
        self.run("grim", str(shot))
        shutil.copyfile(shot, target)


@contextlib.contextmanager
def sway_desktop(user: str | None, *, tray: bool) -> Iterator[WaylandDesktop]:
    """Headless sway on its own D-Bus session; with `tray`, waybar as the StatusNotifier host."""
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bc-wayland-")))
        folder.chmod(0o755)  # the user reads its config files here
        for name in ("home", "tmp", "runtime"):
            (folder / name).mkdir(mode=0o700)
        home, runtime = folder / "home", folder / "runtime"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "TMPDIR": str(folder / "tmp"),
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={runtime}/bus",
        }
        desk = WaylandDesktop(user, folder, env)
        for name in ("home", "tmp", "runtime"):
            desk.give(folder / name)
        _write_configs(folder, tray=tray)
        try:
            address = env["DBUS_SESSION_BUS_ADDRESS"]
            desk.start(["dbus-daemon", "--session", "--nofork", f"--address={address}"])
            wait_until(lambda: (runtime / "bus").exists(), 10, "the session bus")
            sway = desk.start(
                ["sway", "-c", str(folder / "sway.conf")],
                extra_env={"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
                           "WLR_RENDERER": "pixman"},
                log="sway.log",
            )  # fmt: skip
            socket = wait_until(
                lambda: sway.poll() is not None or _sockets(runtime), 20, "sway's sockets"
            )
            if sway.poll() is not None:
                raise RuntimeError(f"sway ended: {(folder / 'sway.log').read_text()[-800:]}")
            assert isinstance(socket, tuple)
            desk.env.update(WAYLAND_DISPLAY=socket[0], SWAYSOCK=socket[1])
            wait_until(lambda: desk.run("swaymsg", "-t", "get_outputs").returncode == 0, 20, "sway")
            if tray:
                wait_until(lambda: desk.has_bus_name(WATCHER), 20, "waybar's tray")
            yield desk
        finally:
            stop_processes(desk.processes, wait=10)


def _sockets(runtime: Path) -> tuple[str, str] | None:
    wayland = [p.name for p in runtime.glob("wayland-*") if not p.name.endswith(".lock")]
    ipc = list(runtime.glob("sway-ipc.*.sock"))
    return (wayland[0], str(ipc[0])) if wayland and ipc else None


def _write_configs(folder: Path, *, tray: bool) -> None:
    # sway 1.7 starts swaybar_command as one program without arguments: a wrapper passes them.
    (folder / "waybar.json").write_text(
        json.dumps({"layer": "top", "position": "top", "height": 30, "modules-right": ["tray"],
                    "tray": {"spacing": 4}})
    )  # fmt: skip
    bar = folder / "bar.sh"
    bar.write_text(f'#!/bin/sh\nexec waybar -c "{folder}/waybar.json"\n')
    bar.chmod(0o755)
    lines = ["xwayland disable", "output HEADLESS-1 resolution 1280x800"]
    if tray:
        lines += ["bar {", f"    swaybar_command {bar}", "}"]
    (folder / "sway.conf").write_text("\n".join(lines) + "\n")
    for name in ("waybar.json", "sway.conf"):
        (folder / name).chmod(0o644)
