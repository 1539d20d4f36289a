"""Make resources/screenshots/tray-and-welcome.png: the real app on Xvfb, tray menu open."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.xdesktop import wait_until, x_desktop  # noqa: E402

OUT = ROOT / "resources" / "screenshots" / "tray-and-welcome.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as data, x_desktop() as desk:
        desk.start([sys.executable, "-m", "companion", "--data-dir", data])
        icon = wait_until(desk.tray_icons, 20, "the tray icon")[0]
        wait_until(lambda: desk.windows_named("Welcome to"), 10, "the welcome window")
        info = desk.run("xwininfo", "-id", icon).stdout
        x = int(re.search(r"Absolute upper-left X:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
        y = int(re.search(r"Absolute upper-left Y:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
        time.sleep(1.0)  # a freshly docked icon ignores its first click; reminders load meanwhile
        desk.run("xdotool", "mousemove", str(x + 8), str(y + 8), "click", "3")
        time.sleep(0.5)
        shot = Path(data) / "root.png"
        desk.run("import", "-window", "root", str(shot))
        OUT.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["convert", str(shot), "-crop", "940x620+340+0", "+repage", str(OUT)], check=True
        )
    print(OUT)


if __name__ == "__main__":
    main()
