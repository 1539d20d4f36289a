"""Print one application's AT-SPI tree as JSON, as a screen reader reads it.

Usage: python3 atspi_walker.py APP_NAME. pyatspi lives in the system's Python (Debian's
python3-pyatspi), not in the project's venv, so the tests run this file in a subprocess.
Prints a JSON list of windows, each {"role", "name", "states", "nodes": [...]} where every node
is {"role", "name", "states", "description", "value", "labelled_by"}, labelled_by being a
list of {"role", "name"}. Prints [] when the application is not on the bus yet.
"""

from __future__ import annotations

import contextlib
import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]

# A screen reader never reaches a node deeper than this; it also guards against cycles.
MAX_DEPTH = 40


def describe(node: Any) -> dict[str, Any]:
    states = node.getState()
    labelled_by: list[dict[str, str]] = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                target = relation.getTarget(index)
                labelled_by.append({"role": target.getRoleName(), "name": target.name or ""})
    value = ""
    with contextlib.suppress(NotImplementedError):  # pyatspi's way to say "no value"
        value = str(node.queryValue().currentValue)
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "value": value,
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "labelled_by": labelled_by,
    }


def walk(node: Any, depth: int, out: list[dict[str, Any]]) -> None:
    if depth > MAX_DEPTH:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None:
            continue
        out.append(describe(child))
        walk(child, depth + 1, out)


def main(app_name: str) -> int:
    desktop = pyatspi.Registry.getDesktop(0)
    windows: list[dict[str, Any]] = []
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None or app.name != app_name:
            continue
        for window_index in range(app.childCount):
            window = app.getChildAtIndex(window_index)
            if window is None:
                continue
            entry = describe(window)
            nodes: list[dict[str, Any]] = []
            walk(window, 1, nodes)
            entry["nodes"] = nodes
            windows.append(entry)
    json.dump(windows, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
