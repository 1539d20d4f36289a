"""Where the app's idle memory goes, against the APScheduler floor (DESIGN §5: within 1.1×).

    python -m bench.bench_idle_memory [--settle 12] [--top 25]
    python -m bench.bench_idle_memory --dist DIR    # the bundles bench_bundle.py built in DIR
    python -m bench.bench_idle_memory --evening     # the reminders run, the first step to come

Under Xvfb + trayer, starts the floor (bench/bare_tray.py --scheduler) and the app (first run
done, BEDTIME_COMPANION_BENCH=1) one after the other, lets each settle, and prints RSS per mapping
(/proc/PID/smaps: each shared library, the heap, anonymous memory) side by side, largest
difference first, and the Python modules the app holds that the floor does not.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.app_control import make_data_dir, start_app
from bench.bench_bundle import executable
from bench.xdesktop import (
    evening_settings,
    idle_settings,
    missing_tools,
    x_desktop,
)

HERE = Path(__file__).resolve().parent
FLOOR_MODULES = (
    "import sys, PySide6.QtWidgets, PySide6.QtGui, apscheduler.schedulers.qt;"
    "print(' '.join(sorted(sys.modules)))"
)


def rss_by_mapping(pid: int) -> dict[str, int]:
    """kB of RSS per mapped file ([heap], [anon] and the like for the rest)."""
    totals: dict[str, int] = {}
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if parts and "-" in parts[0] and not parts[0].endswith(":"):
            name = parts[5] if len(parts) > 5 else "[anon]"
            name = name.split("/_internal/")[-1]  # a bundle's own copy, named as in the other
        elif parts and parts[0] == "Rss:":
            totals[name] = totals.get(name, 0) + int(parts[1])
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settle", type=float, default=12.0)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--dist", type=Path, help="compare the bundles built by bench_bundle.py")
    parser.add_argument(
        "--evening", action="store_true", help="the evening's idle tray: reminders running"
    )
    options = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desk:
        floor_args = [sys.executable, str(HERE / "bare_tray.py")]
        program: tuple[str, ...] = (sys.executable, "-m", "companion")
        if options.dist:
            floor_args = [str(executable(options.dist, "bare", "onedir"))]
            program = (str(executable(options.dist, "app", "onedir")),)
        floor, _start = desk.launch_until_docked([*floor_args, "--scheduler"], timeout=30)
        time.sleep(options.settle)
        floor_maps = rss_by_mapping(floor.pid)
        floor.terminate()
        floor.wait(10)
        settings = evening_settings() if options.evening else idle_settings()
        app = start_app(desk, make_data_dir(Path(tmp) / "data", 0, settings), None, program)
        time.sleep(options.settle)
        app_maps = rss_by_mapping(app.pid)
        app_modules = set(app.stats()["modules"])
        app.process.terminate()
        app.process.wait(10)
    floor_modules: set[str] = set()  # a bundle cannot run -c: its own modules are not listed apart
    if not options.dist:
        floor_modules = set(desk.run(sys.executable, "-c", FLOOR_MODULES).stdout.split())
    total_app, total_floor = sum(app_maps.values()) / 1024, sum(floor_maps.values()) / 1024
    print(f"RSS app {total_app:.1f} MB, floor {total_floor:.1f} MB: {total_app / total_floor:.2f}×")
    print(f"{'app − floor':>12} {'app':>8} {'floor':>8}  mapping (MB)")
    names = sorted(
        set(app_maps) | set(floor_maps), key=lambda n: floor_maps.get(n, 0) - app_maps.get(n, 0)
    )
    for name in names[: options.top]:
        app_mb, floor_mb = app_maps.get(name, 0) / 1024, floor_maps.get(name, 0) / 1024
        short = name.split("site-packages/")[-1]
        print(f"{app_mb - floor_mb:12.2f} {app_mb:8.2f} {floor_mb:8.2f}  {short}")
    extra = sorted(m for m in app_modules - floor_modules if not m.startswith("companion"))
    print(f"modules beyond the floor's (not ours): {' '.join(extra)}")
    ours = sorted(m for m in app_modules if m.startswith("companion."))
    print(f"our modules at idle ({len(ours)}): {' '.join(ours)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
