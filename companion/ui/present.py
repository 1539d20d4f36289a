"""Bring a window to the front: shown, raised and given the focus (the user asked for it)."""

from __future__ import annotations

from typing import Protocol


class Presentable(Protocol):
    """A top-level window (any QWidget), as far as bringing it forward goes."""

    def show(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...


def present(window: Presentable) -> None:
    from companion.ui.app_style import use_companion_style

    use_companion_style()  # our style, before the first window shows
    window.show()
    window.raise_()
    window.activateWindow()
