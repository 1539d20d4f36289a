"""The "Tonight" window: opened from the tray, and standing in for it on desktops without one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.texts import APP_NAME


@dataclass(frozen=True)
class TimelineRow:
    """One step as the panel shows it; built by the app from the scheduler's states."""

    kind: str
    label: str
    time: str  # "21:00"
    state: str  # "done at 21:02"
    is_current: bool  # the step a prompt is open for: the panel's buttons act on it
    is_settled: bool


class TonightPanel(QWidget):
    """Tonight at a glance. Without a tray it also carries the tray menu's commands."""

    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    answered = Signal(str, str)  # step kind, answer ("done", "snoozed", "skipped")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"Tonight — {APP_NAME}")
        self.heading = QLabel("Tonight")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status_label = QLabel("Nothing is planned yet.")
        self.status_label.setWordWrap(True)
        self.timeline = QGridLayout()
        self.timeline.setHorizontalSpacing(16)
        self.timeline.setVerticalSpacing(6)
        self.current_kind: str | None = None
        self._state_labels: dict[str, QLabel] = {}
        self.act_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for answer, text in (("done", "Done"), ("snoozed", "Snooze"), ("skipped", "Skip")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=answer: self._act(a))
            self.act_buttons[answer] = button
            actions.addWidget(button)
        actions.addStretch()
        self.actions_row = QWidget()
        self.actions_row.setLayout(actions)
        self.actions_row.hide()
        self.body = QVBoxLayout()  # features add their rows here
        self.body.addLayout(self.timeline)
        self.body.addWidget(self.actions_row)

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
        layout.addWidget(self.banner)
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

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def set_status(self, text: str) -> None:
        self.status_label.setText(text or "Tonight's routine is complete.")

    def set_timeline(self, rows: list[TimelineRow], *, can_snooze: bool) -> None:
        """Replace the timeline; the buttons act on the step whose prompt is open."""
        while self.timeline.count():
            item = self.timeline.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.current_kind = None
        self._state_labels = {}
        for row, step in enumerate(rows):
            cells = (QLabel(step.time), QLabel(step.label), QLabel(step.state))
            for column, cell in enumerate(cells):
                cell.setObjectName(f"timeline-{step.kind}-{column}")
                font = QFont(cell.font())
                font.setBold(step.is_current)
                cell.setFont(font)
                cell.setEnabled(not step.is_settled or step.is_current)
                self.timeline.addWidget(cell, row, column)
            self._state_labels[step.kind] = cells[2]
            if step.is_current and self.current_kind is None:
                self.current_kind = step.kind
        self.actions_row.setVisible(self.current_kind is not None)
        self.act_buttons["snoozed"].setEnabled(can_snooze)

    def state_of(self, kind: str) -> str:
        """The state text shown for a step (tests and accessibility)."""
        label = self._state_labels.get(kind)
        return label.text() if label is not None else ""

    def _act(self, answer: str) -> None:
        if self.current_kind is not None:
            self.answered.emit(self.current_kind, answer)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing hides: the app keeps running its reminders until Quit.
        event.ignore()
        self.hide()
