"""Where things are in a JSON text: the line of each array element, and numbers too long to be
values (the standard parser keeps no positions; messages name `file:line` as for CSV)."""

from __future__ import annotations

import json
import re

from companion.core.words import translate
from companion.store.formats.limits import MAX_VALUE_CHARS


class HugeNumberError(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits
        count = len(digits)  # a plain name: lupdate misses a plural whose count is an expression
        self.problem = translate(
            "Import", "a number of %n digits is too long to be a value", None, count
        )

    def key(self, text: str) -> str:
        """The key the number is the value of, when it is one (for the message)."""
        pos = text.find(self.digits)
        found = _KEY_BEFORE.search(text, max(0, pos - 200), pos) if pos >= 0 else None
        return found.group(1) if found else ""


_KEY_BEFORE = re.compile(r'"([^"\\]{1,60})"\s*:\s*-?$')


def bounded_int(digits: str) -> int:
    """json's int parser with a length bound (int() itself gives up only at 4,300 digits)."""
    if len(digits) > MAX_VALUE_CHARS:
        raise HugeNumberError(digits)
    return int(digits)


def line_of(text: str, needle: str) -> int | None:
    pos = text.find(needle)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else None


_WS = re.compile(r"[ \t\n\r]*")


def element_lines(text: str, wanted: str) -> list[int]:
    """Line number of each element of the top-level array `wanted` (the text is valid JSON).

    The standard parser forgets positions; walking the top level with raw_decode recovers
    them so errors can say `file:line` like they do for CSV.
    """
    decoder = json.JSONDecoder()
    counted_to, line = 0, 1

    def line_at(pos: int) -> int:
        nonlocal counted_to, line
        line += text.count("\n", counted_to, pos)  # positions only grow: linear overall
        counted_to = pos
        return line

    result: list[int] = []

    def skip(pos: int) -> int:
        match = _WS.match(text, pos)
        return match.end() if match else pos

    pos = skip(0) + 1  # past "{"
    while True:
        pos = skip(pos)
        if text[pos] == "}":
            return result
        key, pos = decoder.raw_decode(text, pos)
        pos = skip(skip(pos) + 1)  # past ":"
        if key == wanted and text[pos] == "[":
            pos += 1
            while True:
                pos = skip(pos)
                if text[pos] == "]":
                    pos += 1
                    break
                result.append(line_at(pos))
                _, pos = decoder.raw_decode(text, pos)
                pos = skip(pos)
                if text[pos] == ",":
                    pos += 1
        else:
            _, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        if text[pos] == ",":
            pos += 1
