"""What passes between the tray process and a window's own process (`window_process`): the
request that starts it, the requests sent to it while it runs, and the events it reports.

One JSON object a line, both ways. The request travels in an environment variable rather than
on the command line, so the command line (DESIGN §4.1) stays the users' alone.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from companion import WINDOW_ENV
from companion.store.paths import Paths

__all__ = ["WINDOW_ENV", "WindowRequest", "line", "own_command", "read_line"]
Kind = Literal["journal", "checkin", "settings", "stretch", "breathing", "episode"]
KINDS: tuple[Kind, ...] = ("journal", "checkin", "settings", "stretch", "breathing", "episode")

# Events, window process → tray process.
SETTINGS_SAVED = "settings-saved"  # the settings file holds new settings: read them again
SESSION_ENDED = "session-ended"  # a guided session settled its plan step: step, answer
CHECKED_IN = "checked-in"  # a check-in dialog closed: the day look may be due
WINDOWS = "windows"  # the titles of its windows on screen now: titles
OPENED = "opened"  # a request to open was carried out
# Requests, tray process → window process.
OPEN = "open"  # open (or bring forward) the window again: options
CLOSE = "close"  # close every window, then end


@dataclass(frozen=True)
class WindowRequest:
    """Which window, for which data folder, on which clock."""

    kind: Kind
    paths: Paths
    options: dict[str, Any] = field(default_factory=dict)
    # The tray's plan time and its speed when it is not the real clock (demo, benches).
    clock_now: datetime | None = None
    clock_scale: float = 1.0

    def to_text(self) -> str:
        return json.dumps(
            {
                "kind": self.kind,
                "dirs": [str(d or "") for d in self.paths],  # config, data, state, root
                "options": self.options,
                "clock_now": self.clock_now.isoformat() if self.clock_now else None,
                "clock_scale": self.clock_scale,
            }
        )

    @classmethod
    def from_text(cls, text: str) -> WindowRequest:
        """Raises ValueError for anything the tray process would not have sent."""
        try:
            data = json.loads(text)
            config, data_dir, state, root = data["dirs"]
            root_dir = Path(root) if root else None  # "": the platform's folders
            kind = data["kind"]
            clock_now = data["clock_now"]
            request = cls(
                kind=kind,
                paths=Paths(Path(config), Path(data_dir), Path(state), root_dir),
                options=dict(data["options"]),
                clock_now=datetime.fromisoformat(clock_now) if clock_now else None,
                clock_scale=float(data["clock_scale"]),
            )
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a window request: {exc}") from None
        if kind not in KINDS:
            raise ValueError(f"no such window: {kind!r}")
        return request


def line(name: str, **values: Any) -> bytes:
    """One message, ready to write."""
    return json.dumps({"name": name, **values}).encode() + b"\n"


def read_line(raw: bytes) -> dict[str, Any] | None:
    """One message, or None for a line that is not one (never raises: it came from outside)."""
    try:
        message = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return message if isinstance(message, dict) and isinstance(message.get("name"), str) else None


def own_command() -> list[str]:
    """How to start this program again: the bundle's executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "companion"]
