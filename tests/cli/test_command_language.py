"""Command output follows the user's language and clock (DESIGN §4.8)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest

from companion.cli.med import course_line
from companion.core import words
from companion.core.rls_records import MedicationCourse


@pytest.fixture
def twelve_hours() -> Iterator[None]:
    def clock(t: time) -> str:
        return f"{t.hour % 12 or 12}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"

    words.install(lambda ctx, text, hint, n: text, clock)
    yield
    words.reset()


def test_a_medicine_time_is_written_as_the_users_locale_writes_it(twelve_hours: None) -> None:
    course = MedicationCourse(
        name="pramipexole", dose=0.25, unit="mg", start=date(2023, 11, 1), end=None, at=time(21, 0)
    )
    assert course_line(course) == "pramipexole 0.25 mg at 9:00 PM, since 2023-11-01 (still taking)"


@pytest.mark.parametrize(
    ("lang", "argv", "wanted"),
    [
        ("de_DE.UTF-8", ["--bogus"], "bedtime-companion: unbekannte Argumente: --bogus"),
        ("fr_FR.UTF-8", ["--bogus"], "bedtime-companion: arguments non reconnus\u00a0: --bogus"),
        ("C.UTF-8", ["--bogus"], "bedtime-companion: unrecognized arguments: --bogus"),
    ],
)
def test_a_wrong_flag_is_named_in_the_users_language(
    tmp_path, lang: str, argv: list[str], wanted: str
) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env["LANG"] = lang
    command = [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), *argv]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == wanted
