"""The QApplication as every process of ours makes it: the tray's and each window's own."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from companion import APP_ID, __version__
from companion.core.texts import APP_NAME
from companion.render import icons
from companion.ui.accessibility import install_window_roles


def make_qt_app() -> QApplication:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("bedtime-companion")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.app_icon())
    install_window_roles()  # screen readers see our windows as windows, not "filler"
    return app
