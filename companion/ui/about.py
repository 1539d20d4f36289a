"""The About box: what the app is, that it is not medical advice, and that data stays local."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from companion import __version__
from companion.core.texts import APP_NAME, NOT_MEDICAL_ADVICE, PRIVACY, SUMMARY
from companion.core.words import translate
from companion.render import icons


def about_box() -> QMessageBox:
    box = QMessageBox()
    box.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
    box.setIconPixmap(icons.app_icon().pixmap(64, 64))
    box.setText(f"<b>{APP_NAME}</b> {__version__}")  # a name and a number: nothing to translate
    paragraphs = (translate("About", text) for text in (SUMMARY, NOT_MEDICAL_ADVICE, PRIVACY))
    box.setInformativeText("\n\n".join(paragraphs))
    box.setModal(False)
    return box
