"""settings.toml: read with tomllib, written atomically by a small dumper for our plain tables."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.core.settings import Settings, to_dict
from companion.core.settings_reading import SettingsProblem, read_settings
from companion.core.words import translate
from companion.store.files import make_private_file, move_aside, write_atomically
from companion.store.paths import SETTINGS_NAME

HEADER = (
    "# Bedtime Companion settings. Edit while the app is closed, or use Settings… in the app.\n"
    "# Times are 24-hour HH:MM; step offsets are minutes before bedtime (check-in: after wake).\n"
)


@dataclass(frozen=True)
class LoadedSettings:
    """The settings to use, and what went wrong reading the file (None when nothing did)."""

    settings: Settings
    problem: str | None = None  # the one message for the app, naming every key at fault
    moved_to: Path | None = None  # where a file that could not be read at all was put
    bad_values: tuple[SettingsProblem, ...] = ()  # keys whose default is used instead

    def lines(self) -> list[str]:
        """One line per problem, for the command line: each bad key, or the moved file."""
        if self.bad_values:
            return [f"{SETTINGS_NAME}: {problem}" for problem in self.bad_values]
        return [self.problem] if self.problem else []


def load_settings(path: Path, *, now: datetime) -> LoadedSettings:
    """Read `path`. A file that cannot be read at all is moved aside and defaults are used; a
    bad value in a readable file takes its key's default, and the file is left as it is."""
    if not path.exists():
        return LoadedSettings(Settings())
    make_private_file(path)
    try:
        # utf-8-sig: an editor's byte-order mark at the start is read past, not fatal.
        raw = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
        reason = translate("Settings file", "it is not a readable settings file ({cause})").format(
            cause=_first_line(exc)
        )
    else:
        reading = read_settings(raw)
        if not reading.problems:
            return LoadedSettings(reading.settings)
        named = "\n".join(f"• {problem}" for problem in reading.problems)
        message = translate(
            "Settings file",
            "These settings could not be used and take their defaults until you change them; "
            "the rest are in force, and {file} was not changed.\n{problems}",
        ).format(file=path, problems=named)
        return LoadedSettings(reading.settings, problem=message, bad_values=reading.problems)
    moved = move_aside(path, "damaged", stamp=now)
    message = translate(
        "Settings file",
        "Your settings file could not be used because {reason}. The defaults are in use; the "
        "old file was kept as {file}.",
    ).format(reason=reason, file=moved.name)
    return LoadedSettings(Settings(), problem=message, moved_to=moved)


def _first_line(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text if len(text) <= 120 else text[:120] + "…"


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically (0600), in a form a person can read and edit."""
    write_atomically(path, dump_toml(to_dict(settings), header=HEADER).encode("utf-8"))


def dump_toml(data: Mapping[str, Any], *, header: str = "") -> str:
    """TOML for plain scalars at the top and one or two levels of tables below them."""
    lines = [header] if header else []
    _dump_table(data, [], lines)
    return "\n".join(lines).strip() + "\n"


def _dump_table(table: Mapping[str, Any], prefix: list[str], lines: list[str]) -> None:
    arrays = {k: v for k, v in table.items() if _is_array_of_tables(v)}
    scalars = {k: v for k, v in table.items() if not isinstance(v, Mapping) and k not in arrays}
    tables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    if prefix and (scalars or not (tables or arrays)):
        lines.append("")
        lines.append("[" + ".".join(_key(p) for p in prefix) + "]")
    for key, value in scalars.items():
        lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in tables.items():
        _dump_table(value, [*prefix, key], lines)
    # [[custom_stretches]] and the like: one [[name]] block per entry, after the plain tables
    # (TOML reads a block's keys up to the next header).
    for key, entries in arrays.items():
        header = "[[" + ".".join(_key(p) for p in [*prefix, key]) + "]]"
        for entry in entries:
            lines.append("")
            lines.append(header)
            for entry_key, value in entry.items():
                lines.append(f"{_key(entry_key)} = {_value(value)}")


def _is_array_of_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _key(key: str) -> str:
    if key and all(c.isalnum() or c in "-_" for c in key):
        return key
    return _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to the settings file")


def _string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )
    escaped = "".join(c if ord(c) >= 0x20 and c != "\x7f" else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'
