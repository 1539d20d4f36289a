"""The breathing window's words, in one table (the phase words live in core.breathing)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title": "Breathing — Bedtime Companion",
    "time_left": "{time} left",
    "keys": "Space pause  ·  Esc stop  ·  F full screen",
    "keys_over": "Enter or Esc closes",
    "pause": "Pause",
    "resume": "Go on",
    "stop": "Stop",
    "close": "Close",
    "summary_done": "You breathed slowly for {minutes}.",
    "summary_stopped": "You breathed slowly for {minutes} of the {planned} you chose.",
    "summary_short": "Stopped before the first minute. Any slow breath helps.",
}


def minutes_text(count: int) -> str:
    return "1 minute" if count == 1 else f"{count} minutes"
