"""Bundle size and start to tray of the PyInstaller app against a bare PySide6 tray app (§5).

Both are bundled the same way (packaging/companion.spec, the same exclusions), one-folder and
one-file. Under Xvfb + trayer each bundle is started N times, alternating app and bare, and the
wall time from launch until its icon docks is taken; the first start of each bundle is also
reported on its own (the closest we get to a cold start without dropping the page cache).

    python bench/bench_bundle.py                    # builds all four into a temp dir (~3 min)
    python bench/bench_bundle.py --dist DIR         # reuse DIR/{app,bare}-{onedir,onefile}
    python bench/bench_bundle.py --runs 7 --settle 15

Memory (RSS, PSS) is read from the one-folder app once it has settled, against the bare tray
and the floor (the bare bundle run with `--scheduler`: APScheduler's QtScheduler started with
one date job, DESIGN §5); the one-file build is the same program behind an unpacking parent.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_startup import memory_mb  # noqa: E402
from bench.xdesktop import (  # noqa: E402
    Desktop,
    evening_settings,
    idle_settings,
    missing_tools,
    user_dirs,
    x_desktop,
)

KINDS = ("onedir", "onefile")


def build_all(dist: Path) -> None:
    """app-onedir/, app-onefile/, bare-onedir/, bare-onefile/ under `dist`, via build.py."""
    for who in ("app", "bare"):
        for kind in KINDS:
            target = dist / f"{who}-{kind}"
            if target.exists():
                continue
            command = [
                sys.executable, str(ROOT / "packaging" / "build.py"),
                "--dist", str(target), "--work", str(dist / "work"),
            ]  # fmt: skip
            if kind == "onefile":
                command.append("--onefile")
            if who == "bare":
                command += ["--bare-script", str(ROOT / "bench" / "bare_tray.py")]
            print(f"building {who} {kind} …", file=sys.stderr, flush=True)
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def executable(dist: Path, who: str, kind: str) -> Path:
    name = "bedtime-companion" if who == "app" else "bare-tray"
    folder = dist / f"{who}-{kind}"
    return folder / name / name if kind == "onedir" else folder / name


def size_mb(path: Path) -> float:
    """What `du -sk` says: blocks on disk, the number a user sees."""
    target = path.parent if path.parent.name == path.name else path
    out = subprocess.run(["du", "-sk", str(target)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def start_to_tray(
    desk: Desktop, args: list[str], env: dict[str, str] | None, settle: float
) -> tuple[float, float, float]:
    """Seconds to the docked icon; RSS and PSS (MB) `settle` seconds after launch (0: skip)."""
    launched = time.monotonic()
    process, elapsed = desk.launch_until_docked(
        args, extra_env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    rss = pss = 0.0
    if settle:
        time.sleep(max(0.0, settle - (time.monotonic() - launched)))
        rss, pss = memory_mb(process.pid)
    process.terminate()
    process.wait(15)
    return elapsed, rss, pss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--settle", type=float, default=10.0, help="seconds before memory (one-folder only)"
    )
    parser.add_argument("--dist", type=Path, help="reuse (or build into) this folder")
    options = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch:
        dist = options.dist or Path(scratch) / "dist"
        build_all(dist)
        sizes = {
            (who, kind): size_mb(executable(dist, who, kind))
            for who in ("app", "bare")
            for kind in KINDS
        }
        home = user_dirs(Path(scratch) / "home", idle_settings())
        # The evening's tray: its reminders run, the first step half an hour off.
        evening_home = user_dirs(Path(scratch) / "home-evening", evening_settings())
        times: dict[tuple[str, str], list[float]] = {key: [] for key in sizes}
        memory: dict[str, list[tuple[float, float]]] = {
            "app": [],
            "app evening": [],
            "bare": [],
            "floor": [],
        }
        with x_desktop() as desk:
            for run in range(options.runs):
                for kind in KINDS:
                    order = ("app", "bare") if run % 2 == 0 else ("bare", "app")
                    for who in order:
                        args = [str(executable(dist, who, kind))]
                        env = home if who == "app" else None
                        settle = options.settle if kind == "onedir" else 0.0
                        elapsed, rss, pss = start_to_tray(desk, args, env, settle)
                        times[(who, kind)].append(elapsed)
                        if settle:
                            memory[who].append((rss, pss))
                    if kind == "onedir":  # the floor: the bare bundle with APScheduler running
                        args = [str(executable(dist, "bare", kind)), "--scheduler"]
                        _elapsed, rss, pss = start_to_tray(desk, args, None, options.settle)
                        memory["floor"].append((rss, pss))
                        args = [str(executable(dist, "app", kind))]
                        _elapsed, rss, pss = start_to_tray(desk, args, evening_home, options.settle)
                        memory["app evening"].append((rss, pss))
    report(sizes, times, memory, options)
    return 0


def report(
    sizes: dict[tuple[str, str], float],
    times: dict[tuple[str, str], list[float]],
    memory: dict[str, list[tuple[float, float]]],
    options: argparse.Namespace,
) -> None:
    print("PyInstaller bundles, same spec and exclusions; start = launch to icon docked in")
    print(f"trayer under Xvfb; median of {options.runs} alternating runs (first run in brackets)")
    print(f"{'measure':30} {'app':>14} {'bare tray':>14} {'ratio':>7}")
    for kind in KINDS:
        app, bare = sizes[("app", kind)], sizes[("bare", kind)]
        print(f"{f'size {kind} (MB, du)':30} {app:>14.1f} {bare:>14.1f} {app / bare:>7.2f}")
    for kind in KINDS:
        app_t, bare_t = times[("app", kind)], times[("bare", kind)]
        app_m, bare_m = statistics.median(app_t), statistics.median(bare_t)
        app_s = f"{app_m:.3f} [{app_t[0]:.2f}]"
        bare_s = f"{bare_m:.3f} [{bare_t[0]:.2f}]"
        print(f"{f'start to tray {kind} (s)':30} {app_s:>14} {bare_s:>14} {app_m / bare_m:>7.2f}")
    rows = (("app", "bare", ""), ("app", "floor", "  (floor: bare + APScheduler)"),
            ("app evening", "floor", "  (the reminders running)"))  # fmt: skip
    for who, against, note in rows:
        print(f"{'':30} {who:>14} {against:>14} {'ratio':>7}{note}")
        for index, name in ((0, "RSS"), (1, "PSS")):
            app_mb = statistics.median(m[index] for m in memory[who])
            other_mb = statistics.median(m[index] for m in memory[against])
            label = f"{name} onedir after {options.settle:.0f} s (MB)"
            print(f"{label:30} {app_mb:>14.1f} {other_mb:>14.1f} {app_mb / other_mb:>7.2f}")


if __name__ == "__main__":
    sys.exit(main())
