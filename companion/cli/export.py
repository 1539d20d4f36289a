"""`export`: the whole journal as CSV or JSON, to stdout or to a private file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from companion.cli.usage import PROG, open_user_journal, output_failure, print_out
from companion.core.words import translate
from companion.store.formats import export_text, export_to_file


def run(args: argparse.Namespace) -> int:
    with open_user_journal(args) as store:
        if args.output:
            try:
                export_to_file(store, args.format, Path(args.output))
            except OSError as exc:
                raise output_failure("--output", args.output, exc) from None
        else:
            print_out(export_text(store, args.format), end="")
        unreadable = store.unreadable_values()
    # The rest is exported; each value that could not be read is named once, as a warning.
    for value in unreadable:
        warning = translate("Cli", "warning: {problem}").format(problem=value.message())
        print(f"{PROG}: {warning}", file=sys.stderr)
    return 0
