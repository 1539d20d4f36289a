"""argparse's own error words in the user's language (DESIGN §4.8).

argparse words its errors through gettext's `_`; we give it ours for the messages a person can
meet on the command line. A message it adds in a later Python stays English until listed here.
"""

from __future__ import annotations

import argparse

from companion.core.words import QT_TRANSLATE_NOOP, translate

# Python 3.11–3.13's wording, placeholders and all (argparse fills them after translating).
MESSAGES = frozenset(
    {
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    }
)


def _words(text: str) -> str:
    return translate("Argparse", text) if text in MESSAGES else text


def install() -> None:
    """argparse asks us for its words from now on (it looks `_` up at each message)."""
    setattr(argparse, "_", _words)  # noqa: B010 - argparse's module global, not an attribute
