"""`report`: the PDF summary of the last N nights for a clinician."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from companion.cli.usage import UsageError, load_user_settings, open_user_journal
from companion.integration.system_zone import effective_zone
from companion.journeys.report import ReportError, write_report


def run(args: argparse.Namespace) -> int:

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
