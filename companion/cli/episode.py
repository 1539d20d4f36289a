"""`episode`: record one spell of restless legs in the night, on the night it belongs to."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timedelta

from companion.cli import record_args
from companion.cli.usage import open_user_journal, print_out
from companion.core.journal import JournalValueError
from companion.core.rls_records import Episode, check_episode, night_of_episode
from companion.core.words import clock_time, translate
from companion.render.dates import long_date


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at", metavar="HH:MM", help=translate("Cli", "when it began (default: now)")
    )
    parser.add_argument(
        "--relief", metavar="TEXT", default="", help=translate("Cli", "what you did for relief")
    )


def episode_moment(now: datetime, at: time | None) -> datetime:
    """The latest local moment at clock `at` not after `now` (`now` itself without one)."""
    if at is None:
        return now.replace(second=0, microsecond=0)
    moment = datetime.combine(now.date(), at).astimezone()  # the local zone's rules that day
    if moment > now:
        moment = datetime.combine(now.date() - timedelta(days=1), at).astimezone()
    return moment


def run(args: argparse.Namespace) -> int:
    at = record_args.clock(args.at, "--at") if args.at is not None else None
    moment = episode_moment(datetime.now().astimezone(), at)
    episode = Episode(night_of_episode(moment), moment, args.relief.strip())
    try:
        check_episode(episode)  # refused before the journal is opened
        with open_user_journal(args) as store:
            store.add_episode(episode)
    except JournalValueError as exc:
        raise record_args.refused("episode", exc, {"at": "--at", "relief": "--relief"}) from None
    at_time, night = clock_time(moment), long_date(episode.night)
    if episode.relief:
        line = translate(
            "Cli", "Episode at {time} recorded for the night of {night}; relief: {relief}"
        ).format(time=at_time, night=night, relief=episode.relief)
    else:
        line = translate("Cli", "Episode at {time} recorded for the night of {night}").format(
            time=at_time, night=night
        )
    print_out(line)
    return 0
