"""What every reader makes of a file: a checked `Batch` of night updates and events, or
`ImportFileError` saying where it went wrong; and the text helpers the readers share."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from companion.core.events import RoutineEvent
from companion.core.journal import (
    TAG_PREFIX,
    FactorValue,
    JournalValueError,
    Measure,
    measure_for_factor,
    tag_key,
)
from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.core.words import translate
from companion.store.formats.limits import date_problem, shorten

FileKind = Literal["csv", "json", "saa"]


class ImportFileError(ValueError):
    """A file that cannot be imported; str() is "file:line: column: what is wrong"."""

    def __init__(self, file: str, line: int | None, column: str, problem: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        # Names and values come from the file: keep the message on one line whatever they hold.
        shown = _one_line(column, 60)
        what = _one_line(problem, 300)
        super().__init__(
            f"{self.location}: {shown}: {what}" if column else f"{self.location}: {what}"
        )

    def at_line(self, line: int) -> ImportFileError:
        return ImportFileError(self.file, line, self.column, self.problem)

    @property
    def location(self) -> str:
        file = _one_line(self.file, 300)
        return f"{file}:{self.line}" if self.line is not None else file


def _one_line(text: str, keep: int) -> str:
    """`text` with line breaks and other control characters escaped, cut at `keep`."""
    if text.isprintable() and len(text) <= keep:
        return text
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:keep])
    return shown if len(text) <= keep else f"{shown}…"


@dataclass
class NightUpdate:
    """What a file says about one night; `line` is where it says it (for messages)."""

    night: date
    line: int  # for JSON: the index in "nights" until a message needs the line (Batch.line_of)
    fields: dict[str, object] = field(default_factory=dict)
    factors: dict[str, FactorValue | None] = field(default_factory=dict)
    replace_all_factors: bool = False
    fill_only_empty: bool = False


@dataclass
class Batch:
    """A whole file, read and checked: what the importer applies in one transaction."""

    kind: FileKind
    file: str
    nights: list[NightUpdate] = field(default_factory=list)
    events: list[RoutineEvent] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    medications: list[MedicationCourse] = field(default_factory=list)
    labs: list[LabResult] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)
    # Set by the JSON reader: lines are found from the text only when a message needs one.
    line_finder: Callable[[int], int] | None = None

    def line_of(self, update: NightUpdate) -> int:
        if self.line_finder is None:
            return update.line
        return self.line_finder(update.line)


def decode(data: bytes, name: str) -> str:
    """The file as text, or ImportFileError at the line of the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")  # spreadsheets like to add a BOM
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(name, line, "", translate("Import", "is not UTF-8 text")) from None


def csv_rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each record; quoted newlines keep the count right."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # Report where the broken record starts: that is where a stray quote opened.
            raise ImportFileError(
                name, line, "", translate("Import", "is not valid CSV: {cause}").format(cause=exc)
            ) from None
        yield line, row
        line = reader.line_num + 1


def tag_column(name: str, line: int, column: str) -> Measure:
    """The tag a `tag:<name>` column or list entry stands for, or ImportFileError."""
    try:
        return measure_for_factor(tag_key(column.removeprefix(TAG_PREFIX)))
    except JournalValueError as exc:
        raise ImportFileError(name, line, column, exc.message) from None


def parse_night_date(text: str, name: str, line: int, column: str = "night") -> date:
    """A night's YYYY-MM-DD, or ImportFileError naming the place."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise ImportFileError(
            name,
            line,
            column,
            translate("Import", "{value} is not a date like 2024-03-24").format(
                value=shorten(text)
            ),
        ) from None
    problem = date_problem(day)
    if problem:
        raise ImportFileError(name, line, column, problem)
    return day
