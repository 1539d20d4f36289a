"""`experiment plan|status|report`: a randomised on/off test of one routine step (DESIGN §4.7)."""

from __future__ import annotations

import argparse
import json
import secrets
from datetime import date, datetime
from typing import Any

from companion.cli import record_args
from companion.cli.usage import UsageError, open_user_journal, print_out
from companion.core.journal import JournalValueError
from companion.core.n_of_1 import (
    LABEL,
    ExperimentPlan,
    is_routine_on,
    pair_report,
    plan_experiment,
    report_lines,
    report_to_json,
    schedule_lines,
)
from companion.core.night_records import make_record
from companion.core.nights import night_of
from companion.core.words import translate
from companion.store.journal_store import JournalStore

OUTCOMES = ("rls_intensity", "quality", "sleep_onset_min", "sleep_efficiency_pct", "legs_woke_me")
_FLAGS = {"factor": "--factor", "blocks": "--blocks", "block_days": "--block-days"}


def add_options(parser: argparse.ArgumentParser, parser_class: type) -> None:
    actions: Any = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    actions.required = True
    plan = actions.add_parser(
        "plan", help=translate("Cli", "draw a randomised on/off schedule and keep it")
    )
    plan.add_argument(
        "--start", required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the first night")
    )
    plan.add_argument(
        "--factor",
        required=True,
        metavar="F",
        help=translate("Cli", "magnesium, stretch, lights or custom:<id>"),
    )
    plan.add_argument(
        "--blocks", required=True, metavar="N", help=translate("Cli", "an even number of blocks")
    )
    plan.add_argument(
        "--block-days", required=True, metavar="K", help=translate("Cli", "nights per block")
    )
    plan.add_argument(
        "--seed", metavar="S", help=translate("Cli", "a whole number (default: drawn and printed)")
    )
    status = actions.add_parser(
        "status", help=translate("Cli", "the schedule, tonight's block and the results")
    )
    report = actions.add_parser(
        "report", help=translate("Cli", "per pair and overall: the outcome difference")
    )
    for sub in (status, report):
        sub.add_argument("--outcome", choices=OUTCOMES, default="rls_intensity")
    report.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )


def run(args: argparse.Namespace) -> int:
    if args.action == "plan":
        start = record_args.day(args.start, "--start")
        seed = (
            record_args.whole(args.seed, "--seed")
            if args.seed is not None
            else secrets.randbelow(1_000_000)
        )
        try:
            plan = plan_experiment(
                start,
                args.factor.strip(),
                record_args.whole(args.blocks, "--blocks"),
                record_args.whole(args.block_days, "--block-days"),
                seed,
            )
        except JournalValueError as exc:
            raise record_args.refused("experiment plan", exc, _FLAGS) from None
        with open_user_journal(args) as store:
            store.save_experiment(plan)
        seed_line = translate("Cli", "Seed {seed}; {label}.").format(
            seed=plan.seed, label=translate("Experiment", LABEL)
        )
        print_out("\n".join([*schedule_lines(plan), seed_line]))
        return 0
    with open_user_journal(args) as store:
        kept = store.experiment()
        if kept is None:
            raise UsageError(
                translate(
                    "Cli", "experiment {action}: no experiment planned yet (see `plan`)"
                ).format(action=args.action)
            )
        data = _outcomes(store, kept, args.outcome)
    report = pair_report(kept, data, args.outcome)
    if args.action == "report" and args.json:
        print_out(json.dumps(report_to_json(report), ensure_ascii=False, indent=1))
    elif args.action == "report":
        print_out("\n".join(report_lines(report)))
    else:
        print_out("\n".join([_tonight(kept), *schedule_lines(kept), *report_lines(report)]))
    return 0


def _outcomes(store: JournalStore, plan: ExperimentPlan, key: str) -> dict[date, float | None]:
    return {n.night: make_record(n).outcome(key) for n in store.nights(plan.start, plan.end)}


def _tonight(plan: ExperimentPlan) -> str:
    tonight = night_of(datetime.now())
    on = is_routine_on(plan, tonight)
    if on is None:
        return translate("Cli", "Tonight ({night}) is outside the experiment.").format(
            night=tonight.isoformat()
        )
    if on:
        return translate("Cli", "Tonight ({night}): {factor} on.").format(
            night=tonight.isoformat(), factor=plan.factor
        )
    return translate("Cli", "Tonight ({night}): {factor} OFF (no reminder).").format(
        night=tonight.isoformat(), factor=plan.factor
    )
