"""Whole-process cost of the app against a bare PySide6 tray app and the APScheduler floor, in
one run (DESIGN §5).

Under Xvfb + trayer, starts the app, the bare tray app and the floor (the bare app with
APScheduler's QtScheduler started and one date job armed) in turn, N times each, and measures:
  * wall time from launch until its icon is docked in the tray,
  * RSS and PSS once it has settled (default 15 s after launch),
  * CPU seconds and context switches (all threads) over an idle window (default 60 s).
Prints the median of each and the ratios app / bare and app / floor.

    python bench/bench_startup.py            # 5 runs each, 15 s settle, 60 s idle (~19 min)
    python bench/bench_startup.py --quick    # 2 runs, 5 s settle, 10 s idle
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.xdesktop import Desktop, idle_settings, missing_tools, user_dirs, x_desktop

HERE = Path(__file__).resolve().parent
NAMES = ("app", "bare", "floor")


@dataclass
class Sample:
    start_s: float
    rss_mb: float
    pss_mb: float
    idle_cpu_s: float
    idle_ctx_per_min: float


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime, all threads
    return ticks / 100.0


def context_switches(pid: int) -> int:
    total = 0
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        try:
            for line in status.read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    total += int(line.split()[1])
        except FileNotFoundError:  # a thread ended while we read
            continue
    return total


def memory_mb(pid: int) -> tuple[float, float]:
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, value = line.split(":", 1)
        values[key] = int(value.split()[0])
    return values["Rss"] / 1024, values["Pss"] / 1024


def measure(
    desk: Desktop, args: list[str], env: dict[str, str] | None, settle: float, idle: float
) -> Sample:
    launched = time.monotonic()
    process, start_s = desk.launch_until_docked(args, timeout=30, extra_env=env)
    time.sleep(max(0.0, settle - (time.monotonic() - launched)))
    rss, pss = memory_mb(process.pid)
    cpu0, ctx0 = cpu_seconds(process.pid), context_switches(process.pid)
    time.sleep(idle)
    cpu1, ctx1 = cpu_seconds(process.pid), context_switches(process.pid)
    process.terminate()
    process.wait(10)
    return Sample(start_s, rss, pss, cpu1 - cpu0, (ctx1 - ctx0) * 60.0 / idle)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=15.0, help="seconds before memory")
    parser.add_argument("--idle", type=float, default=60.0, help="idle window in seconds")
    parser.add_argument("--quick", action="store_true", help="2 runs, 5 s settle, 10 s idle")
    options = parser.parse_args()
    if options.quick:
        options.runs, options.settle, options.idle = 2, 5.0, 10.0
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    # Installed apps start from compiled bytecode; a checkout may not have it yet (for instance
    # with PYTHONDONTWRITEBYTECODE set), and compiling on every start is not what users pay.
    compileall.compile_dir(HERE.parent / "companion", quiet=1)
    samples: dict[str, list[Sample]] = {name: [] for name in NAMES}
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desk:
        for run in range(options.runs):
            envs = {"app": user_dirs(Path(tmp) / f"home-{run}", idle_settings())}
            commands = {
                "app": [sys.executable, "-m", "companion"],
                "bare": [sys.executable, str(HERE / "bare_tray.py")],
                "floor": [sys.executable, str(HERE / "bare_tray.py"), "--scheduler"],
            }
            # Rotate the order so no one of the three always runs first (a colder cache).
            order = NAMES[run % 3 :] + NAMES[: run % 3]
            for name in order:
                sample = measure(desk, commands[name], envs.get(name), options.settle, options.idle)
                samples[name].append(sample)
    report(samples, options)
    return 0


def report(samples: dict[str, list[Sample]], options: argparse.Namespace) -> None:
    rows = [
        ("start to tray icon (s)", "start_s", "{:.3f}"),
        (f"RSS after {options.settle:.0f} s (MB)", "rss_mb", "{:.1f}"),
        (f"PSS after {options.settle:.0f} s (MB)", "pss_mb", "{:.1f}"),
        (f"CPU over {options.idle:.0f} s idle (s)", "idle_cpu_s", "{:.3f}"),
        ("context switches / min idle", "idle_ctx_per_min", "{:.1f}"),
    ]
    print(f"median of {options.runs} runs each, alternating, Xvfb + trayer")
    print(
        f"{'measure':32} {'app':>9} {'bare tray':>9} {'floor':>9} {'app/bare':>9} {'app/floor':>9}"
    )
    for label, attr, fmt in rows:
        app, bare, floor = (
            statistics.median(getattr(s, attr) for s in samples[name]) for name in NAMES
        )
        cells = [fmt.format(v) for v in (app, bare, floor)]
        ratios = [f"{app / v:.2f}" if v > 0 else "—" for v in (bare, floor)]
        print(f"{label:32} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} {ratios[0]:>9} {ratios[1]:>9}")


if __name__ == "__main__":
    sys.exit(main())
