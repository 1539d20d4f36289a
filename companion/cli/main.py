"""Command line (DESIGN §4.1): which module runs each command (the parser: cli/parser.py).

Starting the tray app is the hot path (DESIGN §5: the icon within 1.3x of a bare tray app), so
this module imports only the standard library at the top; each command's module (cli/plan.py,
cli/log.py, …) is loaded only when that command is chosen, and GUI commands go to app/. A start
with no arguments at all skips the parser too: there is nothing for it to read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from companion import AUTOSTART_FLAG, WINDOW_ENV
from companion.cli.usage import (
    PROG,
    JournalProblemError,
    OutputError,
    UsageError,
    os_problem,
    parse_night,
)
from companion.core.words import translate

GUI_COMMANDS = ("stretch", "checkin", "journal")
__all__ = ["EXIT_BROKEN_PIPE", "GUI_COMMANDS", "build_parser", "main", "run"]


# The exit status of a command whose reader went away (`export | head -1`): what the shell
# reports for any tool killed by SIGPIPE (128 + 13), so `set -o pipefail` scripts see the
# output was cut short, while nothing is printed: the reader chose to stop, nothing failed.
EXIT_BROKEN_PIPE = 141


# What the parser makes of no arguments at all (tests/cli checks they stay the same).
PLAIN_START = {
    "command": None,
    "data_dir": None,
    "demo": False,
    "self_test": False,
    "autostart": False,
}


def main(argv: Sequence[str] | None = None) -> int:
    # Every entry point comes here (python -m, the installed script, the bundle's launcher).
    # A window the tray process opened in a process of its own (app/window_process.py): taken
    # out of the environment so nothing that process starts inherits it.
    if argv is None and (request := os.environ.pop(WINDOW_ENV, None)) is not None:
        from companion.app.window_process import run_window

        return run_window(request)
    try:
        words = sys.argv[1:] if argv is None else list(argv)
        if words in ([], [AUTOSTART_FLAG]):
            # The tray's start (a launcher's, or the login's), the hot path: the parser (every
            # command's help text, translated) would hold up the icon to read nothing, and its
            # modules would stay loaded in the tray for weeks.
            return _dispatch(argparse.Namespace(**{**PLAIN_START, "autostart": bool(words)}))
        _speak_for_help(words)
        args = build_parser().parse_args(words)
        _check_flag_values(args)
        status = _dispatch(args)
        if sys.stdout is not None and args.command in _NON_GUI:
            _flush_stdout()
        return status
    except UsageError as exc:
        _say(_in_user_language(sys.argv[1:] if argv is None else list(argv), exc))
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
        _say(translate("Cli", "the journal could not be used: {cause}").format(cause=cause))
        return 1


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser (cli/parser.py), loaded only when there is a command line."""
    from companion.cli.parser import build_parser as build

    return build()


def _speak_for_help(argv: list[str]) -> None:
    """Help in the user's language: the parser's texts are built before any command runs, so
    only a request for help loads the language first (the tray's start never pays for it)."""
    if "-h" in argv or "--help" in argv:
        _speak(argv)


def _speak(argv: list[str]) -> None:
    """The user's language, from the settings in the --data-dir the command line names."""
    from companion.cli.usage import speak_user_language

    data_dir = next(
        (a.removeprefix("--data-dir=") for a in argv if a.startswith("--data-dir=")), None
    )
    if "--data-dir" in argv and argv.index("--data-dir") + 1 < len(argv):
        data_dir = argv[argv.index("--data-dir") + 1]
    speak_user_language(argparse.Namespace(data_dir=data_dir))


def _in_user_language(argv: list[str], exc: UsageError) -> str:
    """The parser's complaint in the user's language: it ran before the language was loaded
    (the tray's start never waits for it), so on this rare path load it and ask again."""
    from companion.services.language import current_language

    before = current_language()
    _speak(argv)
    if current_language() == before == "en":
        return str(exc)
    try:
        _check_flag_values(build_parser().parse_args(argv))
    except UsageError as again:
        return str(again)
    return str(exc)


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
        raise OutputError(
            translate("Cli", "cannot write the output: {cause}").format(cause=os_problem(exc))
        ) from None


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
                raise UsageError(
                    translate("Cli", "{flag}: is not valid UTF-8 text").format(flag=flag)
                )
    if args.data_dir is not None and not args.data_dir.strip():
        raise UsageError(translate("Cli", "--data-dir: is empty; give a folder"))


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
        from companion.cli.usage import speak_user_language

        speak_user_language(args)  # its report is for a person, in their language
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
