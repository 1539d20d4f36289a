"""Our style: the desktop's, except that message boxes show our own line icons and dialog buttons
no stock icons (the palette, evening or day, is ui.theme.use_look_palette).

The style goes in with the first dialog (`use_companion_style`, called by
`ui.present.present_dialog`, messages, and a window's own process at its start), never for the
tray's cards or the Tonight window: once it is installed Qt asks it about every widget, its own
private ones too (the X11 tray icon's, a tooltip), and handing PySide6 one of those builds every
QtWidgets class in Python (~2.5 MB that the tray would carry for weeks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from companion.ui.theme import colour, is_dark

if TYPE_CHECKING:
    from companion.render.dialog_icons import DialogIcon

_MESSAGE_ICONS: dict[QStyle.StandardPixmap, DialogIcon] = {
    QStyle.StandardPixmap.SP_MessageBoxInformation: "information",
    QStyle.StandardPixmap.SP_MessageBoxWarning: "warning",
    QStyle.StandardPixmap.SP_MessageBoxCritical: "error",
    QStyle.StandardPixmap.SP_MessageBoxQuestion: "question",
}


class CompanionStyle(QProxyStyle):
    """The desktop's style, except: dialog buttons carry words only (no floppy disk, no red X),
    and message boxes show our line icons in the text colour."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: object = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)  # type: ignore[arg-type]

    def standardIcon(
        self,
        icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        kind = _MESSAGE_ICONS.get(icon)
        if kind is not None:
            from companion.render.dialog_icons import dialog_icon  # with the first message box

            return dialog_icon(kind, colour("text", is_dark(widget)))
        return super().standardIcon(icon, option, widget)


_installed: list[bool] = []  # once per process


def use_companion_style(app: QApplication | None = None) -> None:
    """Wrap the desktop's style, once, before a window shows; the palette stays ours."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not _installed and isinstance(app, QApplication):
        # No base style given: Qt wraps the desktop's own (or the -style asked for) without
        # handing it to Python (see the module's note).
        app.setStyle(CompanionStyle())
        _installed.append(True)
