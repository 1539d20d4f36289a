"""Flag values the record commands share (`med`, `lab`, `episode`, `experiment`): numbers,
clock times and dates, each refused in one line naming its flag (exit 2)."""

from __future__ import annotations

import math
from datetime import date, time

from companion.cli.usage import UsageError, parse_night, shown
from companion.core.journal import JournalValueError, parse_clock
from companion.core.words import translate

MAX_DIGITS = 12


def number(text: str, flag: str) -> float:
    """A plain decimal number ('0.25', '300'), or UsageError naming the flag."""
    raw = text.strip()
    try:
        if len(raw) > MAX_DIGITS or not raw.isascii():
            raise ValueError(raw)
        value = float(raw)
    except ValueError:
        raise _not_a_number(text, flag) from None
    if not math.isfinite(value):
        raise _not_a_number(text, flag)
    return value


def _not_a_number(text: str, flag: str) -> UsageError:
    return UsageError(
        translate("Cli", "{flag}: {value} is not a number like 0.25").format(
            flag=flag, value=shown(text)
        )
    )


def whole(text: str, flag: str) -> int:
    raw = text.strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_DIGITS:
        raise UsageError(
            translate("Cli", "{flag}: {value} is not a whole number").format(
                flag=flag, value=shown(text)
            )
        )
    return int(raw)


def clock(text: str, flag: str) -> time:
    try:
        return parse_clock(text, flag)
    except JournalValueError:
        raise UsageError(
            translate("Cli", "{flag}: {value} is not a clock time like 21:30").format(
                flag=flag, value=shown(text)
            )
        ) from None


def day(text: str, flag: str) -> date:
    return parse_night(text, flag)


def refused(command: str, exc: JournalValueError, flags: dict[str, str]) -> UsageError:
    """A record the journal refused, as one line naming the flag it came from."""
    flag = flags.get(exc.field, f"--{exc.field.replace('_', '-')}")
    return UsageError(f"{command}: {flag}: {exc.message}")
