"""Bring a window to the front: shown, raised and given the focus (the user asked for it)."""

from __future__ import annotations

from typing import Protocol


class Presentable(Protocol):
    """A top-level window (any QWidget), as far as bringing it forward goes."""

    def show(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...


def present(window: Presentable) -> None:
    from companion.ui.accessibility import install_window_roles

    install_window_roles()  # with the first window: an idle tray has none (issue 19)
    window.show()
    window.raise_()
    window.activateWindow()


def present_dialog(dialog: Presentable) -> None:
    """A dialog (buttons in a button box, a message's icon): our style first, then `present`.

    Only dialogs bring the style in: once it is installed Qt asks it about every widget,
    including its own private ones (the X11 tray icon's, a tooltip), and handing those to
    PySide6 builds every QtWidgets class in the tray (~2.5 MB). Cards and the Tonight window
    need none of what the style changes.
    """
    from companion.ui.app_style import use_companion_style

    use_companion_style()
    present(dialog)
