"""The table of everything the journal records or derives, and the lookups read from it.

Every measure — stored night fields, built-in factors and derived values — has its key, label
and kind in ONE table, `MEASURES`; column orders, CLI option names and messages are all read
from it. User tags are factors too, keyed `tag:<name>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from companion.core.custom_steps import CUSTOM_PREFIX as CUSTOM_STEP_PREFIX
from companion.core.words import QT_TRANSLATE_NOOP, translate

Source = Literal["routine", "manual", "import"]
SOURCES: tuple[Source, ...] = get_args(Source)

SymptomOnset = Literal["none", "bedtime", "evening", "afternoon", "morning"]
SYMPTOM_ONSETS: tuple[SymptomOnset, ...] = get_args(SymptomOnset)

# "time" is a date and time with its UTC offset; "clock" a local HH:MM on the night's date.
Kind = Literal[
    "time", "clock", "minutes", "count", "scale", "choice", "text", "yes_no", "number", "tag"
]
StoredIn = Literal["night", "factor", "derived"]

TAG_PREFIX = "tag:"
TAG_MAX = 40
NOTE_MAX = 10_000


@dataclass(frozen=True)
class Measure:
    """One thing the journal records or derives: its key, how people see it, what it accepts.

    `option` is the `log` command's option name (without dashes) where there is one.
    """

    key: str
    label: str
    kind: Kind
    stored_in: StoredIn
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""
    option: str | None = None

    @property
    def is_tag(self) -> bool:
        return self.kind == "tag"


_EXERCISE = ("none", "light", "moderate", "vigorous")

# THE table. Order matters: it is the CSV column order and the order of `log`'s summary.
# Kept as a table, one measure per line: it reads better than the formatter's columns.
# fmt: off
# Labels are shown translated: translate("Measures", measure.label) (a tag's is its own name).
MEASURES: tuple[Measure, ...] = (
    # Night fields (Consensus Sleep Diary measures in our own words, plus RLS measures).
    Measure("into_bed_at", QT_TRANSLATE_NOOP("Measures", "Got into bed"), "time", "night"),
    Measure("lights_out_at", QT_TRANSLATE_NOOP("Measures", "Lights out"), "time", "night"),
    Measure("sleep_onset_min", QT_TRANSLATE_NOOP("Measures", "Time to fall asleep"), "minutes", "night", 0, 720, unit="min", option="sol"),  # noqa: E501
    Measure("awakenings", QT_TRANSLATE_NOOP("Measures", "Times woken in the night"), "count", "night", 0, 99, option="awakenings"),  # noqa: E501
    Measure("waso_min", QT_TRANSLATE_NOOP("Measures", "Time awake after first falling asleep"), "minutes", "night", 0, 1440, unit="min"),  # noqa: E501
    Measure("final_wake_at", QT_TRANSLATE_NOOP("Measures", "Woke for the day"), "time", "night"),
    Measure("out_of_bed_at", QT_TRANSLATE_NOOP("Measures", "Got out of bed"), "time", "night"),
    Measure("quality", QT_TRANSLATE_NOOP("Measures", "Sleep quality (1 very poor … 5 very good)"), "scale", "night", 1, 5, option="quality"),  # noqa: E501
    Measure("rested", QT_TRANSLATE_NOOP("Measures", "Felt rested (1 not at all … 5 fully)"), "scale", "night", 1, 5),  # noqa: E501
    Measure("rls_intensity", QT_TRANSLATE_NOOP("Measures", "Restless legs (0 none … 10 worst)"), "scale", "night", 0, 10, option="rls"),  # noqa: E501
    Measure("symptom_onset", QT_TRANSLATE_NOOP("Measures", "Legs started bothering me"), "choice", "night", choices=SYMPTOM_ONSETS),  # noqa: E501
    Measure("symptoms_from", QT_TRANSLATE_NOOP("Measures", "Legs started at"), "clock", "night", option="symptoms-from"),  # noqa: E501
    Measure("arms", QT_TRANSLATE_NOOP("Measures", "Arms too"), "yes_no", "night", option="arms"),
    Measure("legs_woke_me", QT_TRANSLATE_NOOP("Measures", "Times my legs woke me"), "count", "night", 0, 99, option="legs-woke-me"),  # noqa: E501
    Measure("note", QT_TRANSLATE_NOOP("Measures", "Note"), "text", "night", option="note"),
    # Derived values: exported, never stored (formulas in the module docstring).
    Measure("time_in_bed_min", QT_TRANSLATE_NOOP("Measures", "Time in bed"), "minutes", "derived", unit="min"),  # noqa: E501
    Measure("total_sleep_min", QT_TRANSLATE_NOOP("Measures", "Total sleep time"), "minutes", "derived", unit="min"),  # noqa: E501
    Measure("sleep_efficiency_pct", QT_TRANSLATE_NOOP("Measures", "Sleep efficiency"), "number", "derived", unit="%"),  # noqa: E501
    Measure("sleep_onset_at", QT_TRANSLATE_NOOP("Measures", "Fell asleep at"), "time", "derived"),
    # Built-in factors: rows (night, key, value, source).
    Measure("magnesium", QT_TRANSLATE_NOOP("Measures", "Took magnesium"), "yes_no", "factor", option="magnesium"),  # noqa: E501
    Measure("magnesium_dose_mg", QT_TRANSLATE_NOOP("Measures", "Magnesium dose"), "count", "factor", 1, 2000, unit="mg"),  # noqa: E501
    Measure("magnesium_time", QT_TRANSLATE_NOOP("Measures", "Magnesium taken at"), "time", "factor"),  # noqa: E501
    Measure("stretched", QT_TRANSLATE_NOOP("Measures", "Stretched this evening"), "yes_no", "factor", option="stretched"),  # noqa: E501
    Measure("stretch_holds_done", QT_TRANSLATE_NOOP("Measures", "Stretch holds done"), "count", "factor", 0, 100),  # noqa: E501
    Measure("stretch_holds_planned", QT_TRANSLATE_NOOP("Measures", "Stretch holds planned"), "count", "factor", 0, 100),  # noqa: E501
    Measure("stretch_minutes", QT_TRANSLATE_NOOP("Measures", "Minutes spent stretching"), "count", "factor", 0, 240, unit="min"),  # noqa: E501
    Measure("lights_dimmed", QT_TRANSLATE_NOOP("Measures", "Dimmed the lights"), "yes_no", "factor"),  # noqa: E501
    Measure("breathing_minutes", QT_TRANSLATE_NOOP("Measures", "Minutes of slow breathing"), "count", "factor", 0, 240, unit="min"),  # noqa: E501
    Measure("caffeine_after_noon", QT_TRANSLATE_NOOP("Measures", "Caffeinated drinks after noon"), "count", "factor", 0, 30, option="caffeine-after-noon"),  # noqa: E501
    Measure("alcohol_drinks", QT_TRANSLATE_NOOP("Measures", "Alcoholic drinks"), "count", "factor", 0, 30, option="alcohol"),  # noqa: E501
    Measure("exercise", QT_TRANSLATE_NOOP("Measures", "Exercise"), "choice", "factor", choices=_EXERCISE),  # noqa: E501
    Measure("stress", QT_TRANSLATE_NOOP("Measures", "Stress (1 calm … 5 very stressed)"), "scale", "factor", 1, 5, option="stress"),  # noqa: E501
    Measure("room_temperature_c", QT_TRANSLATE_NOOP("Measures", "Bedroom temperature"), "number", "factor", 5, 40, unit="°C"),  # noqa: E501
    # Kept apart from our quality score on purpose: a different app's scale, not the user's answer.
    Measure("saa_rating", QT_TRANSLATE_NOOP("Measures", "Sleep as Android rating"), "number", "factor", 0.25, 5, unit="/5"),  # noqa: E501
)
# fmt: on

MEASURE_BY_KEY: dict[str, Measure] = {m.key: m for m in MEASURES}
NIGHT_FIELDS: tuple[Measure, ...] = tuple(m for m in MEASURES if m.stored_in == "night")
DERIVED: tuple[Measure, ...] = tuple(m for m in MEASURES if m.stored_in == "derived")
BUILTIN_FACTORS: tuple[Measure, ...] = tuple(m for m in MEASURES if m.stored_in == "factor")
# The night's clock times, in the order the night goes (into bed … out of bed).
TIME_FIELDS: tuple[str, ...] = tuple(m.key for m in NIGHT_FIELDS if m.kind == "time")
OPTIONS: dict[str, Measure] = {m.option: m for m in MEASURES if m.option is not None}


class JournalValueError(ValueError):
    """A value the journal cannot accept; `field` names it the way exports and `log` do."""

    def __init__(self, field: str, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.problems = problems or [Problem(field, message)]


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def tag_key(name: str) -> str:
    """The factor key of a user tag: 'tag:' + its name, trimmed; JournalValueError if unusable."""
    clean = " ".join(name.split())
    if not clean:
        raise JournalValueError("tag", translate("JournalErrors", "a tag needs a name"))
    if len(clean) > TAG_MAX:
        raise JournalValueError(
            "tag",
            translate("JournalErrors", "{text}… is longer than {count} characters").format(
                text=repr(clean[:20]), count=TAG_MAX
            ),
        )
    if any(not ch.isprintable() for ch in clean):
        raise JournalValueError(
            "tag",
            translate("JournalErrors", "{text} contains a control character").format(
                text=repr(clean)
            ),
        )
    return TAG_PREFIX + clean


def tag_measure(key: str) -> Measure:
    """The definition of a user tag from its key ('tag:after dinner walk')."""
    name = key.removeprefix(TAG_PREFIX)
    return Measure(tag_key(name), name, "tag", "factor")


def measure_for_factor(key: str) -> Measure:
    """A built-in factor's definition or a tag's, else JournalValueError naming the key."""
    m = MEASURE_BY_KEY.get(key)
    if m is not None and m.stored_in == "factor":
        return m
    if key.startswith(TAG_PREFIX):
        return tag_measure(key)
    if key.startswith(CUSTOM_STEP_PREFIX) and len(key) > len(CUSTOM_STEP_PREFIX):
        # A custom step of the routine (core.custom_steps): done (yes) or skipped (no).
        return Measure(key, key.removeprefix(CUSTOM_STEP_PREFIX), "yes_no", "factor")
    raise JournalValueError(key, translate("JournalErrors", "is not a factor this journal knows"))
