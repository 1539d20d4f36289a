"""The one error type that leaves the store, and the single place library errors become it."""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from companion.core.words import translate

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound=type)


class StoreError(Exception):
    """The store cannot do what was asked; str() names the real cause and is meant for the user.

    Raised for a locked, full, unreadable or damaged journal (whatever SQLite or the operating
    system said), so callers above the store never catch a library's exception by name.
    """


class JournalReadOnlyError(StoreError):
    """A write to a journal opened read-only (it comes from a newer version of the app)."""


# The name the journal's callers have always caught: the same class, not a second kind.
JournalStoreError = StoreError


@contextmanager
def store_errors() -> Iterator[None]:
    """Let sqlite3 and OS errors leave as StoreError with the same message (the cause kept)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(str(exc)) from exc


def raises_store_error(function: Callable[P, R]) -> Callable[P, R]:
    """`function` with `store_errors` around every call."""

    @functools.wraps(function)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        with store_errors():
            return function(*args, **kwargs)

    return wrapped


def public_methods_raise_store_error(cls: C) -> C:
    """Wrap each public plain method of `cls` (and close) with `store_errors`.

    Context-manager methods (transaction, rolled_back) do their own wrapping inside, since
    their errors happen on enter and exit, not when they are called.
    """
    for name, value in list(vars(cls).items()):
        public = not name.startswith("_")
        manages_context = inspect.isgeneratorfunction(getattr(value, "__wrapped__", None))
        if public and callable(value) and not manages_context:
            setattr(cls, name, raises_store_error(value))
    return cls


@dataclass(frozen=True)
class UnreadableValue:
    """A stored value that cannot be read back (written by hand, by a bug, or damaged).

    The rest of the journal is read as usual; the value is shown and exported as empty and
    the user is told once, naming the night and the field.
    """

    night: str
    field: str
    raw: object
    dropped: str = ""  # what was left out because of it ("the event magnesium"), if anything

    def message(self) -> str:
        shown = repr(self.raw) if len(repr(self.raw)) <= 40 else f"{repr(self.raw)[:40]}…"
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in shown)
        night = "".join(c if c.isprintable() else "?" for c in self.night[:40])
        if self.dropped:
            text = translate(
                "Journal file",
                "night {night}: {field}: the stored value {value} cannot be read; {dropped} is "
                "left out",
                "dropped: what is left out, e.g. the event magnesium",
            )
        else:
            text = translate(
                "Journal file",
                "night {night}: {field}: the stored value {value} cannot be read; it is treated "
                "as empty",
            )
        return text.format(night=night, field=self.field, value=shown, dropped=self.dropped)


class Unreadable:
    """The unreadable values met so far by one store's reads, each once, in the order met."""

    def __init__(self) -> None:
        self._seen: dict[UnreadableValue, None] = {}

    def add(self, value: UnreadableValue) -> None:
        self._seen.setdefault(value, None)

    def values(self) -> list[UnreadableValue]:
        return list(self._seen)
