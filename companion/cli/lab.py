"""`lab add|list`: iron test results (ferritin in µg/L = ng/mL, TSAT in %), as the lab gave them."""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli import record_args
from companion.cli.usage import open_user_journal, print_out
from companion.core.journal import JournalValueError
from companion.core.rls_records import LabResult, check_lab, format_dose
from companion.core.words import translate

_FLAGS = {"ferritin": "--ferritin", "tsat": "--tsat"}


def add_options(parser: argparse.ArgumentParser, parser_class: type) -> None:
    actions: Any = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    actions.required = True
    add = actions.add_parser("add", help=translate("Cli", "record an iron test result"))
    add.add_argument(
        "--date", required=True, metavar="YYYY-MM-DD", help=translate("Cli", "when it was taken")
    )
    add.add_argument("--ferritin", metavar="N", help=translate("Cli", "ferritin in µg/L (= ng/mL)"))
    add.add_argument("--tsat", metavar="N", help=translate("Cli", "transferrin saturation in %%"))
    actions.add_parser("list", help=translate("Cli", "every iron test recorded"))


def lab_line(r: LabResult) -> str:
    """'2024-01-10  ferritin 48 µg/L (ng/mL)  TSAT 17.5 %' — one result in words."""
    parts = [r.taken.isoformat()]
    if r.ferritin is not None:
        parts.append(
            translate("Cli", "ferritin {value} µg/L (ng/mL)").format(value=format_dose(r.ferritin))
        )
    if r.tsat is not None:
        parts.append(translate("Cli", "TSAT {value} %").format(value=format_dose(r.tsat)))
    return "  ".join(parts)


def run(args: argparse.Namespace) -> int:
    if args.action == "add":
        result = LabResult(
            taken=record_args.day(args.date, "--date"),
            ferritin=record_args.number(args.ferritin, "--ferritin") if args.ferritin else None,
            tsat=record_args.number(args.tsat, "--tsat") if args.tsat else None,
        )
        try:
            check_lab(result)  # refused before the journal is opened
            with open_user_journal(args) as store:
                store.add_lab(result)
        except JournalValueError as exc:
            raise record_args.refused("lab add", exc, _FLAGS) from None
        print_out(translate("Cli", "Recorded: {record}").format(record=lab_line(result)))
        return 0
    with open_user_journal(args) as store:
        results = store.labs()
    print_out(
        "\n".join(lab_line(r) for r in results) or translate("Cli", "No lab results recorded.")
    )
    return 0
