"""The look every window shares: our palette for the evening or the desktop's by day, and a
style that draws our own message icons and no stock icons on dialog buttons."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from companion.render.dialog_icons import DialogIcon, dialog_icon
from companion.ui.theme import colour, is_dark, use_look_palette

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
            return dialog_icon(kind, colour("text", is_dark(widget)))
        return super().standardIcon(icon, option, widget)


def use_companion_style(app: QApplication) -> None:
    """Wrap the desktop's style once; the palette set afterwards stays ours."""
    if not isinstance(app.style(), CompanionStyle):
        app.setStyle(CompanionStyle(app.style().name()))


def apply_look(app: QApplication, evening: bool) -> None:
    """Our style, and the evening palette or the desktop's by day (theme.use_look_palette)."""
    use_companion_style(app)
    use_look_palette(app, evening)
