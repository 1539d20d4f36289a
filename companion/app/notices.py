"""Sentences the app shell shows a person, in the user's language, built when shown."""

from __future__ import annotations

from companion.core.words import translate


def read_only_banner() -> str:
    """The Tonight panel's banner while the journal is open read-only."""
    return translate(
        "Tonight",
        "Reminders are off: the journal was written by a newer version of Bedtime "
        "Companion and is open read-only.",
    )


def not_available(command: str) -> str:
    """A command a newer launcher sent that this copy does not know."""
    return translate("App", "“{command}” is not available in this version yet.").format(
        command=command
    )


def window_ended_badly() -> str:
    """A window's own process ended in an error (its details went to the log)."""
    return translate(
        "App",
        "A Bedtime Companion window closed because of an error. Everything saved before "
        "it closed is kept; the reminders carry on.",
    )
