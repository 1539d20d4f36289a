"""`med add|list|stop`: the medicine courses the person takes (recorded, never advised)."""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli import record_args
from companion.cli.usage import UsageError, open_user_journal, print_out, shown
from companion.core.journal import JournalValueError
from companion.core.rls_records import MedicationCourse, check_course, format_dose
from companion.core.words import clock_time, translate

_FLAGS = {"name": "--name", "dose": "--dose", "unit": "--unit", "to": "--to", "at": "--at"}


def add_options(parser: argparse.ArgumentParser, parser_class: type) -> None:
    actions: Any = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    actions.required = True
    add = actions.add_parser(
        "add", help=translate("Cli", "record a medicine course (name, dose, dates)")
    )
    add.add_argument("--name", required=True, metavar="N")
    add.add_argument(
        "--dose", required=True, metavar="D", help=translate("Cli", "the dose each time, e.g. 0.25")
    )
    add.add_argument("--unit", default="mg", metavar="UNIT", help=translate("Cli", "default mg"))
    add.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    add.add_argument(
        "--to",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the last day (leave out: still taking)"),
    )
    add.add_argument("--at", metavar="HH:MM", help=translate("Cli", "the usual time of day"))
    actions.add_parser("list", help=translate("Cli", "every medicine course recorded"))
    stop = actions.add_parser(
        "stop", help=translate("Cli", "record the last day of a medicine course")
    )
    stop.add_argument("--name", required=True, metavar="N")
    stop.add_argument("--on", required=True, metavar="YYYY-MM-DD")


def course_line(c: MedicationCourse) -> str:
    """'pramipexole 0.25 mg at 21:00, 2023-11-01 to 2024-02-01' — one course in words."""
    # One whole sentence for each shape, so a translator can order its parts.
    values = {
        "name": c.name,
        "dose": format_dose(c.dose),
        "unit": c.unit,
        "time": clock_time(c.at) if c.at else "",
        "start": c.start.isoformat(),
        "end": c.end.isoformat() if c.end else "",
    }
    if c.at and c.end:
        line = translate("Cli", "{name} {dose} {unit} at {time}, {start} to {end}")
    elif c.at:
        line = translate("Cli", "{name} {dose} {unit} at {time}, since {start} (still taking)")
    elif c.end:
        line = translate("Cli", "{name} {dose} {unit}, {start} to {end}")
    else:
        line = translate("Cli", "{name} {dose} {unit}, since {start} (still taking)")
    return line.format(**values)


def run(args: argparse.Namespace) -> int:
    if args.action == "add":
        course = MedicationCourse(
            name=" ".join(args.name.split()),
            dose=record_args.number(args.dose, "--dose"),
            unit=args.unit.strip(),
            start=record_args.day(args.start, "--from"),
            end=record_args.day(args.to, "--to") if args.to else None,
            at=record_args.clock(args.at, "--at") if args.at else None,
        )
        try:
            check_course(course)  # refused before the journal is opened
            with open_user_journal(args) as store:
                store.add_medication(course)
        except JournalValueError as exc:
            raise record_args.refused("med add", exc, _FLAGS) from None
        print_out(translate("Cli", "Recorded: {record}").format(record=course_line(course)))
        return 0
    if args.action == "stop":
        on = record_args.day(args.on, "--on")
        name = " ".join(args.name.split())
        with open_user_journal(args) as store:
            open_courses = [
                c
                for c in store.medications()
                if c.end is None and c.name.lower() == name.lower() and c.start <= on
            ]
            if not open_courses:
                raise UsageError(
                    translate(
                        "Cli",
                        "med stop: --name: no course of {name} that started by {day} is still "
                        "open (see `med list`)",
                    ).format(name=shown(name), day=on.isoformat())
                )
            store.stop_medication(name, on)
        print_out(
            translate("Cli", "Recorded: {name} stopped on {day}").format(
                name=name, day=on.isoformat()
            )
        )
        return 0
    with open_user_journal(args) as store:
        courses = store.medications()
    print_out(
        "\n".join(course_line(c) for c in courses) or translate("Cli", "No medicines recorded.")
    )
    return 0
