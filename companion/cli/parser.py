"""The command line's parser: every command, flag and help text (DESIGN §4.1).

Only the standard library at the top, like cli/main.py: the tray's start pays for no command's
module; each command's options are filled in only when that command is chosen.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn

from companion import __version__
from companion.cli import argparse_words
from companion.cli.usage import PROG, UsageError
from companion.core.words import translate

argparse_words.install()


class _Formatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:") in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ", "the start of a command's help; keep the space")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad flag in one line (no usage dump) and exits 2.

    `fill` adds a command's options when that command is chosen: the `log` options come from
    the journal model, which every other start (the tray's above all) need not load.
    """

    def __init__(
        self, *args: Any, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kw: Any
    ) -> None:
        kw.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kw)
        self._fill = fill
        # argparse's own headings and -h help are English (gettext): ours are translated.
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("Cli", "show this help and exit")

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._fill is not None:
            fill, self._fill = self._fill, None
            fill(self)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _add_log_options(log: argparse.ArgumentParser) -> None:
    from companion.cli.log import add_log_options  # the journal's measures, for `log` only

    add_log_options(log)


def _add_episode_options(parser: argparse.ArgumentParser) -> None:
    from companion.cli.episode import add_options

    add_options(parser)


def _add_med_options(parser: argparse.ArgumentParser) -> None:
    from companion.cli.med import add_options

    add_options(parser, _Parser)


def _add_lab_options(parser: argparse.ArgumentParser) -> None:
    from companion.cli.lab import add_options

    add_options(parser, _Parser)


def _add_experiment_options(parser: argparse.ArgumentParser) -> None:
    from companion.cli.experiment import add_options

    add_options(parser, _Parser)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli", "A gentle tray companion for an evening routine against restless legs."
        ),
        epilog=translate(
            "Cli", "With no command, starts the tray app (or shows the one already running)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli",
            "keep all settings, the journal and backups in DIR "
            "(also: environment variable BEDTIME_COMPANION_HOME)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "Cli",
            "run a whole evening at 60x speed on a throw-away data dir, to see every reminder",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli", "check this installation offscreen (resources, journal, plan, windows) and exit"
        ),
    )
    # Written into the start-at-login entry: wait longer for the tray, which may come up late.
    parser.add_argument("--autostart", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    plan = commands.add_parser(
        "plan", help=translate("Cli", "print a night's plan: each step and its time")
    )
    plan.add_argument(
        "--date", metavar="YYYY-MM-DD", help=translate("Cli", "the night (default: tonight)")
    )
    plan.add_argument(
        "--bedtime",
        metavar="HH:MM",
        help=translate("Cli", "use this bedtime instead of the setting"),
    )
    plan.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    log = commands.add_parser(
        "log",
        help=translate("Cli", "create or update one night of the journal"),
        fill=_add_log_options,
    )
    log.add_argument(
        "--night", metavar="YYYY-MM-DD", required=True, help=translate("Cli", "the night to log")
    )
    export = commands.add_parser(
        "export", help=translate("Cli", "write the whole journal (to stdout by default)")
    )
    export.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        help=translate("Cli", "csv (the default) or json"),
    )
    export.add_argument(
        "--output", metavar="PATH", help=translate("Cli", "write to this file (private, 0600)")
    )
    imp = commands.add_parser(
        "import", help=translate("Cli", "import our CSV/JSON export or a Sleep as Android export")
    )
    imp.add_argument("path", metavar="PATH")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "say what would change; write nothing"),
    )
    report = commands.add_parser(
        "report", help=translate("Cli", "a printable PDF summary for your clinician")
    )
    report.add_argument("--output", metavar="FILE.pdf", required=True)
    report.add_argument(
        "--days", type=_days, default=30, metavar="N", help=translate("Cli", "nights (default 30)")
    )
    commands.add_parser(
        "episode",
        help=translate("Cli", "record restless legs in the night, now or --at HH:MM"),
        fill=_add_episode_options,
    )
    commands.add_parser(
        "med", help=translate("Cli", "medicine courses: add, list, stop"), fill=_add_med_options
    )
    commands.add_parser(
        "lab", help=translate("Cli", "iron test results: add, list"), fill=_add_lab_options
    )
    commands.add_parser(
        "experiment",
        help=translate("Cli", "a randomised on/off test of one routine step: plan, status, report"),
        fill=_add_experiment_options,
    )
    commands.add_parser(
        "install-desktop", help=translate("Cli", "add the app to your application menu")
    )
    commands.add_parser(
        "uninstall-desktop", help=translate("Cli", "remove what install-desktop added")
    )
    commands.add_parser("stretch", help=translate("Cli", "open the guided stretches now"))
    checkin = commands.add_parser("checkin", help=translate("Cli", "open the morning check-in"))
    checkin.add_argument("--night", metavar="YYYY-MM-DD", help=translate("Cli", "the night to log"))
    commands.add_parser("journal", help=translate("Cli", "open the journal"))
    return parser


def _days(text: str) -> int:
    if len(text) > 6 or not text.isascii() or not text.strip().isdigit():
        shown = text if len(text) <= 12 else f"{text[:12]}…"
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number of nights").format(value=repr(shown))
        )
    return int(text)
