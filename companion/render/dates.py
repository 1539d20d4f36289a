"""The one date style: nights and periods in the locale's short and long formats."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from companion.core.words import translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date) -> str:
    """A night in lists and tables: the weekday and the locale's short date ('Mon 4/29/24')."""
    locale, qday = QLocale(), _qdate(day)
    if locale.language() == QLocale.Language.C:
        return locale.toString(qday, "ddd yyyy-MM-dd")
    return f"{locale.toString(qday, 'ddd')} {locale.toString(qday, QLocale.FormatType.ShortFormat)}"


def long_date(day: date) -> str:
    """A night in headings and sentences: the locale's long date ('Monday, April 29, 2024')."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return locale.toString(_qdate(day), "dddd d MMMM yyyy")
    return locale.toString(_qdate(day), QLocale.FormatType.LongFormat)


def axis_date(day: date, style: str) -> str:
    """A tick under a chart in the locale's month names: style 'd MMM', 'MMM' or 'MMM yyyy'."""
    return QLocale().toString(_qdate(day), style)


def short_range(first: date, last: date) -> str:
    """A period in lists and status lines, in the short style ('Mon 4/1/24 to Mon 4/29/24')."""
    return translate("Dates", "{first} to {last}").format(
        first=short_date(first), last=short_date(last)
    )


def long_range(first: date, last: date) -> str:
    """A period in headings, in the long style."""
    return translate("Dates", "{first} to {last}").format(
        first=long_date(first), last=long_date(last)
    )
