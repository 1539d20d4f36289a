"""`plan`: print a night's plan, each step with its local time and UTC offset (DESIGN §4.1)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import datetime

from companion.cli.usage import UsageError, load_user_settings, parse_night
from companion.core.plan import format_plan_table, plan_for_night, plan_to_json_dict, which_night
from companion.core.settings import SettingsError, parse_clock
from companion.integration.system_zone import effective_zone


def run(args: argparse.Namespace) -> int:
    settings = load_user_settings(args)
    if args.bedtime is not None:
        try:
            bedtime = parse_clock(args.bedtime, "--bedtime")
        except SettingsError as exc:
            raise UsageError(str(exc)) from None
        settings = dataclasses.replace(settings, bedtime=bedtime, bedtime_by_weekday={})
    zone = effective_zone(settings)
    night = parse_night(args.date, "--date") if args.date else which_night(datetime.now(zone), zone)
    plan = plan_for_night(night, settings, zone)
    if args.json:
        print(json.dumps(plan_to_json_dict(plan)))
    else:
        print(format_plan_table(plan))
    return 0
