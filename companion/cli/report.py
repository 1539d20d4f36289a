"""`report`: the PDF summary of the last N nights for a clinician."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from companion.cli.usage import (
    OutputError,
    UsageError,
    load_user_settings,
    open_user_journal,
    output_failure,
    print_out,
    shown,
)
from companion.core.words import translate
from companion.integration.system_zone import effective_zone
from companion.journeys.report import ReportError, ReportNotWrittenError, write_report


def run(args: argparse.Namespace) -> int:
    settings = load_user_settings(args)
    today = datetime.now(effective_zone(settings)).date()
    with open_user_journal(args) as store:
        try:
            pages = write_report(store, Path(args.output), args.days, today)
        except ReportError as exc:
            raise UsageError(str(exc)) from None
        except ReportNotWrittenError as exc:
            raise OutputError(str(exc)) from None
        except OSError as exc:
            raise output_failure("--output", args.output, exc) from None
    # Two sentences, each with its own count, so each takes the plural form of the language.
    # The counts are plain names: lupdate misses a plural whose count is an expression.
    nights: int = args.days
    wrote = translate("Cli", "Wrote {file} (%n pages).", None, pages)
    covers = translate("Cli", "It covers the last %n nights.", None, nights)
    print_out(f"{wrote.format(file=shown(args.output, 200)[1:-1])} {covers}")
    return 0
