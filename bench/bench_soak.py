"""Weeks in minutes: the real app on a fast clock for N nights (DESIGN §5).

    python -m bench.bench_soak [--nights 60] [--scale 20]

The app runs with BEDTIME_COMPANION_BENCH_SCALE (plan seconds per real second). Each night every
step is prompted and answered Done (the stretch prompt opens a session, the morning prompt the
check-in; the bench waits for each window and closes it), the journal is opened and closed, and
the quiet plan time between steps is skipped by jumping the fast clock, as a suspend would (the
scheduler re-plans as after a resume). The fast clock starts well before the first step and the
first jump waits for the reminders to run, so no step is due during start-up.

Per prompt the app's bench hook stamps, in plan time, when its scheduler timer fired and when the
card was up; the bar is ±1 plan second from the step's time. From the step's time to the card
up takes 20–36 ms real on our machines (the timer's wake, the re-plan, the card built and
shown, the prompt written to the journal with an fsync); at 20× a plan second is 50 ms, so
the bar measures the scheduler, not the machine (at 30×, 33 ms, one card in a run of 300 could
pass +1 plan s on a slow fsync).
Per night: RSS, open file descriptors, threads, live QTimers and the worst prompt offset.
Bars: RSS within 1.05× of night 1; no growth in fds, threads or timers; no missed or doubled
step (the app's stamps and the journal's events table must agree).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.app_control import RunningApp, make_data_dir, start_app
from bench.bench_windows import WINDOWS
from bench.xdesktop import missing_tools, x_desktop
from companion.core.plan import Step, plan_for_night, which_night
from companion.core.settings import Settings
from companion.integration.system_zone import effective_zone

LEAD_S = 0.3  # real seconds left before a step when the clock jumps to it (a jump takes ms)
TICK_S = 0.02  # real seconds between looks while a prompt is expected
WAIT_S = 10.0  # real seconds a prompt may be late before the bench calls it missed
OFFSET_BAR_S = 1.0  # plan seconds
RSS_BAR = 1.05
TITLES = dict(WINDOWS)
OPENS = {"stretch": TITLES["stretch"], "morning_stretch": TITLES["stretch"]}
OPENS["checkin"] = TITLES["checkin"]


@dataclass(frozen=True)
class Prompt:
    """One prompt as the app stamped it (plan time)."""

    step: str
    due: datetime
    fired: datetime | None  # None: shown by a re-plan (answer, jump), not by the timer
    shown: datetime

    @property
    def fired_s(self) -> float | None:
        return None if self.fired is None else (self.fired - self.due).total_seconds()

    @property
    def shown_s(self) -> float:
        return (self.shown - self.due).total_seconds()


class Soak:
    """Drives one running app night by night and keeps every prompt it reported."""

    def __init__(self, app: RunningApp, scale: float, *, journal: bool = True) -> None:
        self.app = app
        self.scale = scale
        self.journal = journal  # off: tell the journal window's share of RSS from the rest
        self.prompts: list[Prompt] = []
        self.visible: list[str] = []
        self.now = datetime.min
        self.lead = timedelta(seconds=LEAD_S * scale)  # the same, in plan time

    def look(self) -> None:
        report = self.app.prompts()
        self.now = datetime.fromisoformat(report["now"])
        self.visible = report["visible_windows"]
        for p in report["prompts"]:
            fired = datetime.fromisoformat(p["fired"]) if p["fired"] else None
            due, shown = datetime.fromisoformat(p["due"]), datetime.fromisoformat(p["shown"])
            self.prompts.append(Prompt(p["step"], due, fired, shown))

    def wait_for_reminders(self) -> None:
        deadline = time.monotonic() + 30
        while not self.app.prompts()["reminders"]:
            if time.monotonic() > deadline:
                raise TimeoutError("the reminders never started")
            time.sleep(TICK_S)

    def until(self, done: Callable[[], bool], what: str) -> bool:
        deadline = time.monotonic() + WAIT_S
        while True:
            self.look()
            if done():
                return True
            if time.monotonic() > deadline:
                print(f"  (waited {WAIT_S:.0f} s for {what})")
                return False
            time.sleep(TICK_S)

    def step(self, step: Step) -> None:
        """Jump to just before the step, wait for its prompt, answer Done, close what it opens."""
        self.look()
        if step.at - self.now > 2 * self.lead:
            self.app.send("bench-jump", seconds=(step.at - self.lead - self.now).total_seconds())
            self.now = step.at - self.lead
        time.sleep(max(0.0, (step.at - self.now).total_seconds() / self.scale))

        def mine() -> bool:
            return any(p.step == step.kind and p.due == step.at for p in self.prompts)

        if not self.until(mine, f"{step.kind} at {step.at:%d %b %H:%M}"):
            return
        self.app.send("bench-answer", answer="done")
        if title := OPENS.get(step.kind):
            self.until(lambda: any(t.startswith(title) for t in self.visible), title)
        self.app.send("bench-close")

    def night(self, steps: list[Step]) -> list[Prompt]:
        first = len(self.prompts)
        for step in steps:
            self.step(step)
        if not self.journal:
            return self.prompts[first:]
        self.app.send("journal")
        title = TITLES["journal"]
        self.until(lambda: any(t.startswith(title) for t in self.visible), title)
        self.app.send("bench-close")
        return self.prompts[first:]


def nights_of(first_night: datetime, nights: int) -> list[list[Step]]:
    settings = Settings(onboarding_done=True)
    zone = effective_zone(settings)
    night0 = which_night(first_night.astimezone(zone), zone)
    return [list(plan_for_night(night0 + timedelta(days=n), settings, zone).steps)
            for n in range(nights)]  # fmt: skip


def prompt_problems(prompts: list[Prompt], steps: list[Step]) -> list[str]:
    problems: list[str] = []
    seen = Counter((p.step, p.due) for p in prompts)
    for step in steps:
        count = seen.get((step.kind, step.at), 0)
        if count != 1:
            word = "missed" if count == 0 else f"doubled ({count}×)"
            problems.append(f"{step.at:%d %b %H:%M} {step.kind}: {word}")
    for p in prompts:
        if abs(p.shown_s) > OFFSET_BAR_S:
            problems.append(f"{p.due:%d %b %H:%M} {p.step}: shown {p.shown_s:+.2f} plan s")
    return problems


def journal_problems(journal: Path, steps: list[Step]) -> list[str]:
    """The journal's own record: one row per step, answered done, shown within the bar."""
    problems: list[str] = []
    with sqlite3.connect(journal) as db:
        rows = db.execute("SELECT step, planned_at, shown_at, answer FROM events").fetchall()
    per_step: defaultdict[tuple[str, datetime], int] = defaultdict(int)
    for step, planned, shown, answer in rows:
        due = datetime.fromisoformat(planned)
        per_step[(step, due)] += 1
        late = (datetime.fromisoformat(shown) - due).total_seconds() if shown else None
        if answer != "done" or late is None or abs(late) > OFFSET_BAR_S:
            problems.append(f"journal {due:%d %b %H:%M} {step}: {answer}, shown {late} s")
    for step in steps:
        if per_step.get((step.kind, step.at), 0) != 1:
            count = per_step.get((step.kind, step.at), 0)
            problems.append(f"journal {step.at:%d %b %H:%M} {step.kind}: {count} rows")
    print(f"journal: {len(rows)} event rows for {len(steps)} planned steps")
    return problems


def worst(values: list[float]) -> float:
    return max(values, key=abs) if values else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=60)
    parser.add_argument("--scale", type=float, default=20.0, help="plan seconds per real second")
    parser.add_argument("--no-journal", action="store_true", help="leave the journal shut")
    options = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (see .ci/run)", file=sys.stderr)
        return 2
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desk:
        paths = make_data_dir(Path(tmp) / "data", 0)
        env = {"BEDTIME_COMPANION_BENCH_SCALE": str(options.scale)}
        app = start_app(desk, paths, env)
        soak = Soak(app, options.scale, journal=not options.no_journal)
        soak.wait_for_reminders()
        soak.look()
        nights = nights_of(soak.now, options.nights)
        steps = [step for night in nights for step in night]
        print(f"{options.nights} nights at {options.scale:g}× ({len(steps)} steps); "
              f"1 plan s = {1000 / options.scale:.1f} ms real")  # fmt: skip
        print(f"{'night':>5} {'RSS MB':>7} {'× n1':>6} {'fds':>4} {'threads':>7} {'QTimers':>7} "
              f"{'fired s':>8} {'shown s':>8}")  # fmt: skip
        table: list[tuple[float, int, int, int]] = []
        for n, night_steps in enumerate(nights, 1):
            prompts = soak.night(night_steps)
            rss, timers = app.rss_mb(), app.stats()["qtimers"]
            table.append((rss, app.fds(), app.threads(), timers))
            fired = worst([p.fired_s for p in prompts if p.fired_s is not None])
            shown = worst([p.shown_s for p in prompts])
            print(f"{n:5} {rss:7.1f} {rss / table[0][0]:6.3f} {table[-1][1]:4} "
                  f"{table[-1][2]:7} {timers:7} {fired:+8.3f} {shown:+8.3f}")  # fmt: skip
        soak.look()
        app.process.terminate()
        app.process.wait(10)
        problems = prompt_problems(soak.prompts, steps)
        problems += journal_problems(paths.data_dir / "journal.sqlite3", steps)
    return summary(soak.prompts, steps, table, problems, time.monotonic() - began)


def summary(
    prompts: list[Prompt],
    steps: list[Step],
    table: list[tuple[float, int, int, int]],
    problems: list[str],
    took_s: float,
) -> int:
    seen = Counter((p.step, p.due) for p in prompts)
    missed = sum(1 for s in steps if (s.kind, s.at) not in seen)
    doubled = sum(1 for n in seen.values() if n > 1)
    by_timer = [p.fired_s for p in prompts if p.fired_s is not None]
    rss_worst = max(r for r, *_ in table) / table[0][0]
    growth = {name: table[-1][i] - table[0][i]
              for i, name in ((1, "fds"), (2, "threads"), (3, "QTimers"))}  # fmt: skip
    print(f"steps: {len(steps)} planned, {len(prompts)} prompted, {missed} missed, "
          f"{doubled} doubled; {len(by_timer)} fired by the scheduler's timer")  # fmt: skip
    shown = worst([p.shown_s for p in prompts])
    print(f"worst offset from the step's time: timer fired {worst(by_timer):+.3f} plan s, "
          f"card up {shown:+.3f} plan s (bar ±{OFFSET_BAR_S:g})")  # fmt: skip
    print(f"RSS worst {rss_worst:.3f}× night 1 (bar {RSS_BAR}×); night {len(table)} "
          f"{table[-1][0] / table[0][0]:.3f}×")  # fmt: skip
    print("growth night 1 → last: " + ", ".join(f"{k} {v:+d}" for k, v in growth.items()))
    for problem in problems[:20]:
        print("  " + problem)
    print(f"{len(problems)} problems; took {took_s:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
