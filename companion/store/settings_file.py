"""settings.toml: read with tomllib, written atomically by a small dumper for our plain tables."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.core.settings import Settings, SettingsError, settings_from_dict, to_dict
from companion.store.files import make_private_file, move_aside, write_atomically

HEADER = (
    "# Bedtime Companion settings. Edit while the app is closed, or use Settings… in the app.\n"
    "# Times are 24-hour HH:MM; step offsets are minutes before bedtime (check-in: after wake).\n"
)


@dataclass(frozen=True)
class LoadedSettings:
    """The settings to use, and what went wrong reading the file (None when nothing did)."""

    settings: Settings
    problem: str | None = None
    moved_to: Path | None = None


def load_settings(path: Path, *, now: datetime) -> LoadedSettings:
    """Read `path`; a damaged or invalid file is moved aside and defaults are used."""
    if not path.exists():
        return LoadedSettings(Settings())
    make_private_file(path)
    try:
        raw = tomllib.loads(path.read_bytes().decode("utf-8"))
        return LoadedSettings(settings_from_dict(raw))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        reason = f"it is not a readable settings file ({exc})"
    except SettingsError as exc:
        reason = f"{exc.field} {exc.message}"
    moved = move_aside(path, "damaged", stamp=now)
    message = (
        f"Your settings file could not be used because {reason}. "
        f"The defaults are in use; the old file was kept as {moved.name}."
    )
    return LoadedSettings(Settings(), problem=message, moved_to=moved)


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically (0600), in a form a person can read and edit."""
    write_atomically(path, dump_toml(to_dict(settings), header=HEADER).encode("utf-8"))


def dump_toml(data: Mapping[str, Any], *, header: str = "") -> str:
    """TOML for plain scalars at the top and one or two levels of tables below them."""
    lines = [header] if header else []
    _dump_table(data, [], lines)
    return "\n".join(lines).strip() + "\n"


def _dump_table(table: Mapping[str, Any], prefix: list[str], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, Mapping)}
    tables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    if prefix and (scalars or not tables):
        lines.append("")
        lines.append("[" + ".".join(_key(p) for p in prefix) + "]")
    for key, value in scalars.items():
        lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in tables.items():
        _dump_table(value, [*prefix, key], lines)


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
