"""What core says to a person comes in the app's language and clock style (DESIGN §4.8)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest

from companion.core import words
from companion.core.comparisons import OUTCOME_BY_KEY, compare
from companion.core.diary import FactorValue, Night
from companion.core.diary_checks import night_problems
from companion.core.diary_text import describe_night, parse_clock
from companion.core.insight_texts import format_value, summary_sentence
from companion.core.measures import JournalValueError
from companion.core.plan import format_plan_table, plan_for_night
from companion.core.reminders import describe_next
from companion.core.rls_records import LabResult, MedicationCourse
from companion.core.settings import Settings
from companion.core.treatment_markers import treatment_markers
from tests.fakes import BERLIN

GERMAN = {
    "{step} tomorrow at {time} · {relative}": "{step} morgen um {time} · {relative}",
    "{step} at {time} · {relative}": "{step} um {time} · {relative}",
    "in %n min": "in %n Min.",
    "Magnesium": "Magnesium",
    "Night of {weekday} {date}": "Nacht auf {weekday}, {date}",
    "Monday": "Montag",
    "{label}: {value}": "{label}: {value}",
    "Arms too": "Auch die Arme",
    "yes": "ja",
    "{later} ({later_time}) comes before {earlier} ({earlier_time})": (
        "{later} ({later_time}) liegt vor {earlier} ({earlier_time})"
    ),
    "lights out": "Licht aus",
    "got into bed": "Ins Bett gegangen",
    "Mar": "März",
    "{day} {month}": "{day}. {month}",
    "No clear difference in {outcome} between {with_label} and {without_label}.": (
        "Kein klarer Unterschied bei {outcome} zwischen {with_label} und {without_label}."
    ),
    "legs": "Beinen",
    "Started {name} {dose} {unit}": "{name} {dose} {unit} begonnen",
    "Iron test: ferritin {ferritin}": "Eisenwert: Ferritin {ferritin}",
    "{value} is not a clock time like 21:30": "{value} ist keine Uhrzeit wie 21:30",
    "Night of {night} ({zone}), bedtime {time}": "Nacht vom {night} ({zone}), Schlafenszeit {time}",
    "{minutes} min before bedtime": "{minutes} Min. vor der Schlafenszeit",
    "{step} on {date} at {time} · {relative}": "{step} am {date} um {time} · {relative}",
    "Iron test: ferritin {ferritin}, TSAT {tsat} %": (
        "Eisenwert: Ferritin {ferritin}, TSAT {tsat} %"
    ),
    "Bedroom temperature": "Schlafzimmertemperatur",
}


def _decimal_comma(value: float, places: int) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def _twelve_hours(moment: time) -> str:
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'PM' if moment.hour >= 12 else 'AM'}"


@pytest.fixture
def german() -> Iterator[None]:
    words.install(
        lambda ctx, text, hint, n: GERMAN.get(text, text).replace("%n", str(n)),
        _twelve_hours,
        _decimal_comma,
    )
    yield
    words.reset()


def test_the_tray_names_the_next_step_in_the_users_words_and_clock(german: None) -> None:
    plan = plan_for_night(date(2026, 3, 10), Settings(), BERLIN)
    step = plan.step("magnesium")
    assert step is not None
    now = datetime(2026, 3, 10, 20, 35, tzinfo=BERLIN)
    assert describe_next(step, now) == "Magnesium um 9:00 PM · in 25 Min."
    assert describe_next(step, now - timedelta(days=1)).startswith("Magnesium morgen um 9:00 PM")


def test_the_plan_table_reads_in_the_users_words_and_clock(german: None) -> None:
    lines = format_plan_table(plan_for_night(date(2026, 3, 10), Settings(), BERLIN)).splitlines()
    assert lines[0] == "Nacht vom 2026-03-10 (Europe/Berlin), Schlafenszeit 10:30 PM"
    assert lines[1].startswith("Magnesium") and "9:00 PM" in lines[1]
    assert lines[1].endswith("90 Min. vor der Schlafenszeit")


def test_a_stored_night_is_described_in_the_users_words(german: None) -> None:
    lines = describe_night(Night(date(2024, 3, 4), arms=True), {})
    assert lines == ["Nacht auf Montag, 2024-03-04", "Auch die Arme: ja"]


def test_times_out_of_order_are_named_as_whole_sentences(german: None) -> None:
    tz = BERLIN
    night = Night(
        date(2024, 3, 24),
        into_bed_at=datetime(2024, 3, 24, 22, 30, tzinfo=tz),
        lights_out_at=datetime(2024, 3, 24, 22, 15, tzinfo=tz),
    )
    (problem,) = night_problems(night)
    # German nouns keep their capitals: the in-sentence names are their own strings.
    assert problem.message == (
        "Licht aus (24. März 10:15 PM) liegt vor Ins Bett gegangen (24. März 10:30 PM)"
    )


def test_a_comparison_sentence_keeps_the_translated_outcome_as_written(german: None) -> None:
    c = compare(OUTCOME_BY_KEY["rls_intensity"], [3, 5] * 4, [5, 3] * 4, seed=1)
    assert summary_sentence(c, "mit", "ohne") == (
        "Kein klarer Unterschied bei Beinen zwischen mit und ohne."
    )


def test_chart_marks_and_journal_errors_are_in_the_users_words(german: None) -> None:
    marks = treatment_markers(
        [MedicationCourse("Eisen", 65, "mg", date(2024, 1, 1), None, None)],
        [LabResult(date(2024, 1, 5), 48, None)],
    )
    assert [m.text for m in marks] == ["Eisen 65 mg begonnen", "Eisenwert: Ferritin 48"]
    with pytest.raises(JournalValueError) as caught:
        parse_clock("25:00", "symptoms_from")
    assert caught.value.message == "'25:00' ist keine Uhrzeit wie 21:30"


def test_a_step_days_ahead_names_its_day_not_an_iso_date(german: None) -> None:
    plan = plan_for_night(date(2026, 3, 10), Settings(), BERLIN)
    step = plan.step("magnesium")
    assert step is not None
    now = datetime(2026, 3, 7, 20, 0, tzinfo=BERLIN)
    assert describe_next(step, now).startswith("Magnesium am 10. März um 9:00 PM")


def test_numbers_a_person_reads_use_the_locales_decimal_comma(german: None) -> None:
    marks = treatment_markers(
        [MedicationCourse("Eisen", 0.25, "mg", date(2024, 1, 1), None, None)],
        [LabResult(date(2024, 1, 5), 48.5, 17.5)],
    )
    assert [m.text for m in marks] == [
        "Eisen 0,25 mg begonnen",
        "Eisenwert: Ferritin 48,5, TSAT 17,5 %",
    ]
    c = compare(OUTCOME_BY_KEY["rls_intensity"], [2, 3] * 4, [5, 4] * 4, seed=1)
    assert format_value(c.outcome, c.difference, signed=True) == "−2,0"
    room = {"room_temperature_c": FactorValue("room_temperature_c", "18.5", "manual")}
    assert describe_night(Night(date(2024, 3, 4)), room)[-1].startswith(
        "Schlafzimmertemperatur: 18,5"
    )


def test_english_numbers_keep_their_point() -> None:
    assert (words.decimal(2.5, 1), words.decimal(-0.3, 2, signed=True)) == ("2.5", "−0.30")
    assert (words.number_g(0.25), words.number_g(300.0), words.number_g(2.0)) == (
        "0.25",
        "300",
        "2",
    )
