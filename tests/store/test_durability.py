"""Not one acknowledged entry may be lost: a writer killed with SIGKILL at random moments."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from companion.store.paths import Paths

# The child opens the journal the way the app does and writes nights forever, printing each
# night only after save_night returned (i.e. after COMMIT with synchronous=FULL).
CHILD = textwrap.dedent(
    """
    import sys
    from datetime import date, datetime, timedelta, timezone
    from companion.core.journal import Night
    from companion.store.journal_store import open_journal
    from companion.store.paths import resolve_paths

    first = int(sys.argv[2])
    now = datetime(2024, 3, 5, 7, 30, tzinfo=timezone.utc)
    store = open_journal(resolve_paths(sys.argv[1]), now)
    print("open", flush=True)
    i = first
    while True:
        night = date(2000, 1, 1) + timedelta(days=i)
        store.save_night(
            Night(night, quality=1 + i % 5, note="n" * (i % 700)),
            {"caffeine_after_noon": str(i % 7), "tag:durable": "yes"},
        )
        print(night.isoformat(), flush=True)
        i += 1
    """
)

KILLS = 20


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_every_reported_write_survives_sigkill(paths: Paths, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    rng = random.Random(20240305)
    reported: list[str] = []
    next_index = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(paths.data_dir), str(next_index)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"open\n"  # kill while writing, not while importing
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
        # Only whole lines count: a line cut by the kill was never reported.
        lines = out.decode().split("\n")[:-1]
        reported.extend(lines)
        next_index += len(lines) + 1  # skip the night that may or may not have committed
    assert len(reported) > KILLS  # the test really wrote something each round on average

    db = sqlite3.connect(paths.journal_file)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT night FROM nights")}
        missing = [night for night in reported if night not in stored]
        assert missing == []
        factor_nights = {
            row[0]
            for row in db.execute("SELECT night FROM factor_values WHERE key = 'tag:durable'")
        }
        assert set(reported) <= factor_nights  # night and factors were one transaction
    finally:
        db.close()
