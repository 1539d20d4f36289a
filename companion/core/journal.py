"""The journal model, in one place to import it from: the measures, a night, its checks, texts.

Pure: no Qt, no clock, no disk. The store saves what this model validates; the check-in dialog,
the `log` command and the importers all build a `Night` and let `check_night` judge it.

Where each part lives:
- `measures`: THE table of measures (keys, labels, kinds, ranges) and tags;
- `diary`: the `Night`, its factor rows and the derived values (formulas there);
- `diary_checks`: what a night must satisfy, each problem naming its field;
- `diary_text`: values to and from text, and a night described in readable lines.

A night is the local date on which the evening began; the day turns at noon (`nights`).
"""

from __future__ import annotations

from companion.core.diary import (
    FactorValue,
    Night,
    derived_values,
    sleep_efficiency_pct,
    sleep_onset_at,
    time_in_bed_min,
    total_sleep_min,
)
from companion.core.diary_checks import check_night, night_problems
from companion.core.diary_text import (
    derived_to_text,
    describe,
    describe_night,
    format_clock,
    format_time,
    night_field_from_text,
    night_field_to_text,
    night_from_texts,
    parse_clock,
    parse_time,
    parse_value,
)
from companion.core.measures import (
    BUILTIN_FACTORS,
    DERIVED,
    MEASURE_BY_KEY,
    MEASURES,
    NIGHT_FIELDS,
    NOTE_MAX,
    OPTIONS,
    SOURCES,
    SYMPTOM_ONSETS,
    TAG_MAX,
    TAG_PREFIX,
    TIME_FIELDS,
    JournalValueError,
    Kind,
    Measure,
    Problem,
    Source,
    StoredIn,
    SymptomOnset,
    measure_for_factor,
    tag_key,
    tag_measure,
)
from companion.core.onset import onset_from_time

__all__ = [
    "BUILTIN_FACTORS",
    "DERIVED",
    "MEASURES",
    "MEASURE_BY_KEY",
    "NIGHT_FIELDS",
    "NOTE_MAX",
    "OPTIONS",
    "SOURCES",
    "SYMPTOM_ONSETS",
    "TAG_MAX",
    "TAG_PREFIX",
    "TIME_FIELDS",
    "FactorValue",
    "JournalValueError",
    "Kind",
    "Measure",
    "Night",
    "Problem",
    "Source",
    "StoredIn",
    "SymptomOnset",
    "check_night",
    "derived_to_text",
    "derived_values",
    "describe",
    "describe_night",
    "format_clock",
    "format_time",
    "measure_for_factor",
    "night_field_from_text",
    "night_field_to_text",
    "night_from_texts",
    "night_problems",
    "onset_from_time",
    "parse_clock",
    "parse_time",
    "parse_value",
    "sleep_efficiency_pct",
    "sleep_onset_at",
    "tag_key",
    "tag_measure",
    "time_in_bed_min",
    "total_sleep_min",
]
