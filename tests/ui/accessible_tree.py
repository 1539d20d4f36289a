"""A window's accessibility tree as Qt hands it to AT-SPI, and the rules a screen reader needs.

The same rules as tests/e2e/test_screen_reader.py checks through the real AT-SPI bus, here on
Qt's own interfaces offscreen, so a regression shows in a second instead of an e2e run.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
# What a person operates: each must have a name of its own. (Menus, lists inside combo boxes'
# popups and scroll bars are named by Qt or are not reached by a screen reader on their own.)
INTERACTIVE = {
    Role.PushButton: "push button",
    Role.ButtonMenu: "push button",
    Role.CheckBox: "check box",
    Role.RadioButton: "radio button",
    Role.ComboBox: "combo box",
    Role.SpinBox: "spin button",
    Role.EditableText: "text",
    Role.Slider: "slider",
    Role.Table: "table",
    Role.PageTab: "page tab",
}
WINDOW_ROLES = (Role.Window, Role.Dialog)
_MAX_DEPTH = 40  # a guard against a cycle in a broken tree


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    label_names: tuple[str, ...]  # the texts of the labels (not group boxes) naming it
    path: str  # object names / classes from the window down, to find the widget


def nodes(window: QWidget) -> list[Node]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    found: list[Node] = []
    _walk(root, type(window).__name__, 0, found)
    return found


def _walk(iface: QAccessibleInterface, path: str, depth: int, found: list[Node]) -> None:
    if depth > _MAX_DEPTH:
        return
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is None or not child.isValid():
            continue
        obj = child.object()
        here = f"{path}/{obj.objectName() or type(obj).__name__}" if obj else f"{path}/#{index}"
        labels = tuple(
            other.text(QAccessible.Text.Name)
            for other, relation in child.relations(QAccessible.RelationFlag.Label)
            if other.role() == Role.StaticText
        )
        found.append(Node(child.role(), child.text(QAccessible.Text.Name), labels, here))
        _walk(child, here, depth + 1, found)


def problems(window: QWidget) -> list[str]:
    """What a screen reader user would miss in `window`: one line per problem."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    found: list[str] = []
    if root.role() not in WINDOW_ROLES:
        found.append(f"window {type(window).__name__} has role {root.role().name}")
    for node in nodes(window):
        kind = INTERACTIVE.get(node.role)
        if kind is None:
            continue
        if node.role == Role.ComboBox:
            # Qt on Linux names a combo box by its current value; only a label buddy names it.
            if not any(node.label_names):
                found.append(f"{kind} {node.name!r} has no label: {node.path}")
        elif not node.name.strip():
            found.append(f"{kind} has no name: {node.path}")
    return found
