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
    print_out(
        f"Wrote {shown(args.output, 200)[1:-1]} "
        f"({pages} page{'s' if pages != 1 else ''}, last {args.days} nights)."
    )
    return 0
