"""What every command shares: the one-line bad-input error, the night flag, and the user's
settings and journal opened for a command (a problem with either told in one line)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

from companion.core.words import translate

if TYPE_CHECKING:
    from companion.core.settings import Settings
    from companion.store.journal_store import JournalStore

PROG = "bedtime-companion"


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one line."""


class JournalProblemError(Exception):
    """The journal file could not be used as it is: exit 1 with this message."""


class OutputError(Exception):
    """Standard output cannot be written (closed, or the disk is full): exit 1, this line."""


def shown(text: str, keep: int = 40) -> str:
    """A user's value for a one-line message: repr'd, cut short, undecodable bytes escaped."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return repr(text) if len(text) <= keep else f"{text[:keep]!r}… ({len(text)} characters)"


def parse_night(text: str, flag: str) -> date:
    """A YYYY-MM-DD flag value within the years the app can show, or UsageError naming the flag."""
    try:
        if len(text) != 10 or not text.isascii():
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            translate("Cli", "{flag}: {value} is not a date like 2026-03-07").format(
                flag=flag, value=shown(text)
            )
        ) from None
    # Loaded only when a date is given: the journal's bounds, the one place they are kept.
    from companion.store.night_keys import FIRST_YEAR, LAST_YEAR

    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(
            translate("Cli", "{flag}: {value} is outside the years {first}–{last}").format(
                flag=flag, value=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return day


def print_out(text: str, end: str = "\n") -> None:
    """Write a command's output (with a newline) to stdout, flushed so a full disk is found
    here; a reader that went away (`| head -1`) leaves as BrokenPipeError for main()."""
    out = sys.stdout
    if out is None:
        raise OutputError(translate("Cli", "standard output is closed; nothing was written"))
    try:
        out.write(text + end)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(
            translate("Cli", "cannot write the output: {cause}").format(cause=os_problem(exc))
        ) from None


def output_failure(flag: str, path: str, exc: OSError) -> Exception:
    """What a file the user named that cannot be written means: a path that cannot be (no such
    folder, a folder) is bad input (exit 2); a disk that is full or a folder the user may not
    write to is a system failure (exit 1); each one line naming the file and the cause."""
    import errno

    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG):
        return UsageError(
            translate("Cli", "{flag}: cannot write {file}: {cause}").format(
                flag=flag, file=shown(path, 200), cause=exc.strerror
            )
        )
    exc.filename = None
    return OutputError(
        translate("Cli", "{flag}: cannot write {file}: {cause}").format(
            flag=flag, file=shown(path, 200), cause=os_problem(exc)
        )
    )


def os_problem(exc: OSError) -> str:
    """The real cause of an OSError in plain words ("the disk is full", "permission denied")."""
    import errno

    words = {
        errno.ENOSPC: translate("Cli", "the disk is full"),
        errno.EDQUOT: translate("Cli", "the disk quota is used up"),
        errno.EACCES: translate("Cli", "permission denied"),
        errno.EPERM: translate("Cli", "permission denied"),
        errno.EROFS: translate("Cli", "the disk is read-only"),
        errno.EBADF: translate("Cli", "it is closed"),
    }
    cause = words.get(exc.errno or 0, exc.strerror or str(exc))
    if not exc.filename:
        return cause
    return translate("Cli", "{cause} ({file})", "a problem and the file it is about").format(
        cause=cause, file=exc.filename
    )


def speak_user_language(args: argparse.Namespace) -> None:
    """Command output in the user's language (DESIGN §4.8): the settings' choice, else the
    system's. The command itself reports a damaged settings file."""
    from companion.services.language import use_language
    from companion.store.paths import resolve_paths
    from companion.store.settings_language import settings_language

    use_language(settings_language(resolve_paths(args.data_dir).settings_file))


def load_user_settings(args: argparse.Namespace) -> Settings:
    """The settings the app follows. Not bad input to the command (DESIGN §4.1): each key that
    cannot be used is named on stderr, one line each, and takes its default; a file that cannot
    be read at all is moved aside and said so in one line."""
    from companion.store.paths import resolve_paths
    from companion.store.settings_file import load_settings

    paths = resolve_paths(args.data_dir)
    loaded = load_settings(paths.settings_file, now=datetime.now())
    for line in loaded.lines():
        print(f"{PROG}: {line}", file=sys.stderr)
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
