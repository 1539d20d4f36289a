"""Weeks in minutes: the real app on a fast clock for N nights (DESIGN §5).

    python -m bench.bench_soak [--nights 60] [--scale 600]

The app runs with BEDTIME_COMPANION_BENCH_SCALE (plan seconds per real second). Each night every
step is prompted and answered Done (the stretch prompt opens a session, the morning prompt the
check-in; both are closed again), the journal is opened and closed, and long quiet stretches of
the plan are skipped by jumping the fast clock, as a suspend would. Per night: RSS, open file
descriptors, threads and live QTimers. Afterwards the journal's events table shows whether every
step was prompted once, on time (±1 plan second), with no missed or doubled step.
Bars: RSS within 1.05× of night 1; no growth in fds, threads or timers.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.app_control import RunningApp, make_data_dir, start_app
from bench.xdesktop import missing_tools, x_desktop
from companion.core.plan import Step, plan_for_night, which_night
from companion.core.settings import Settings
from companion.integration.system_zone import effective_zone

LEAD = timedelta(minutes=1)  # plan time left before a step when the clock jumps to it
TICK_S = 0.05
RSS_BAR = 1.05


def steps_from(first_night: datetime, nights: int) -> list[Step]:
    settings = Settings(onboarding_done=True)
    zone = effective_zone(settings)
    night0 = which_night(first_night.astimezone(zone), zone)
    return [
        step
        for n in range(nights)
        for step in plan_for_night(night0 + timedelta(days=n), settings, zone).steps
    ]


def app_now(app: RunningApp) -> datetime:
    return datetime.fromisoformat(app.stats()["now"])


def run_night(app: RunningApp, steps: list[Step]) -> None:
    """Answer each step's prompt, skipping quiet plan time; open and close the journal."""
    for step in steps:
        now = app_now(app)
        if step.at - now > 2 * LEAD:
            app.send("bench-jump", seconds=(step.at - LEAD - now).total_seconds())
        while app_now(app) < step.at:
            time.sleep(TICK_S)
        time.sleep(0.2)  # the prompt is on screen by now
        app.send("bench-answer", answer="done")
        app.send("bench-close")  # the stretch session or check-in that Done opened
    app.send("journal")
    time.sleep(0.5)
    app.send("bench-close")


def check_events(journal: Path, steps: list[Step]) -> list[str]:
    problems: list[str] = []
    with sqlite3.connect(journal) as db:
        rows = db.execute("SELECT night, step, planned_at, shown_at, answer FROM events").fetchall()
    seen = Counter((night, step) for night, step, *_ in rows)
    for (night, step), count in seen.items():
        if count > 1:
            problems.append(f"{night} {step}: {count} rows (doubled)")
    worst = 0.0
    for night, step, planned, shown, answer in rows:
        if answer != "done" or shown is None:
            problems.append(f"{night} {step}: answer {answer}, shown {shown}")
            continue
        late = (datetime.fromisoformat(shown) - datetime.fromisoformat(planned)).total_seconds()
        worst = max(worst, abs(late))
        if abs(late) > 1.0:
            problems.append(f"{night} {step}: shown {late:+.1f} plan s from its time")
    if len(rows) < len(steps):
        problems.append(f"{len(steps) - len(rows)} steps never recorded")
    print(
        f"events: {len(rows)} rows for {len(steps)} planned steps; "
        f"worst prompt offset {worst:.2f} plan s"
    )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=60)
    parser.add_argument("--scale", type=float, default=600.0)
    options = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desk:
        paths = make_data_dir(Path(tmp) / "data", 0)
        env = {"BEDTIME_COMPANION_BENCH_SCALE": str(options.scale)}
        app = start_app(desk, paths, env)
        steps = steps_from(app_now(app), options.nights)
        nights: list[list[Step]] = []
        for step in steps:  # a plan's steps are in order; a new night starts at its first kind
            if not nights or step.kind == steps[0].kind:
                nights.append([])
            nights[-1].append(step)
        print(f"{options.nights} nights at {options.scale:.0f}× ({len(steps)} steps)")
        print(f"{'night':>5} {'RSS MB':>8} {'× n1':>6} {'fds':>4} {'threads':>7} {'QTimers':>7}")
        first_rss = 0.0
        table: list[tuple[float, int, int, int]] = []
        for n, night_steps in enumerate(nights, 1):
            run_night(app, night_steps)
            time.sleep(0.3)
            rss, stats = app.rss_mb(), app.stats()
            first_rss = first_rss or rss
            table.append((rss, app.fds(), app.threads(), stats["qtimers"]))
            print(
                f"{n:5} {rss:8.1f} {rss / first_rss:6.3f} {table[-1][1]:4} "
                f"{table[-1][2]:7} {table[-1][3]:7}"
            )
        app.process.terminate()
        app.process.wait(10)
        problems = check_events(paths.data_dir / "journal.sqlite3", steps)
    worst = max(r for r, *_ in table) / first_rss
    grew = [
        name
        for i, name in ((1, "fds"), (2, "threads"), (3, "QTimers"))
        if table[-1][i] > table[0][i]
    ]
    print(f"RSS worst {worst:.3f}× night 1 (bar {RSS_BAR}×); growth in: {grew or 'none'}")
    for problem in problems[:20]:
        print("  " + problem)
    print(f"{len(problems)} step problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
