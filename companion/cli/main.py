"""Command line (DESIGN §4.1). GUI commands import Qt widgets lazily; the rest never do.

Starting the tray app is the hot path (DESIGN §5: the icon within 1.3x of a bare tray app), so
this module imports only the standard library at the top; each command imports the parts of
the app it uses.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from companion import __version__

if TYPE_CHECKING:
    from companion.core.settings import Settings

PROG = "bedtime-companion"
GUI_COMMANDS = ("stretch", "checkin", "journal")


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one line."""


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


def add_log_options(log: argparse.ArgumentParser) -> None:
    for option, measure in journal_options().items():
        if option == "note":
            continue
        log.add_argument(f"--{option}", metavar=_metavar(measure.kind), help=measure.label)
    log.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    log.add_argument("--note", metavar="TEXT", help="a note for the night")


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
        "log", help="create or update one night of the journal", fill=add_log_options
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
    commands.add_parser("install-desktop", help="add the app to your application menu")
    commands.add_parser("uninstall-desktop", help="remove what install-desktop added")
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
    except JournalProblemError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not _is_storage_failure(exc):
            raise
        # A locked, full or unwritable journal: one line, never a traceback.
        print(f"{PROG}: the journal could not be used: {exc}", file=sys.stderr)
        return 1


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
        return handler(args)
    from companion.app.run import run_gui  # widgets only for the commands that show them

    return run_gui(
        data_dir=args.data_dir,
        command=args.command or "show",
        options=vars(args),
        demo=args.demo,
        autostart=args.autostart,
    )


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


def cmd_plan(args: argparse.Namespace) -> int:
    from companion.core.plan import (
        format_plan_table,
        plan_for_night,
        plan_to_json_dict,
        which_night,
    )
    from companion.core.settings import SettingsError, parse_clock
    from companion.integration.system_zone import effective_zone

    settings = load_user_settings(args)
    if args.bedtime is not None:
        try:
            bedtime = parse_clock(args.bedtime, "--bedtime")
        except SettingsError as exc:
            raise UsageError(str(exc)) from None
        settings = dataclasses.replace(settings, bedtime=bedtime, bedtime_by_weekday={})
    zone = effective_zone(settings)
    night = parse_night(args.date, "--date") if args.date else which_night(datetime.now(zone), zone)
    plan = plan_for_night(night, settings, zone)
    if args.json:
        print(json.dumps(plan_to_json_dict(plan)))
    else:
        print(format_plan_table(plan))
    return 0


def journal_options() -> dict[str, Any]:
    from companion.core.journal import OPTIONS

    return OPTIONS


def journal_measures() -> dict[str, Any]:
    from companion.core.journal import MEASURE_BY_KEY

    return MEASURE_BY_KEY


def _metavar(kind: str) -> str:
    return {"yes_no": "yes/no", "count": "N", "scale": "N", "minutes": "MIN"}.get(kind, "VALUE")


def open_user_journal(args: argparse.Namespace) -> Any:
    """The journal for a command; a damaged or newer file is reported and ends with exit 1."""
    from companion.store.journal_store import open_journal
    from companion.store.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    store = open_journal(paths, datetime.now().astimezone())
    if store.notice is not None:
        store.close()
        raise JournalProblemError(store.notice.message)
    return store


class JournalProblemError(Exception):
    """The journal file could not be used as it is: exit 1 with this message."""


def cmd_log(args: argparse.Namespace) -> int:
    from companion.cli.log import log_night
    from companion.core.journal import JournalValueError

    night = parse_night(args.night, "--night")
    changes = {
        option: getattr(args, option.replace("-", "_"))
        for option in journal_options()
        if getattr(args, option.replace("-", "_"), None) is not None
    }
    with open_user_journal(args) as store:
        try:
            lines = log_night(store, night, changes, tags=args.tag)
        except JournalValueError as exc:
            measure = journal_measures().get(exc.field)
            flag = f"--{measure.option}" if measure is not None and measure.option else exc.field
            raise UsageError(f"log: {flag}: {exc.message}") from None
    print("\n".join(lines))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from companion.store.formats import export_text, export_to_file

    with open_user_journal(args) as store:
        if args.output:
            try:
                export_to_file(store, args.format, Path(args.output))
            except OSError as exc:
                raise UsageError(f"--output: cannot write {args.output}: {exc.strerror}") from None
        else:
            sys.stdout.write(export_text(store, args.format))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from companion.store.formats import ImportFileError, import_file

    with open_user_journal(args) as store:
        try:
            summary = import_file(store, Path(args.path), dry_run=args.dry_run)
        except ImportFileError as exc:
            raise UsageError(str(exc)) from None
    print("\n".join(summary.lines()))
    return 0


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of nights") from None


def cmd_report(args: argparse.Namespace) -> int:
    from companion.integration.system_zone import effective_zone
    from companion.journeys.report import ReportError, write_report

    settings = load_user_settings(args)
    today = datetime.now(effective_zone(settings)).date()
    with open_user_journal(args) as store:
        try:
            pages = write_report(store, Path(args.output), args.days, today)
        except ReportError as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            raise UsageError(f"--output: cannot write {args.output}: {exc.strerror}") from None
    print(
        f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}, last {args.days} nights)."
    )
    return 0


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from companion.integration.desktop_entries import install_desktop

    try:
        for path in install_desktop():
            print(path)
    except OSError as exc:
        raise UsageError(f"install-desktop: {exc.strerror}: {exc.filename}") from None
    return 0


def cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from companion.integration.desktop_entries import uninstall_desktop

    for path in uninstall_desktop():
        print(path)
    return 0


_NON_GUI: dict[str, Callable[[argparse.Namespace], int]] = {
    "install-desktop": cmd_install_desktop,
    "uninstall-desktop": cmd_uninstall_desktop,
    "report": cmd_report,
    "plan": cmd_plan,
    "log": cmd_log,
    "export": cmd_export,
    "import": cmd_import,
}


def run() -> NoReturn:
    sys.exit(main())
