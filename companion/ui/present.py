"""Bring a window to the front: shown, raised and given the focus (the user asked for it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def present(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
