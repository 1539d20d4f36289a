"""`export`: the whole journal as CSV or JSON, to stdout or to a private file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from companion.cli.usage import UsageError, open_user_journal
from companion.store.formats import export_text, export_to_file


def run(args: argparse.Namespace) -> int:
    with open_user_journal(args) as store:
        if args.output:
            try:
                export_to_file(store, args.format, Path(args.output))
            except OSError as exc:
                raise UsageError(f"--output: cannot write {args.output}: {exc.strerror}") from None
        else:
            sys.stdout.write(export_text(store, args.format))
    return 0
