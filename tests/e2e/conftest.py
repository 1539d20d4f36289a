"""Real desktops for end-to-end tests: Xvfb with the trayer tray host, headless sway with and
without waybar's tray, and the app as a process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.xdesktop import Desktop, missing_tools, x_desktop

from . import wayland_desktop
from .wayland_desktop import WaylandDesktop, session_user, sway_desktop, user_python


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    need(missing_tools())
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    with x_desktop(runtime) as desk:
        yield desk


def app_command(*args: str) -> list[str]:
    """The installed entry point when there is one, else `python -m companion`."""
    exe = Path(sys.executable).with_name("bedtime-companion")
    if exe.exists():
        return [str(exe), *args]
    return [sys.executable, "-m", "companion", *args]


def need(missing: list[str]) -> None:
    """Skip for want of tools, except in CI, where `.ci/run` installs them: there it fails."""
    if missing:
        message = f"end-to-end tests need {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def start_session_bus(desktop: Desktop) -> str:
    """A private D-Bus session for the desktop's programs; its address."""
    bus = desktop.start(
        ["dbus-daemon", "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    desktop.env["DBUS_SESSION_BUS_ADDRESS"] = address
    return address


@pytest.fixture(scope="session")
def wayland_python() -> Iterator[tuple[str | None, Path]]:
    """The user a Wayland session runs as, and a Python with the app that user can run."""
    need(wayland_desktop.missing_tools())
    user = session_user()
    with tempfile.TemporaryDirectory(prefix="bc-wayland-python-") as folder:
        yield user, user_python(user, Path(folder))


@pytest.fixture
def sway_with_tray(wayland_python: tuple[str | None, Path]) -> Iterator[WaylandDesktop]:
    with sway_desktop(wayland_python[0], tray=True) as desk:
        yield desk


@pytest.fixture
def sway_without_tray(wayland_python: tuple[str | None, Path]) -> Iterator[WaylandDesktop]:
    """Stock GNOME's case: no StatusNotifier host on the bus at all."""
    with sway_desktop(wayland_python[0], tray=False) as desk:
        yield desk
