"""Thousands of hostile import files: each is imported or refused in one line, never a traceback,
and a refused file leaves the journal exactly as it was."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from companion.cli.main import main
from companion.store.formats import export_text
from companion.store.journal_store import open_journal
from companion.store.paths import resolve_paths
from tests.fuzz.mutations import Seed, mutated_files, saa_seeds, zip_bomb
from tests.store.formats.export_samples import NOW, fill

SEED = 20_241_204
IN_PROCESS_FILES = 2_400
SUBPROCESS_FILES = 50
REPO = Path(__file__).resolve().parents[2]


def journal_dump(data_dir: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table, in a fixed order: what "unchanged" means."""
    db = sqlite3.connect(f"file:{resolve_paths(data_dir).journal_file}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return [(t, sorted(db.execute(f"SELECT * FROM {t}"), key=repr)) for t in tables]
    finally:
        db.close()


def our_seeds(tmp_path: Path) -> list[Seed]:
    """Our CSV and JSON exports of the format tests' sample journal."""
    with open_journal(resolve_paths(tmp_path / "sample"), NOW) as store:
        fill(store)
        return [Seed(fmt, export_text(store, fmt).encode()) for fmt in ("csv", "json")]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """The journal imported into: it already holds nights, so a partial write would show."""
    data_dir = tmp_path / "target"
    with open_journal(resolve_paths(data_dir), NOW) as store:
        fill(store)
    return data_dir


def _report(capsys: pytest.CaptureFixture[str], line: str) -> None:
    """The counts on the terminal (CI's log), past pytest's capture."""
    with capsys.disabled():
        print(line)


def test_mutated_files_are_imported_or_refused_in_one_line(
    tmp_path: Path,
    target: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    saa, real_samples = saa_seeds()
    seeds = our_seeds(tmp_path) + saa
    rng = random.Random(SEED)
    files = [*mutated_files(seeds, rng, IN_PROCESS_FILES), ("saa-zip:bomb", ".zip", zip_bomb())]
    outcomes: Counter[str] = Counter()
    refused_by: Counter[str] = Counter()
    refused_mutation: Counter[str] = Counter()
    before = journal_dump(target)
    started = time.perf_counter()
    for index, (kind, suffix, data) in enumerate(files):
        path = tmp_path / f"fuzz-{index}{suffix}"
        path.write_bytes(data)
        status = main(["--data-dir", str(target), "import", str(path)])
        err = capsys.readouterr().err
        where = f"file {index} ({kind}, seed {SEED})"
        assert status in (0, 2), f"{where}: exit {status}: {err}"
        assert "Traceback" not in err, f"{where}: {err}"
        after = journal_dump(target)
        if status == 2:
            assert err.count("\n") == 1 and err.startswith("bedtime-companion: "), (
                f"{where}: {err!r}"
            )
            assert str(path) in err, f"{where}: the message does not name the file: {err!r}"
            assert after == before, f"{where}: a refused file changed the journal"
            refused_by[kind.split(":")[0]] += 1
            refused_mutation[kind.split(":")[1].split("+")[0]] += 1
        before = after
        outcomes["accepted" if status == 0 else "refused"] += 1
        path.unlink()
    seconds = time.perf_counter() - started
    by_format = ", ".join(f"{k} {n}" for k, n in sorted(refused_by.items()))
    by_mutation = ", ".join(f"{k} {n}" for k, n in refused_mutation.most_common())
    samples = "the real samples" if real_samples else "SYNTHETIC (the samples are missing)"
    _report(
        capsys,
        f"\nimport fuzz: {len(files)} files in {seconds:.1f} s, {outcomes['accepted']} accepted, "
        f"{outcomes['refused']} refused ({by_format}); Sleep as Android seeds: {samples}"
        f"\nrefused by first mutation: {by_mutation}",
    )
    assert len(files) >= 2_000
    assert outcomes["accepted"] and outcomes["refused"]  # both paths were really exercised
    assert {"csv", "json", "saa-csv", "saa-zip"} <= set(refused_by)


def test_real_command_line_refuses_mutated_files_in_one_line(
    tmp_path: Path, target: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saa, _ = saa_seeds()
    rng = random.Random(SEED + 1)
    files = list(mutated_files(our_seeds(tmp_path) + saa, rng, SUBPROCESS_FILES))
    statuses: Counter[int] = Counter()
    before = journal_dump(target)
    for index, (kind, suffix, data) in enumerate(files):
        path = tmp_path / f"cli-{index}{suffix}"
        path.write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-m", "companion", "--data-dir", str(target), "import", str(path)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
            check=False,
        )
        where = f"file {index} ({kind})"
        assert done.returncode in (0, 2), f"{where}: exit {done.returncode}: {done.stderr}"
        assert "Traceback" not in done.stderr, f"{where}: {done.stderr}"
        after = journal_dump(target)
        if done.returncode == 2:
            assert done.stderr.count("\n") == 1, f"{where}: {done.stderr!r}"
            assert after == before, f"{where}: a refused file changed the journal"
        before = after
        statuses[done.returncode] += 1
    _report(capsys, f"\nimport fuzz, real command line: {dict(sorted(statuses.items()))}")
    assert statuses[2] > 0
