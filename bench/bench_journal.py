"""Ten years of nights: how long do opening, export (CSV, JSON) and import take?

    python -m bench.bench_journal [--nights 3650]

Builds a journal of `--nights` nights in a temp dir (every field, ~8 factors, 5 routine events
each), then times: open, CSV export, JSON export, CSV import and JSON import into an empty
journal, and a re-import (the no-op path). Goal (DESIGN §5): open < 0.5 s, each other < 1 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from companion.core.events import RoutineEvent
from companion.core.journal import Night
from companion.store.formats import export_text, import_file
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import resolve_paths

NOW = datetime(2034, 1, 1, 8, 0, tzinfo=UTC)
GOALS = {"open": 0.5}
GOAL = 1.0


def generate(store: JournalStore, count: int, rng: random.Random) -> None:
    tz = timezone(timedelta(hours=1))
    first = date(2024, 1, 1)
    with store.transaction():
        for tag in ("late dinner", "travel", "sauna"):
            store.add_tag(tag)
        for i in range(count):
            day = first + timedelta(days=i)
            bed = datetime.combine(day, datetime.min.time(), tz) + timedelta(
                hours=22, minutes=rng.randrange(0, 90)
            )
            awakenings = rng.randrange(0, 4)
            night = Night(
                day,
                into_bed_at=bed,
                lights_out_at=bed + timedelta(minutes=15),
                sleep_onset_min=rng.randrange(5, 60),
                awakenings=awakenings,
                waso_min=awakenings * 10,
                final_wake_at=bed + timedelta(hours=8),
                out_of_bed_at=bed + timedelta(hours=8, minutes=15),
                quality=rng.randrange(1, 6),
                rested=rng.randrange(1, 6),
                rls_intensity=rng.randrange(0, 11),
                symptom_onset=rng.choice(["none", "bedtime", "evening"]),
                legs_woke_me=rng.randrange(0, awakenings + 1),
                note=rng.choice(["", "calves restless", 'said "enough", slept\nlater']),
            )
            factors = {
                "magnesium": "yes",
                "magnesium_dose_mg": "300",
                "magnesium_time": (bed - timedelta(minutes=90)).isoformat(),
                "stretch_holds_done": str(rng.randrange(0, 11)),
                "stretch_holds_planned": "10",
                "lights_dimmed": rng.choice(["yes", "no"]),
                "caffeine_after_noon": str(rng.randrange(0, 3)),
                "stress": str(rng.randrange(1, 6)),
            }
            if rng.random() < 0.2:
                factors["tag:late dinner"] = "yes"
            store.save_night(night, factors, source="routine")
            for step, before in (("magnesium", 90), ("stretch", 45), ("lights", 30)):
                planned = bed - timedelta(minutes=before)
                store.record_event(
                    RoutineEvent(
                        day, step, planned, planned, "done", planned + timedelta(minutes=2)
                    )
                )
            store.record_event(RoutineEvent(day, "bedtime", bed, bed, "done", bed))
            store.record_event(RoutineEvent(day, "checkin", bed, None, "missed", None))


def timed(label: str, action: Callable[[], object], rows: list[tuple[str, float]]) -> None:
    start = time.perf_counter()
    action()
    rows.append((label, time.perf_counter() - start))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=3650)
    args = parser.parse_args(argv)
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with open_journal(resolve_paths(root / "big"), NOW) as store:
            timed("generate", lambda: generate(store, args.nights, random.Random(1)), rows)
        opened: list[JournalStore] = []
        timed("open", lambda: opened.append(open_journal(resolve_paths(root / "big"), NOW)), rows)
        store = opened[0]
        texts: dict[str, str] = {}
        for fmt in ("csv", "json"):
            timed(f"export {fmt}", lambda f=fmt: texts.__setitem__(f, export_text(store, f)), rows)  # type: ignore[misc]
            (root / f"export.{fmt}").write_text(texts[fmt], encoding="utf-8", newline="")
        store.close()
        for fmt in ("csv", "json"):
            with open_journal(resolve_paths(root / f"empty-{fmt}"), NOW) as target:
                path = root / f"export.{fmt}"
                timed(f"import {fmt}", lambda t=target, p=path: import_file(t, p), rows)  # type: ignore[misc]
                timed(f"re-import {fmt}", lambda t=target, p=path: import_file(t, p), rows)  # type: ignore[misc]
                assert export_text(target, fmt) == texts[fmt], f"{fmt} round trip differs"  # type: ignore[arg-type]
    size = {fmt: len(text.encode()) / 1e6 for fmt, text in texts.items()}
    print(f"{args.nights} nights · CSV {size['csv']:.1f} MB · JSON {size['json']:.1f} MB")
    print(f"{'step':<14}{'seconds':>9}  goal")
    failed = False
    for label, seconds in rows:
        goal = None if label == "generate" else GOALS.get(label, GOAL)
        verdict = "" if goal is None else ("ok" if seconds < goal else "SLOW")
        failed |= verdict == "SLOW"
        print(f"{label:<14}{seconds:>9.3f}  {'' if goal is None else f'< {goal} s {verdict}'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
