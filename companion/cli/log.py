"""`log`: create or update one night from the shell, and say what is now stored for it.

Its options come from the journal's table of measures (`--rls 5 --tag "late dinner"` becomes
`log_night(store, night, {"rls": "5"}, tags=["late dinner"])`); names, parsing, validation, the
one transaction and the summary all happen here.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from datetime import date, time

from companion.cli.usage import (
    UsageError,
    load_user_settings,
    open_user_journal,
    parse_night,
    print_out,
)
from companion.core.journal import (
    MEASURE_BY_KEY,
    OPTIONS,
    JournalValueError,
    Measure,
    Night,
    Source,
    describe_night,
    measure_for_factor,
    night_from_texts,
    tag_key,
)
from companion.core.onset import with_derived_onset
from companion.core.settings import Settings
from companion.core.words import translate
from companion.store.formats.limits import checked_value
from companion.store.journal_store import JournalStore


def measure_for_option(name: str) -> Measure:
    """A measure by `log` option name ('rls', 'caffeine-after-noon') or by key ('rls_intensity')."""
    m = OPTIONS.get(name.removeprefix("--")) or MEASURE_BY_KEY.get(name)
    if m is None or m.stored_in == "derived":
        if name.startswith("tag:"):
            return measure_for_factor(name)
        raise JournalValueError(name, translate("Cli", "is not something the journal records"))
    return m


def log_night(
    store: JournalStore,
    night: date,
    changes: Mapping[str, str | None],
    tags: Sequence[str] = (),
    source: Source = "manual",
    usual_bedtime: time | None = None,
) -> list[str]:
    """Apply `changes` (option name or key → text; "" or None clears) and `tags` to one night.

    Creates the night if needed, validates the result as a whole (JournalValueError naming
    the field, nothing written), writes it in one transaction, and returns the lines
    describing everything now stored for that night. When `symptoms_from` is given without
    `symptom_onset`, the onset choice is derived from it (`onset.with_derived_onset`, the
    bedtime that night or else `usual_bedtime`).
    """
    field_texts: dict[str, str] = {}
    factor_texts: dict[str, str | None] = {}
    for name, text in changes.items():
        m = measure_for_option(name)
        if m.stored_in == "night":
            field_texts[m.key] = text or ""
        else:
            factor_texts[m.key] = text
    for tag in tags:
        factor_texts[tag_key(tag)] = "yes"
    base = store.get_night(night) or Night(night)
    updated = night_from_texts(night, field_texts, base)
    if field_texts.get("symptoms_from") and "symptom_onset" not in field_texts:
        updated = with_derived_onset(updated, usual_bedtime or Settings().bedtime)
    store.save_night(updated, factor_texts, source)
    return describe_night(updated, store.factors_for(night))


# the command ---------------------------------------------------------------------------


def add_log_options(log: argparse.ArgumentParser) -> None:
    for option, measure in OPTIONS.items():
        if option == "note":
            continue
        log.add_argument(
            f"--{option}",
            metavar=_metavar(measure.kind),
            help=translate("Measures", measure.label),
        )
    log.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="T",
        help=translate("Cli", "a tag (repeatable)"),
    )
    log.add_argument("--note", metavar="TEXT", help=translate("Cli", "a note for the night"))


def _metavar(kind: str) -> str:
    metavars = {"yes_no": "yes/no", "count": "N", "scale": "N", "minutes": "MIN", "clock": "HH:MM"}
    return metavars.get(kind, "VALUE")


def run(args: argparse.Namespace) -> int:
    night = parse_night(args.night, "--night")
    changes = {
        option: getattr(args, option.replace("-", "_"))
        for option in OPTIONS
        if getattr(args, option.replace("-", "_"), None) is not None
    }
    try:
        for option, text in changes.items():
            if text:
                checked_value(measure_for_option(option), text)  # bounded before the journal opens
        usual = None
        if changes.get("symptoms-from"):
            usual = load_user_settings(args).bedtime_for(night)  # to derive the onset choice
        with open_user_journal(args) as store:
            lines = log_night(store, night, changes, tags=args.tag, usual_bedtime=usual)
    except JournalValueError as exc:
        measure = MEASURE_BY_KEY.get(exc.field)
        flag = f"--{measure.option}" if measure is not None and measure.option else exc.field
        raise UsageError(f"log: {flag}: {exc.message}") from None
    print_out("\n".join(lines))
    return 0
