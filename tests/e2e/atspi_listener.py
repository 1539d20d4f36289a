"""Print what a screen reader is told while it listens: announcements and name changes.

Usage: python3 atspi_listener.py SECONDS (run by the system's /usr/bin/python3, which has
pyatspi). Prints one JSON object a line, flushed: first {"ready": true} once it listens, then
{"type", "text", "source"} for each `object:announcement` (what Orca speaks at once) and each
`object:property-change:accessible-name` (a renamed control, which Orca re-reads). Stops after
SECONDS, or earlier when terminated.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

EVENTS = ("object:announcement", "object:property-change:accessible-name")


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record), flush=True)


def heard(event: Any) -> None:
    source = event.source.name if event.source is not None else ""
    emit({"type": event.type, "text": str(event.any_data or ""), "source": source or ""})


def main(seconds: float) -> int:
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    GLib.idle_add(lambda: emit({"ready": True}) or False)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1])))
