"""The QApplication as every process of ours makes it: the tray's and each window's own."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from companion import APP_ID, __version__
from companion.core.texts import APP_NAME


def make_qt_app() -> QApplication:
    """With our names; each process adds the window icon and the screen-reader roles when it
    is ready for them (the tray only after its icon is up)."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("bedtime-companion")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app
