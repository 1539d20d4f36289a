"""Start at login: an XDG autostart entry (Linux), a LaunchAgent (macOS), a Run value (Windows).

Pure Python, no Qt. Each platform has a small class with the same three methods:
`enable()` writes our one entry, `disable()` removes exactly that entry and nothing else, and
`is_enabled()` says whether the desktop will start us. `for_this_system()` picks the right one.

The command written is the one that started this install (`launch_command()`): the bundle's
executable when frozen, else this interpreter's console script (or `python -m companion`), so
an entry made by a bundle user starts the bundle and one made from a wheel starts that venv.

It ends in `--autostart`: desktops may start us before their tray exists (KDE and GNOME both do
at times), so the app is told it was started at login and waits longer for a tray before it
falls back to its Tonight window. GNOME, Cinnamon and MATE also honour the delay keys below.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from companion import APP_ID, AUTOSTART_FLAG
from companion.store.files import write_atomically
from companion.store.paths import launch_agents_dir, make_missing_dirs, xdg_config_home

APP_NAME = "Bedtime Companion"
SCRIPT_NAME = "bedtime-companion"
DATA_DIR_FLAG = "--data-dir"
# The tray usually appears within a few seconds of login; starting after it saves the app from
# waiting at all on the desktops that honour this.
START_DELAY_S = 5
# Written into every file we make, so disable() never removes a file someone else wrote.
MARKER_KEY = "X-BedtimeCompanion-Autostart"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE_NAME = "BedtimeCompanion"


# the command ----------------------------------------------------------------------------------


def launch_command(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    platform: str | None = None,
) -> list[str]:
    """The argv that starts this very install of the app (no subcommand)."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    platform = platform or sys.platform
    if frozen:
        return [str(Path(executable).absolute())]
    python = Path(executable).absolute()
    if platform.startswith("win"):
        # pythonw: no console window flashing up at login.
        pythonw = python.with_name("pythonw.exe")
        return [str(pythonw if pythonw.exists() else python), "-m", "companion"]
    # pip puts the console script beside the interpreter in a venv (and in /usr/local/bin for
    # a system python's interpreter in /usr/local/bin). Resolve neither: a venv's python is a
    # symlink to the base interpreter, which would lose the venv.
    script = python.parent / SCRIPT_NAME
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(python), "-m", "companion"]


_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(argv: Sequence[str]) -> str:
    """argv as an Exec= value, quoted and escaped as the Desktop Entry spec asks."""
    words = []
    for arg in argv:
        word = arg.replace("%", "%%")  # a lone % would be a field code
        if any(ch in _DESKTOP_RESERVED for ch in word) or word == "":
            inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in word)
            word = f'"{inner}"'
        words.append(word)
    # The value is also a "string" in the file format, where a backslash is written twice.
    return " ".join(words).replace("\\", "\\\\")


# Linux ----------------------------------------------------------------------------------------


def linux_autostart_entry(argv: Sequence[str]) -> str:
    """The XDG autostart .desktop file."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Evening routine reminders in the tray",
            f"Icon={APP_ID}",
            f"Exec={desktop_exec([*argv, AUTOSTART_FLAG])}",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            f"X-GNOME-Autostart-Delay={START_DELAY_S}",
            f"X-MATE-Autostart-Delay={START_DELAY_S}",
            # KDE: start in the phase after the panel is up.
            "X-KDE-autostart-phase=2",
            "X-KDE-autostart-after=panel",
            f"{MARKER_KEY}=true",
            "",
        ]
    )


class LinuxAutostart:
    """$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop (freedesktop Desktop Application Autostart)."""

    def __init__(self, config_home: Path | None = None) -> None:
        self.path = (config_home or xdg_config_home()) / "autostart" / f"{APP_ID}.desktop"

    def enable(self, argv: Sequence[str] | None = None) -> Path:
        text = linux_autostart_entry(argv or launch_command())
        # Atomic: a half-written entry is never read at login. The folder is the desktop's:
        # made private when it has to be made, else left as it is.
        make_missing_dirs(self.path.parent)
        write_atomically(self.path, text.encode("utf-8"), owned_folder=False)
        return self.path

    def disable(self) -> bool:
        """Remove our entry; True if there was one. A file we did not write is left alone."""
        if not self._is_ours():
            return False
        self.path.unlink()
        return True

    def is_enabled(self) -> bool:
        if not self._is_ours():
            return False
        keys = _desktop_keys(self.path.read_text(encoding="utf-8", errors="replace"))
        # Desktops' own switches turn an entry off without deleting it.
        return (
            keys.get("Hidden", "false") != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def _is_ours(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except (FileNotFoundError, NotADirectoryError):
            return False
        return _desktop_keys(text).get(MARKER_KEY) == "true"


def _desktop_keys(text: str) -> dict[str, str]:
    """Keys of the [Desktop Entry] group (enough for our own files)."""
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


# macOS ----------------------------------------------------------------------------------------


def macos_launch_agent(argv: Sequence[str]) -> bytes:
    """A per-user LaunchAgent that runs the app once at login, in the GUI session."""
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": [*argv, AUTOSTART_FLAG],
            "RunAtLoad": True,
            "KeepAlive": False,  # Quit from the tray means quit, not "restart me"
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # only in a logged-in desktop session
            MARKER_KEY: True,
        }
    )


class MacAutostart:
    """~/Library/LaunchAgents/<APP_ID>.plist, loaded by launchd at the next login."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = launch_agents_dir(home) / f"{APP_ID}.plist"

    def enable(self, argv: Sequence[str] | None = None) -> Path:
        agent = macos_launch_agent(argv or launch_command())
        make_missing_dirs(self.path.parent)
        write_atomically(self.path, agent, owned_folder=False)
        return self.path

    def disable(self) -> bool:
        if not self.is_enabled():
            return False
        self.path.unlink()
        return True

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (FileNotFoundError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get(MARKER_KEY)) and agent.get("Label") == APP_ID


# Windows --------------------------------------------------------------------------------------


def windows_run_value(argv: Sequence[str]) -> str:
    """The command line stored under HKCU\\...\\Run (quoted the way CreateProcess parses it)."""
    return subprocess.list2cmdline([*argv, AUTOSTART_FLAG])


class Registry(Protocol):
    """The three operations on HKCU's Run key we need (winreg on Windows, a dict in tests)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    # Typed Any: typeshed declares winreg's contents for Windows only, and this runs only there.
    return importlib.import_module("winreg")


class WinRegRun:
    """HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKeyEx(
            winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        with winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.DeleteValue(key, name)


class WindowsAutostart:
    """One value, `BedtimeCompanion`, under the current user's Run key."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or WinRegRun()

    def enable(self, argv: Sequence[str] | None = None) -> str:
        value = windows_run_value(argv or launch_command())
        self.registry.set(WINDOWS_VALUE_NAME, value)
        return value

    def disable(self) -> bool:
        if not self.is_enabled():
            return False
        self.registry.delete(WINDOWS_VALUE_NAME)
        return True

    def is_enabled(self) -> bool:
        # The value name is ours alone; its command must still be one we wrote.
        value = self.registry.get(WINDOWS_VALUE_NAME)
        return value is not None and value.endswith(AUTOSTART_FLAG)


# choosing -------------------------------------------------------------------------------------


class Autostart(Protocol):
    def enable(self, argv: Sequence[str] | None = None) -> object: ...
    def disable(self) -> bool: ...
    def is_enabled(self) -> bool: ...


def for_this_system(platform: str | None = None) -> Autostart:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return WindowsAutostart()
    if platform == "darwin":
        return MacAutostart()
    return LinuxAutostart()


def set_start_at_login(
    enabled: bool, backend: Autostart | None = None, *, data_dir: Path | None = None
) -> None:
    """Make the system match the user's setting (enable writes the current command afresh).

    `data_dir` is the one folder the app was started on (--data-dir or BEDTIME_COMPANION_HOME):
    the entry names it as --data-dir, so the app started at login finds the same journal. The
    flag and not the variable: it means the same and needs no shell on any of the platforms.
    """
    backend = backend or for_this_system()
    if enabled:
        backend.enable(with_data_dir(launch_command(), data_dir))
    else:
        backend.disable()


def with_data_dir(argv: Sequence[str], data_dir: Path | None) -> list[str]:
    """argv with `--data-dir <absolute folder>` added when the app runs on one folder."""
    if data_dir is None:
        return list(argv)
    return [*argv, DATA_DIR_FLAG, str(Path(data_dir).expanduser().absolute())]
