"""Flag values the record commands share (`med`, `lab`, `episode`, `experiment`): numbers,
clock times and dates, each refused in one line naming its flag (exit 2)."""

from __future__ import annotations

import math
from datetime import date, time

from companion.cli.usage import UsageError, parse_night, shown
from companion.core.journal import JournalValueError, parse_clock

MAX_DIGITS = 12


def number(text: str, flag: str) -> float:
    """A plain decimal number ('0.25', '300'), or UsageError naming the flag."""
    raw = text.strip()
    try:
        if len(raw) > MAX_DIGITS or not raw.isascii():
            raise ValueError(raw)
        value = float(raw)
    except ValueError:
        raise UsageError(f"{flag}: {shown(text)} is not a number like 0.25") from None
    if not math.isfinite(value):
        raise UsageError(f"{flag}: {shown(text)} is not a number like 0.25")
    return value


def whole(text: str, flag: str) -> int:
    raw = text.strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_DIGITS:
        raise UsageError(f"{flag}: {shown(text)} is not a whole number")
    return int(raw)


def clock(text: str, flag: str) -> time:
    try:
        return parse_clock(text, flag)
    except JournalValueError:
        raise UsageError(f"{flag}: {shown(text)} is not a clock time like 21:30") from None


def day(text: str, flag: str) -> date:
    return parse_night(text, flag)


def refused(command: str, exc: JournalValueError, flags: dict[str, str]) -> UsageError:
    """A record the journal refused, as one line naming the flag it came from."""
    flag = flags.get(exc.field, f"--{exc.field.replace('_', '-')}")
    return UsageError(f"{command}: {flag}: {exc.message}")
