"""CPU of the breathing pacer (issue 15: at most 5 % of one core while animating in a 960x680
window at 100 %, and 0 once closed).

Opens the real pacer window the way the breathing journey does (`build_breathing_window`, on the
real monotonic clock), lets it animate for `--seconds`, and prints the process CPU time spent
as a share of one core; then closes it and measures the same over `--idle` seconds. Runs
offscreen by default; under Xvfb set QT_QPA_PLATFORM=xcb and DISPLAY.

    python bench/bench_breathing.py [--seconds 20] [--idle 5] [--limit 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from companion.core.settings import Settings
from companion.journeys.breathing import build_breathing_window


def cpu_share(seconds: float) -> float:
    """The process's CPU time over `seconds` of the running event loop, in % of one core."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    wall, cpu = time.monotonic(), time.process_time()
    loop.exec()
    return 100 * (time.process_time() - cpu) / (time.monotonic() - wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="animation to measure")
    parser.add_argument("--idle", type=float, default=5.0, help="time to measure once closed")
    parser.add_argument("--limit", type=float, default=5.0, help="% of one core allowed")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    window = build_breathing_window(Settings())
    window.resize(960, 680)
    window.show()
    window.start()
    cpu_share(1.0)  # first paints and font loading are not the animation
    animating = cpu_share(args.seconds)
    frames_running = window.is_animating
    window.close()
    app.processEvents()
    closed = cpu_share(args.idle)
    print(f"platform {QApplication.platformName()}, window 960x680 at 100 %")
    print(
        f"animating: {animating:.2f} % of one core over {args.seconds:g} s (limit {args.limit:g} %)"
    )
    print(
        f"closed:    {closed:.2f} % of one core over {args.idle:g} s; frame timer running: "
        f"{window.frame_timer.isActive()}"
    )
    ok = frames_running and animating <= args.limit and not window.frame_timer.isActive()
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
