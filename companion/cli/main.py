"""Command line (DESIGN §4.1): the parser, and which module runs each command.

Starting the tray app is the hot path (DESIGN §5: the icon within 1.3x of a bare tray app), so
this module imports only the standard library at the top; each command's module (cli/plan.py,
cli/log.py, …) is loaded only when that command is chosen, and GUI commands go to app/.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from companion import __version__
from companion.cli.usage import (
    PROG,
    JournalProblemError,
    OutputError,
    UsageError,
    os_problem,
    parse_night,
)

GUI_COMMANDS = ("stretch", "checkin", "journal")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad flag in one line (no usage dump) and exits 2.

    `fill` adds a command's options when that command is chosen: the `log` options come from
    the journal model, which every other start (the tray's above all) need not load.
    """

    def __init__(
        self, *args: Any, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self._fill = fill

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
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run a whole evening at 60x speed on a throw-away data dir, to see every reminder",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (resources, journal, plan, windows) and exit",
    )
    # Written into the start-at-login entry: wait longer for the tray, which may come up late.
    parser.add_argument("--autostart", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    plan = commands.add_parser("plan", help="print a night's plan: each step and its time")
    plan.add_argument("--date", metavar="YYYY-MM-DD", help="the night (default: tonight)")
    plan.add_argument("--bedtime", metavar="HH:MM", help="use this bedtime instead of the setting")
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    log = commands.add_parser(
        "log", help="create or update one night of the journal", fill=_add_log_options
    )
    log.add_argument("--night", metavar="YYYY-MM-DD", required=True, help="the night to log")
    export = commands.add_parser("export", help="write the whole journal (to stdout by default)")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--output", metavar="PATH", help="write to this file (private, 0600)")
    imp = commands.add_parser(
        "import", help="import our CSV/JSON export or a Sleep as Android export"
    )
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    report = commands.add_parser("report", help="a printable PDF summary for your clinician")
    report.add_argument("--output", metavar="FILE.pdf", required=True)
    report.add_argument("--days", type=_days, default=30, metavar="N", help="nights (default 30)")
    commands.add_parser(
        "episode",
        help="record restless legs in the night, now or --at HH:MM",
        fill=_add_episode_options,
    )
    commands.add_parser("med", help="medicine courses: add, list, stop", fill=_add_med_options)
    commands.add_parser("lab", help="iron test results: add, list", fill=_add_lab_options)
    commands.add_parser(
        "experiment",
        help="a randomised on/off test of one routine step: plan, status, report",
        fill=_add_experiment_options,
    )
    commands.add_parser("install-desktop", help="add the app to your application menu")
    commands.add_parser("uninstall-desktop", help="remove what install-desktop added")
    commands.add_parser("stretch", help="open the guided stretches now")
    checkin = commands.add_parser("checkin", help="open the morning check-in")
    checkin.add_argument("--night", metavar="YYYY-MM-DD", help="the night to log")
    commands.add_parser("journal", help="open the journal")
    return parser


# The exit status of a command whose reader went away (`export | head -1`): what the shell
# reports for any tool killed by SIGPIPE (128 + 13), so `set -o pipefail` scripts see the
# output was cut short, while nothing is printed: the reader chose to stop, nothing failed.
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        _check_flag_values(args)
        status = _dispatch(args)
        if sys.stdout is not None and args.command in _NON_GUI:
            _flush_stdout()
        return status
    except UsageError as exc:
        _say(str(exc))
        return 2
    except (JournalProblemError, OutputError) as exc:
        _say(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        if not _is_storage_failure(exc):
            raise
        # A locked, full or unwritable journal: one line, never a traceback.
        cause = os_problem(exc) if isinstance(exc, OSError) else str(exc)
        _say(f"the journal could not be used: {cause}")
        return 1


def _say(line: str) -> None:
    """One line on stderr (a closed stderr is nobody's to tell)."""
    if sys.stderr is not None:
        # Values the user typed may hold line breaks: the message stays one line.
        one = line.replace("\r", "\\r").replace("\n", "\\n")
        print(f"{PROG}: {one}", file=sys.stderr)


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write the output: {os_problem(exc)}") from None


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's own flush at exit does not complain again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


# Flags whose value names a file: any bytes the file system allows are fine there.
_PATH_FLAGS = frozenset({"data_dir", "path", "output"})


def _check_flag_values(args: argparse.Namespace) -> None:
    """Refuse flag text that is not UTF-8 (a stray byte in a shell's $'…') and an empty
    --data-dir (which would mean the current folder, silently)."""
    for dest, value in vars(args).items():
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            if not isinstance(text, str):
                continue
            flag = dest if dest == "path" else f"--{dest.replace('_', '-')}"
            if dest not in _PATH_FLAGS and not _is_utf8(text):
                raise UsageError(f"{flag}: is not valid UTF-8 text")
    if args.data_dir is not None and not args.data_dir.strip():
        raise UsageError("--data-dir: is empty; give a folder")


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_storage_failure(exc: Exception) -> bool:
    if isinstance(exc, OSError):
        return True
    # Loaded only if the store was used, so only then can it have raised.
    errors = sys.modules.get("companion.store.errors")
    return errors is not None and isinstance(exc, errors.StoreError)


def _dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from companion.app.self_test import run_self_test

        return run_self_test()
    if args.command == "checkin" and args.night:
        parse_night(args.night, "--night")  # bad input stops here, not in the running app
    handler = _NON_GUI.get(args.command or "")
    if handler is not None:
        from companion.cli.usage import speak_user_language

        speak_user_language(args)
        return handler(args)
    from companion.app.run import run_gui  # widgets only for the commands that show them

    return run_gui(
        data_dir=args.data_dir,
        command=args.command or "show",
        options=vars(args),
        demo=args.demo,
        autostart=args.autostart,
    )


def _days(text: str) -> int:
    if len(text) > 6 or not text.isascii() or not text.strip().isdigit():
        shown = text if len(text) <= 12 else f"{text[:12]}…"
        raise argparse.ArgumentTypeError(f"{shown!r} is not a whole number of nights")
    return int(text)


# Each command loads only its own module when chosen (`plan` never pays for the journal's), by
# a plain import that PyInstaller can see.


def _plan(args: argparse.Namespace) -> int:
    from companion.cli import plan

    return plan.run(args)


def _log(args: argparse.Namespace) -> int:
    from companion.cli import log

    return log.run(args)


def _export(args: argparse.Namespace) -> int:
    from companion.cli import export

    return export.run(args)


def _import(args: argparse.Namespace) -> int:
    from companion.cli import import_journal

    return import_journal.run(args)


def _report(args: argparse.Namespace) -> int:
    from companion.cli import report

    return report.run(args)


def _episode(args: argparse.Namespace) -> int:
    from companion.cli import episode

    return episode.run(args)


def _med(args: argparse.Namespace) -> int:
    from companion.cli import med

    return med.run(args)


def _lab(args: argparse.Namespace) -> int:
    from companion.cli import lab

    return lab.run(args)


def _experiment(args: argparse.Namespace) -> int:
    from companion.cli import experiment

    return experiment.run(args)


def _install_desktop(args: argparse.Namespace) -> int:
    from companion.cli import desktop

    return desktop.install(args)


def _uninstall_desktop(args: argparse.Namespace) -> int:
    from companion.cli import desktop

    return desktop.uninstall(args)


_NON_GUI: dict[str, Callable[[argparse.Namespace], int]] = {
    "plan": _plan,
    "log": _log,
    "export": _export,
    "import": _import,
    "report": _report,
    "episode": _episode,
    "med": _med,
    "lab": _lab,
    "experiment": _experiment,
    "install-desktop": _install_desktop,
    "uninstall-desktop": _uninstall_desktop,
}


def run() -> NoReturn:
    sys.exit(main())
