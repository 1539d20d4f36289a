"""`import`: our own CSV/JSON export or Sleep as Android's, all or nothing (with --dry-run)."""

from __future__ import annotations

import argparse
from pathlib import Path

from companion.cli.usage import UsageError, open_user_journal, print_out
from companion.store.formats import ImportFileError, import_file


def run(args: argparse.Namespace) -> int:
    with open_user_journal(args) as store:
        try:
            summary = import_file(store, Path(args.path), dry_run=args.dry_run)
        except ImportFileError as exc:
            raise UsageError(str(exc)) from None
    print_out("\n".join(summary.lines()))
    return 0
