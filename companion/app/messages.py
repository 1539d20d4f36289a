"""Messages the user must see, as small windows (a tray balloon is easy to miss): each kept
alive while open and let go when closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from companion.core.texts import APP_NAME
from companion.render import icons

if TYPE_CHECKING:  # loaded with the first message: an idle tray has none
    from PySide6.QtWidgets import QMessageBox


class OpenMessages(QObject):
    """Shows messages; `boxes` holds those open now."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QMessageBox] = []

    def tell(self, message: str) -> QMessageBox:
        # Not at the top: the first `Qt` import builds every enum of Qt's namespace (about
        # 12 ms), which start-up would otherwise pay before the tray icon is up.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from companion.ui.accessibility import install_window_roles
        from companion.ui.app_style import use_companion_style

        install_window_roles()
        use_companion_style()  # the first window may be this message
        box = QMessageBox(QMessageBox.Icon.NoIcon, APP_NAME, message)
        box.setIconPixmap(icons.app_icon().pixmap(48, 48))  # ours, not the stock "i"
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget)
        self.boxes.append(box)
        box.show()
        return box

    def _forget(self) -> None:
        box = self.sender()
        self.boxes[:] = [b for b in self.boxes if b is not box]
