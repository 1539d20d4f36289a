"""The About box: what the app is, that it is not medical advice, and that data stays local."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from companion import __version__
from companion.core.texts import APP_NAME, NOT_MEDICAL_ADVICE, PRIVACY, SUMMARY
from companion.render import icons


def about_box() -> QMessageBox:
    box = QMessageBox()
    box.setWindowTitle(f"About {APP_NAME}")
    box.setIconPixmap(icons.app_icon().pixmap(64, 64))
    box.setText(f"<b>{APP_NAME}</b> {__version__}")
    box.setInformativeText(f"{SUMMARY}\n\n{NOT_MEDICAL_ADVICE}\n\n{PRIVACY}")
    box.setModal(False)
    return box
