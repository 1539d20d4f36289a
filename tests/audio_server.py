"""A private PulseAudio server with a null sink, so sound tests play for real and quietly.

QtMultimedia connects to the sound server once per process, the first time it is used, and
logs a Qt warning when there is none (which the test config turns into a failure). So the
server must exist, and PULSE_SERVER point at it, before any test here touches QtMultimedia.
If CI already provides one (PULSE_SERVER set), that one is used.

The root conftest starts it for the whole session (autouse), so that whichever test first
touches QtMultimedia, in whatever order the suite runs, finds it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def audio_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """The PULSE_SERVER address of a running server, or None where none can be started."""
    existing = os.environ.get("PULSE_SERVER")
    if existing:
        yield existing
        return
    binary = shutil.which("pulseaudio")
    if binary is None:
        yield None
        return
    # A short path: unix socket paths are limited to about 100 bytes.
    folder = Path(tmp_path_factory.mktemp("pa"))
    folder.chmod(0o700)
    socket = folder / "native"
    env = {**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(folder)}
    process = subprocess.Popen(
        [
            binary,
            "-n",  # no default.pa: no hardware probing, only what is loaded below
            "--daemonize=no",
            # Qt keeps its connection for the whole test run; once the run ends (even killed),
            # the daemon is idle and goes away by itself instead of lingering.
            "--exit-idle-time=10",
            "--use-pid-file=no",
            "-L",
            "module-null-sink sink_name=null",
            "-L",
            f"module-native-protocol-unix auth-anonymous=1 socket={socket}",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Start-up wait in a fixture, not in a test: the daemon needs a moment to create its socket.
    deadline = time.monotonic() + 10
    while not socket.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not socket.exists():
        process.kill()
        process.wait()
        yield None
        return
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    try:
        yield os.environ["PULSE_SERVER"]
    finally:
        os.environ.pop("PULSE_SERVER", None)
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def with_audio(audio_server: str | None) -> str:
    if audio_server is None:
        pytest.skip("no PulseAudio server here (Debian: pulseaudio)")
    return audio_server
