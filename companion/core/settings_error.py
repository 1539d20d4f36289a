"""The error a wrong setting raises: it names the field the way the settings file does."""

from __future__ import annotations

from companion.core.words import translate


class SettingsError(ValueError):
    """A setting that cannot be used; `field` names it the way the settings file does."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def quoted(text: str, keep: int = 40) -> str:
    """A user's text for a one-line message: in quotes, cut short when long, line breaks and
    other control characters escaped."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:keep])
    return f'"{shown}"' if len(text) <= keep else f'"{shown}…" ({len(text)} characters)'


def out_of_range(low: int, high: int, value: int | None = None) -> str:
    """The message for a number outside its range; a 5000-digit number cannot even be turned
    into text, so a huge one is left out and the range named alone."""
    if value is None or abs(value) >= 10**9:
        return translate("SettingsErrors", "must be between {low} and {high}").format(
            low=low, high=high
        )
    return translate("SettingsErrors", "must be between {low} and {high}, not {value}").format(
        low=low, high=high, value=value
    )
