"""Routine events: every prompt shown and every answer given, one row each (DESIGN §4.3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Answer = Literal["done", "snoozed", "skipped", "missed", "partial"]
ANSWERS: tuple[Answer, ...] = ("done", "snoozed", "skipped", "missed", "partial")
# Answers after which a step is settled for the night and never prompted again.
FINAL_ANSWERS: frozenset[Answer] = frozenset({"done", "skipped", "missed", "partial"})


@dataclass(frozen=True, slots=True)
class RoutineEvent:
    """One prompt of one step on one night, and what became of it.

    `shown_at` is None for a step recorded as missed without being shown; `answer` and
    `answered_at` are None while the prompt is still open (or the app died with it open).
    All datetimes are timezone-aware.
    """

    night: date
    step: str
    planned_at: datetime
    shown_at: datetime | None
    answer: Answer | None
    answered_at: datetime | None
