"""What every command shares: the one-line bad-input error, the night flag, and the user's
settings and journal opened for a command (a problem with either told in one line)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.core.settings import Settings
    from companion.store.journal_store import JournalStore

PROG = "bedtime-companion"


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one line."""


class JournalProblemError(Exception):
    """The journal file could not be used as it is: exit 1 with this message."""


def parse_night(text: str, flag: str) -> date:
    """A YYYY-MM-DD flag value, or UsageError naming the flag."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag}: {text!r} is not a date like 2026-03-07") from None


def load_user_settings(args: argparse.Namespace) -> Settings:
    """The saved settings; a damaged file is reported on stderr (and moved aside) first."""
    from companion.store.paths import resolve_paths
    from companion.store.settings_file import load_settings

    paths = resolve_paths(args.data_dir)
    loaded = load_settings(paths.settings_file, now=datetime.now())
    if loaded.problem:
        print(f"{PROG}: {loaded.problem}", file=sys.stderr)
    return loaded.settings


def open_user_journal(args: argparse.Namespace) -> JournalStore:
    """The journal for a command; a damaged or newer file is reported and ends with exit 1."""
    from companion.store.journal_store import open_journal
    from companion.store.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    store = open_journal(paths, datetime.now().astimezone())
    if store.notice is not None:
        store.close()
        raise JournalProblemError(store.notice.message)
    return store
