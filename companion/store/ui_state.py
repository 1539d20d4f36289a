"""Small remembered window state (size, last tab): one private JSON file per window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from companion.store.files import write_atomically


def state_file(state_dir: Path, name: str) -> Path:
    return state_dir / f"{name}.json"


def load_ui_state(state_dir: Path, name: str) -> dict[str, Any]:
    """What was saved, or {} if nothing was or it cannot be read (it is only a convenience)."""
    try:
        raw = json.loads(state_file(state_dir, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def save_ui_state(state_dir: Path, name: str, state: dict[str, Any]) -> None:
    write_atomically(state_file(state_dir, name), json.dumps(state, indent=1).encode("utf-8"))
