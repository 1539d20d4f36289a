"""Does memory come back after windows close? (DESIGN §5: RSS within 1.05× of before.)

    python -m bench.bench_windows [--nights 3650] [--rounds 5] [--settle 3]

Starts the real app under Xvfb + trayer on a journal of `--nights` nights, measures RSS once it
has settled, then per round opens and closes the journal, the check-in, settings and a stretch
session (commands through the instance socket, as a second launch sends them; closed by the
bench hook as the close button would) and measures RSS again, with QTimers and windows alive.
Each window runs in a process of its own (app/window_process.py): its RSS while open and how
long it took to open are reported too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.app_control import RunningApp, make_data_dir, rss_mb, start_app
from bench.xdesktop import missing_tools, x_desktop
from companion.app.bench_hook import WINDOWS_HERE_ENV

WINDOWS = (
    ("journal", "Journal"),
    ("checkin", "Morning check-in"),
    ("settings", "Settings"),
    ("stretch", "Guided stretches"),
)
BAR = 1.05


@dataclass
class Opened:
    seconds: float  # from the request until the window is on screen
    process_mb: float  # the RSS of the window's own process while it is open (0: none)


def open_and_close(app: RunningApp, command: str, title: str) -> Opened:
    sent = time.monotonic()
    app.send(command)
    deadline = sent + 30
    while not any(t.startswith(title) for t in app.stats()["visible_windows"]):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{title} did not open")
        time.sleep(0.02)
    seconds = time.monotonic() - sent
    time.sleep(0.5)  # let it paint and run its first timers, as a glance would
    process_mb = sum(rss_mb(pid) for pid in app.children())
    app.send("bench-close")
    while app.children():  # its process is gone before the next window opens
        if time.monotonic() > deadline:
            raise TimeoutError(f"{title}'s process did not end")
        time.sleep(0.05)
    return Opened(seconds, process_mb)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=3650)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds before each reading")
    parser.add_argument("--only", choices=[c for c, _t in WINDOWS], help="one window only")
    parser.add_argument(
        "--here", action="store_true", help="windows in the tray's process (as before 0.1)"
    )
    options = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desk:
        paths = make_data_dir(Path(tmp) / "data", options.nights)
        app = start_app(desk, paths, {WINDOWS_HERE_ENV: "1"} if options.here else None)
        # The Tonight window starts the reminders if they still wait for their night (by day):
        # "before" is then the tray as it is all evening, whatever the hour of the run.
        app.send("show")
        app.send("bench-close")
        time.sleep(max(options.settle, 5.0))
        before = app.rss_mb()
        stats = app.stats()
        print(
            f"journal of {options.nights} nights; {options.rounds} rounds of "
            f"{', '.join(c for c, _t in WINDOWS)} opened and closed"
        )
        print(
            f"{'round':>6} {'RSS MB':>8} {'× before':>9} {'QTimers':>8} {'windows':>8} "
            f"{'fds':>5} {'threads':>8} {'trimmed MB':>11}"
        )
        print(
            f"{'before':>6} {before:8.1f} {1:9.3f} {stats['qtimers']:8} "
            f"{stats['top_level_windows']:8} {app.fds():5} {app.threads():8}"
        )
        worst = 1.0
        opened: defaultdict[str, list[Opened]] = defaultdict(list)
        first = 0.0  # after round 1: what stays is code loaded on first use, not the windows
        for round_no in range(1, options.rounds + 1):
            for command, title in WINDOWS:
                if options.only and command != options.only:
                    continue
                opened[command].append(open_and_close(app, command, title))
            time.sleep(options.settle)
            rss = app.rss_mb()
            stats = app.stats()
            app.send("bench-trim")
            time.sleep(0.5)
            trimmed = app.rss_mb()
            worst = max(worst, rss / before)
            first = first or rss
            print(
                f"{round_no:6} {rss:8.1f} {rss / before:9.3f} {stats['qtimers']:8} "
                f"{stats['top_level_windows']:8} {app.fds():5} {app.threads():8} {trimmed:11.1f}"
            )
            if stats["visible_windows"]:
                print(f"       still open: {stats['visible_windows']}")
        print(f"worst {worst:.3f}× before (bar {BAR}×): {'met' if worst <= BAR else 'NOT met'}")
        print(f"{'window':>9} {'opens in s (median)':>20} {'its process MB (median)':>24}")
        for command, samples in opened.items():
            seconds = statistics.median(o.seconds for o in samples)
            process = statistics.median(o.process_mb for o in samples)
            print(f"{command:>9} {seconds:20.2f} {process:24.1f}")
        if first:
            # Python cannot unload a module: what the first round imported stays for good.
            later = rss / first
            print(f"last round {later:.3f}× round 1 (windows' own memory returned round to round)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
