"""Command line (DESIGN §4.1). GUI commands import Qt widgets lazily; the rest never do."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from companion import __version__

PROG = "bedtime-companion"
GUI_COMMANDS = ("stretch", "checkin", "journal")


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one line."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad flag in one line (no usage dump) and exits 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A gentle tray companion for an evening routine against restless legs.",
        epilog="With no command, starts the tray app (or shows the one already running).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all settings, the journal and backups in DIR "
        "(also: environment variable BEDTIME_COMPANION_HOME)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("stretch", help="open the guided stretches now")
    checkin = commands.add_parser("checkin", help="open the morning check-in")
    checkin.add_argument("--night", metavar="YYYY-MM-DD", help="the night to log")
    commands.add_parser("journal", help="open the journal")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    handler = _NON_GUI.get(args.command or "")
    if handler is not None:
        return handler(args)
    from companion.app import run_gui  # widgets only for the commands that show them

    return run_gui(data_dir=args.data_dir, command=args.command or "show", options=vars(args))


_NON_GUI: dict[str, Callable[[argparse.Namespace], int]] = {}


def run() -> NoReturn:
    sys.exit(main())
