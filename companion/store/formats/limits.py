"""What an imported file or a command-line value may be at most: size, digits, dates, depth.

The one place these bounds live, so every reader (our CSV and JSON, Sleep as Android) and the
`log` / `plan` flags refuse the same hostile input with one line instead of a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from companion.core.journal import (
    JournalValueError,
    Measure,
    night_field_from_text,
    parse_time,
    parse_value,
)
from companion.core.words import translate
from companion.store.night_keys import FIRST_YEAR, LAST_YEAR

T = TypeVar("T")

# Ten years of nights with actigraphy is a few MB; anything far larger is not an export.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Journal values are small: a count, a minute figure, an ISO time (about 25 characters).
MAX_VALUE_CHARS = 40


class FileTooOddError(ValueError):
    """A path that cannot be imported for what it is (not a regular file, too large)."""


def date_problem(day: date) -> str | None:
    """Why a night or date is outside what the app can show, or None."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return translate("Import", "{day} is outside the years {first}–{last}").format(
        day=day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR
    )


def time_problem(moment: datetime) -> str | None:
    """Why a stored date and time is outside what the app can show, or None."""
    return date_problem(moment.date())


def read_regular_file(path: Path) -> bytes:
    """The bytes of `path`, refusing a folder, device or pipe before it is opened (a FIFO
    would block forever) and anything over MAX_FILE_BYTES. OSError as the system said it."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise FileTooOddError(translate("Import", "is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise FileTooOddError(
            translate("Import", "is not a regular file (a device, pipe or socket)")
        )
    if info.st_size > MAX_FILE_BYTES:
        raise FileTooOddError(
            translate("Import", "is larger than {size} MB").format(
                size=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    # O_NONBLOCK: should the path be swapped for a pipe after the check, open still returns.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise FileTooOddError(
                translate("Import", "is not a regular file (a device, pipe or socket)")
            )
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise FileTooOddError(
            translate("Import", "is larger than {size} MB").format(
                size=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    return data


def checked_value(m: Measure, text: str) -> str:
    """`journal.parse_value` with the bounds first: a 5,000-digit count or a time in the year
    9999 is refused as a value (JournalValueError naming the measure), never by int() or
    date arithmetic failing later."""
    return _bounded(m, text, parse_value)


def checked_field(m: Measure, text: str) -> object:
    """`journal.night_field_from_text` with the same bounds as `checked_value`."""
    return _bounded(m, text, night_field_from_text)


def checked_time(text: str, field: str) -> datetime:
    """`journal.parse_time` within the years the app can show."""
    value = parse_time(text, field)
    problem = time_problem(value)
    if problem:
        raise JournalValueError(field, problem)
    return value


def _bounded(m: Measure, text: str, parse: Callable[[Measure, str], T]) -> T:
    if m.kind != "text" and len(text.strip()) > MAX_VALUE_CHARS:
        raise JournalValueError(
            m.key,
            translate("Import", "{value} is too long to be a value").format(value=shorten(text)),
        )
    try:
        value = parse(m, text)
    except JournalValueError:
        raise
    except (OverflowError, ValueError):
        raise JournalValueError(
            m.key,
            translate("Import", "{value} is not a value it can hold").format(value=shorten(text)),
        ) from None
    if m.kind == "time" and text.strip():
        checked_time(text, m.key)
    return value


def brief(value: object, keep: int = 40) -> str:
    """repr() of any value, cut short for a one-line message."""
    text = repr(value)
    return text if len(text) <= keep else f"{text[:keep]}…"


def shorten(text: str, keep: int = 24) -> str:
    """repr() of `text`, cut short so a hostile value cannot flood the one-line message."""
    if len(text) <= keep:
        return repr(text)
    length = len(text)  # a plain name: lupdate misses a plural whose count is an expression
    return translate("Import", "{start}… (%n characters)", None, length).format(
        start=repr(text[:keep])
    )
