"""`plan`: print a night's plan, each step with its local time and UTC offset (DESIGN §4.1)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import datetime

from companion.cli.usage import UsageError, load_user_settings, parse_night, print_out
from companion.core.plan import format_plan_table, plan_for_night, plan_to_json_dict, which_night
from companion.core.settings import SettingsError, parse_clock, quoted
from companion.core.words import translate
from companion.integration.system_zone import effective_zone


def run(args: argparse.Namespace) -> int:
    settings = load_user_settings(args)
    if args.bedtime is not None:
        try:  # ASCII digits only, and a long value shown cut short (parse_clock)
            if args.bedtime != args.bedtime.strip():  # a flag is taken as typed, unlike the file
                raise SettingsError(
                    "--bedtime",
                    translate("Cli", "{value} is not a time like 22:30").format(
                        value=quoted(args.bedtime)
                    ),
                )
            bedtime = parse_clock(args.bedtime, "--bedtime")
        except SettingsError as exc:
            raise UsageError(str(exc)) from None
        settings = dataclasses.replace(settings, bedtime=bedtime, bedtime_by_weekday={})
    zone = effective_zone(settings)
    night = parse_night(args.date, "--date") if args.date else which_night(datetime.now(zone), zone)
    plan = plan_for_night(night, settings, zone)
    print_out(json.dumps(plan_to_json_dict(plan)) if args.json else format_plan_table(plan))
    return 0
