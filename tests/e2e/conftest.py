"""A real X desktop for end-to-end tests: Xvfb, the trayer tray host, and the app as a process."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.xdesktop import Desktop, missing_tools, x_desktop


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        message = f"end-to-end tests need {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
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
