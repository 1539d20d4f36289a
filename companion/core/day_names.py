"""Weekday and month names a person reads, marked for translation (core has no QLocale)."""

from __future__ import annotations

from datetime import date

from companion.core.words import QT_TRANSLATE_NOOP, translate

# Monday first, as date.weekday() counts; shown as translate("Dates", WEEKDAYS_SHOWN[i]).
WEEKDAYS_SHOWN: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)
# January first; shown as translate("Dates", MONTHS_SHORT[month - 1]).
MONTHS_SHORT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)


def weekday_name(day: date) -> str:
    """'Monday' in the user's language (strftime's %A would follow the process locale)."""
    return translate("Dates", WEEKDAYS_SHOWN[day.weekday()])


def day_and_month(day: date) -> str:
    """'24 Mar' in the user's language and word order."""
    month = translate("Dates", MONTHS_SHORT[day.month - 1])
    return translate("Dates", "{day} {month}", "a day of the month and a short month name").format(
        day=f"{day.day:02d}", month=month
    )
