"""Where the app's idle memory goes, against the APScheduler floor (DESIGN §5: within 1.1×).

    python -m bench.bench_idle_memory [--settle 12] [--top 25]
    python -m bench.bench_idle_memory --dist DIR    # the bundles bench_bundle.py built in DIR
    python -m bench.bench_idle_memory --evening     # the reminders run, the first step to come
    python -m bench.bench_idle_memory --runs 3 --cold   # medians; page cache emptied (root)

Under Xvfb + trayer, starts the floor (bench/bare_tray.py --scheduler) and the app (first run
done, BEDTIME_COMPANION_BENCH=1) one after the other, lets each settle, and prints RSS per mapping
(/proc/PID/smaps: each shared library, the heap, anonymous memory) side by side, largest
difference first, and the Python modules the app holds that the floor does not.
"""

from __future__ import annotations

import argparse
import os
import statistics
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


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (root only), so each process measured maps its libraries
    from the same state: a library's resident pages depend on which of its file's pages are in
    the cache, and a bundle written moments ago is all in it while an older one is not."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def settled_maps(pid: int, settle: float) -> dict[str, int]:
    time.sleep(settle)
    return rss_by_mapping(pid)


def empty_cache_if(cold: bool) -> None:
    if cold and not drop_page_cache():
        raise SystemExit("--cold needs root (it writes /proc/sys/vm/drop_caches)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settle", type=float, default=12.0)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--runs", type=int, default=1, help="alternating runs; medians shown")
    parser.add_argument("--dist", type=Path, help="compare the bundles built by bench_bundle.py")
    parser.add_argument(
        "--evening", action="store_true", help="the evening's idle tray: reminders running"
    )
    parser.add_argument(
        "--cold", action="store_true", help="empty the page cache before each start (root)"
    )
    options = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    floor_args = [sys.executable, str(HERE / "bare_tray.py")]
    program: tuple[str, ...] = (sys.executable, "-m", "companion")
    if options.dist:
        floor_args = [str(executable(options.dist, "bare", "onedir"))]
        program = (str(executable(options.dist, "app", "onedir")),)
    floor_runs: list[dict[str, int]] = []
    app_runs: list[dict[str, int]] = []
    app_modules: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desk:
        for run in range(options.runs):
            empty_cache_if(options.cold)
            floor, _start = desk.launch_until_docked([*floor_args, "--scheduler"], timeout=30)
            floor_runs.append(settled_maps(floor.pid, options.settle))
            floor.terminate()
            floor.wait(10)
            settings = evening_settings() if options.evening else idle_settings()
            data = make_data_dir(Path(tmp) / f"data-{run}", 0, settings)
            empty_cache_if(options.cold)
            app = start_app(desk, data, None, program)
            app_runs.append(settled_maps(app.pid, options.settle))
            app_modules = set(app.stats()["modules"])
            app.process.terminate()
            app.process.wait(10)
    report(median_maps(app_runs), median_maps(floor_runs), app_runs, floor_runs, options)
    if not options.dist:  # a bundle cannot run -c: the floor's modules are known from source
        floor_modules = set(desk.run(sys.executable, "-c", FLOOR_MODULES).stdout.split())
        extra = sorted(m for m in app_modules - floor_modules if not m.startswith("companion"))
        print(f"modules beyond the floor's (not ours): {' '.join(extra)}")
    ours = sorted(m for m in app_modules if m.startswith("companion."))
    print(f"our modules at idle ({len(ours)}): {' '.join(ours)}")
    return 0


def median_maps(runs: list[dict[str, int]]) -> dict[str, float]:
    names = {name for run in runs for name in run}
    return {name: statistics.median(run.get(name, 0) for run in runs) for name in names}


def report(
    app_maps: dict[str, float],
    floor_maps: dict[str, float],
    app_runs: list[dict[str, int]],
    floor_runs: list[dict[str, int]],
    options: argparse.Namespace,
) -> None:
    totals = [
        (sum(a.values()) / 1024, sum(f.values()) / 1024)
        for a, f in zip(app_runs, floor_runs, strict=True)
    ]
    state = "evening (reminders running, first step to come)" if options.evening else "by day"
    where = f"bundles in {options.dist}" if options.dist else "from source"
    cache = "page cache emptied before each start" if options.cold else "page cache as it is"
    print(f"idle tray {state}, {where}, {cache}, settled {options.settle:g} s")
    for run, (app_mb, floor_mb) in enumerate(totals, 1):
        ratio = app_mb / floor_mb
        print(f"  run {run}: app {app_mb:.2f} MB, floor {floor_mb:.2f} MB: {ratio:.3f}×")
    app_mb = statistics.median(t[0] for t in totals)
    floor_mb = statistics.median(t[1] for t in totals)
    print(f"RSS app {app_mb:.2f} MB, floor {floor_mb:.2f} MB: {app_mb / floor_mb:.3f}× (medians)")
    print(f"{'app − floor':>12} {'app':>8} {'floor':>8}  mapping (MB, medians)")
    names = sorted(
        set(app_maps) | set(floor_maps), key=lambda n: floor_maps.get(n, 0) - app_maps.get(n, 0)
    )
    for name in names[: options.top]:
        app_one, floor_one = app_maps.get(name, 0) / 1024, floor_maps.get(name, 0) / 1024
        short = name.split("site-packages/")[-1]
        print(f"{app_one - floor_one:12.2f} {app_one:8.2f} {floor_one:8.2f}  {short}")


if __name__ == "__main__":
    sys.exit(main())
