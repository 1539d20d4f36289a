"""The "Tonight" window: opened from the tray, and standing in for it on desktops without one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.texts import APP_NAME


class TonightPanel(QWidget):
    """Tonight at a glance. Without a tray it also carries the tray menu's commands."""

    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"Tonight — {APP_NAME}")
        self.heading = QLabel("Tonight")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = QLabel("Nothing is planned yet.")
        self.status_label.setWordWrap(True)
        self.body = QVBoxLayout()  # features add their rows here

        self.settings_button = QPushButton("Settings…")
        self.settings_button.clicked.connect(self.settings_requested)
        self.about_button = QPushButton("About")
        self.about_button.clicked.connect(self.about_requested)
        self.quit_button = QPushButton(f"Quit {APP_NAME}")
        self.quit_button.clicked.connect(self.quit_requested)
        self.no_tray_note = QLabel(
            "Your desktop shows no tray area, so this window stands in for the tray icon. "
            "Closing it keeps the reminders running; Quit stops them."
        )
        self.no_tray_note.setWordWrap(True)
        self.no_tray_note.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.about_button)
        buttons.addStretch()
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addLayout(self.body)
        layout.addStretch()
        layout.addWidget(self.no_tray_note)
        layout.addLayout(buttons)
        self.set_stands_in_for_tray(False)
        self.setMinimumWidth(380)

    def set_stands_in_for_tray(self, standing_in: bool) -> None:
        self.no_tray_note.setVisible(standing_in)
        self.quit_button.setVisible(standing_in)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing hides: the app keeps running its reminders until Quit.
        event.ignore()
        self.hide()
