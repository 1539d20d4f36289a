"""Text the app shows, marked for translation without Qt (DESIGN §4.8).

`core` cannot import Qt, yet its step labels, prompts and insight sentences reach the screen.
Constants are marked with `QT_TRANSLATE_NOOP` (lupdate finds them; the layer that shows them
translates them with `translate`). Sentences that `core` builds at run time call `translate`
here, which asks the translator the app installed at start-up (`services.language`); until one
is installed (tests of `core`, a bare import) it returns the English source, with `%n` filled.
Clock times and numbers go through the same kind of hook, so 24 h / 12 h and "2.5" / "2,5"
follow the user's locale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

Translator = Callable[[str, str, str | None, int], str]
TimeFormatter = Callable[[time], str]
NumberFormatter = Callable[[float, int], str]  # (value ≥ 0, decimal places) → digits
MINUS = "−"  # the typographic minus every shown number uses, in every language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context`; translated later, where it is shown."""
    return text


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def _twenty_four_hours(moment: time) -> str:
    return f"{moment:%H:%M}"


def _point_decimal(value: float, places: int) -> str:
    return f"{value:.{places}f}"


_translator: Translator = _english
_time_formatter: TimeFormatter = _twenty_four_hours
_number_formatter: NumberFormatter = _point_decimal


def install(
    translator: Translator,
    time_formatter: TimeFormatter,
    number_formatter: NumberFormatter = _point_decimal,
) -> None:
    """Called once at start-up by `services.language` with the chosen language's functions."""
    global _translator, _time_formatter, _number_formatter
    _translator, _time_formatter, _number_formatter = translator, time_formatter, number_formatter


def reset() -> None:
    """Back to English, 24 h and "2.5" (tests)."""
    install(_english, _twenty_four_hours, _point_decimal)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `n` picks a plural form and fills `%n` (Qt's rules)."""
    return _translator(context, text, disambiguation, n)


def clock_time(moment: time | datetime) -> str:
    """A time of day as the user's locale writes it ('22:30' or '10:30 PM')."""
    if isinstance(moment, datetime):
        moment = moment.time()
    return _time_formatter(moment)


def decimal(value: float, places: int, *, signed: bool = False) -> str:
    """A number a person reads, with `places` decimals ('2.5' or '2,5'); "−" for negatives.

    Only for the screen, the PDF and command output: files, settings and anything parsed back
    keep Python's "." (they must read the same in every language).
    """
    digits = _number_formatter(abs(value), places)
    if value < 0:
        return MINUS + digits
    return "+" + digits if signed else digits


def number_g(value: float) -> str:
    """A number with the decimals it needs ('2.5', '300', '0.25'), as the locale writes it."""
    plain = f"{abs(value):g}"
    if "e" in plain:  # too large or small for plain digits: rare, and readable either way
        return (MINUS if value < 0 else "") + plain
    places = len(plain.partition(".")[2])
    return decimal(value, places)
