"""The "Tonight" window: opened from the tray, and standing in for it on desktops without one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.prompt_texts import state_text
from companion.core.texts import APP_NAME
from companion.core.words import QT_TRANSLATE_NOOP, clock_time, translate
from companion.ui.screen_fit import fit_on_first_show
from companion.ui.theme import SPACE, SPACE_LOOSE, SPACE_TIGHT, font
from companion.ui.tonight.step_mark import StepMark, mark_for

if TYPE_CHECKING:
    from companion.core.reminders import StepState

# The tray's words, in the tray's context: the panel and the menu say the same in every language.
PAUSE_TEXT = {
    False: QT_TRANSLATE_NOOP("Tray", "Pause tonight"),
    True: QT_TRANSLATE_NOOP("Tray", "Resume tonight"),
}


@dataclass(frozen=True)
class TimelineRow:
    """One step as the panel shows it; built by the app from the scheduler's states."""

    kind: str
    label: str
    time: str  # "21:00"
    state: str  # "done at 21:02"
    is_current: bool  # the step a prompt is open for: the panel's buttons act on it
    is_settled: bool
    status: str = ""  # the scheduler's word ("done", "missed", …): picks the row's mark

    def mark(self) -> str:
        """The row's mark (see step_mark.MARK_WORDS), from its status or, without one, its flags."""
        if self.status:
            return mark_for(self.status)
        return "now" if self.is_current else "done" if self.is_settled else "later"


def timeline_rows(states: Sequence[StepState]) -> list[TimelineRow]:
    """The panel's rows for tonight's steps as the scheduler has them."""
    return [
        TimelineRow(
            kind=s.step.kind,
            label=s.step.label,
            time=clock_time(s.step.at),
            state=state_text(s.status, s.due_at, s.answered_at),
            is_current=s.should_show,
            is_settled=not s.is_pending,
            status=s.status,
        )
        for s in states
    ]


class TonightPanel(QWidget):
    """Tonight at a glance, with every command of the tray menu (it may stand in for the tray)."""

    stretch_requested = Signal()
    checkin_requested = Signal()
    journal_requested = Signal()
    pause_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    answered = Signal(str, str)  # step kind, answer ("done", "snoozed", "skipped")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("Tonight", "Tonight — {app}").format(app=APP_NAME))
        self.heading = QLabel(translate("Tonight", "Tonight"))
        self.heading.setFont(font("title"))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status_label = QLabel(translate("Tonight", "Nothing is planned yet."))
        self.status_label.setWordWrap(True)
        self.timeline = QGridLayout()
        self.timeline.setHorizontalSpacing(SPACE)
        self.timeline.setVerticalSpacing(SPACE_TIGHT)
        self.timeline.setColumnStretch(2, 1)
        self.current_kind: str | None = None
        self.rows: dict[str, tuple[StepMark, QLabel, QLabel, QLabel]] = {}
        self.act_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for answer, text in (
            ("done", translate("Tonight", "Done")),
            ("snoozed", translate("Tonight", "Snooze")),
            ("skipped", translate("Tonight", "Skip")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=answer: self._act(a))
            self.act_buttons[answer] = button
            actions.addWidget(button)
        actions.addStretch()
        self.actions_row = QWidget()
        self.actions_row.setLayout(actions)
        self.actions_row.hide()
        self.body = QVBoxLayout()  # features add their rows here
        self.body.setSpacing(SPACE)
        self.body.addLayout(self.timeline)
        self.body.addWidget(self.actions_row)

        # The tray menu's commands, in its order and words.
        self.stretch_button = self._button(
            translate("Tray", "Start stretches now"), self.stretch_requested
        )
        self.checkin_button = self._button(
            translate("Tray", "Log last night…"), self.checkin_requested
        )
        self.journal_button = self._button(
            translate("Tray", "Open journal…"), self.journal_requested
        )
        self.pause_button = self._button(translate("Tray", PAUSE_TEXT[False]), self.pause_requested)
        self.pause_button.setEnabled(False)  # until the reminders run
        self.settings_button = self._button(translate("Tray", "Settings…"), self.settings_requested)
        self.about_button = self._button(translate("Tray", "About"), self.about_requested)
        self.quit_button = self._button(translate("Tray", "Quit"), self.quit_requested)
        self.quit_button.setToolTip(
            translate("Tonight", "Stop {app} and tonight's reminders").format(app=APP_NAME)
        )
        self.no_tray_note = QLabel(
            translate(
                "Tonight",
                "Your desktop shows no tray area, so this window stands in for the tray icon. "
                "Closing it keeps the reminders running; Quit stops them.",
            )
        )
        self.no_tray_note.setWordWrap(True)
        self.no_tray_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a hint
        commands = QGridLayout()
        commands.setHorizontalSpacing(SPACE_TIGHT)
        commands.setVerticalSpacing(SPACE_TIGHT)
        for column, button in enumerate(
            (self.stretch_button, self.checkin_button, self.journal_button)
        ):
            commands.addWidget(button, 0, column)
        for column, button in enumerate((self.pause_button, self.settings_button)):
            commands.addWidget(button, 1, column)
        app_row = QHBoxLayout()
        app_row.setSpacing(SPACE_TIGHT)
        app_row.addWidget(self.about_button)
        app_row.addStretch()
        app_row.addWidget(self.quit_button)
        commands.addLayout(app_row, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_LOOSE, SPACE_LOOSE, SPACE_LOOSE, SPACE_LOOSE)
        layout.setSpacing(SPACE)
        # Never smaller than the content needs (word-wrapped lines included): nothing clips.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.status_label)
        layout.addLayout(self.body)
        layout.addStretch()
        layout.addWidget(self.no_tray_note)
        layout.addLayout(commands)
        self.set_stands_in_for_tray(False)
        fit_on_first_show(self)  # on its screen, whole, however small the screen

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(signal.emit)
        return button

    def set_stands_in_for_tray(self, standing_in: bool) -> None:
        self.no_tray_note.setVisible(standing_in)
        self._fit()

    def set_paused(self, paused: bool) -> None:
        """The reminders run: Pause (or Resume) tonight can be used, in the tray's words."""
        self.pause_button.setText(translate("Tray", PAUSE_TEXT[paused]))
        self.pause_button.setEnabled(True)
        self._fit()

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self._fit()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text or translate("Tonight", "Tonight's routine is complete."))
        self._fit()

    def set_timeline(self, rows: list[TimelineRow], *, can_snooze: bool) -> None:
        """Replace the timeline; the buttons act on the step whose prompt is open."""
        while self.timeline.count():
            item = self.timeline.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.current_kind = None
        self.rows = {}
        for row, step in enumerate(rows):
            cells = (
                StepMark(step.mark()),
                QLabel(step.time),
                QLabel(step.label),
                QLabel(step.state),
            )
            for column, cell in enumerate(cells):
                cell.setObjectName(f"timeline-{step.kind}-{column}")
                self.timeline.addWidget(cell, row, column)
            self._style_row(step, cells[1:])
            self.rows[step.kind] = cells
            if step.is_current and self.current_kind is None:
                self.current_kind = step.kind
        self.actions_row.setVisible(self.current_kind is not None)
        self.act_buttons["snoozed"].setEnabled(can_snooze)
        self._fit()

    def _style_row(self, step: TimelineRow, labels: tuple[QLabel, ...]) -> None:
        """Now: bold. Done: plain text. Skipped and missed: muted; missed also struck through."""
        mark = step.mark()
        for label in labels:
            text_font = QFont(label.font())
            text_font.setBold(step.is_current)
            text_font.setStrikeOut(mark == "missed" and label is labels[1])
            label.setFont(text_font)
            if mark in ("skipped", "missed"):
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the muted role

    def state_of(self, kind: str) -> str:
        """The state text shown for a step (tests and accessibility)."""
        row = self.rows.get(kind)
        return row[3].text() if row is not None else ""

    def _act(self, answer: str) -> None:
        if self.current_kind is not None:
            self.answered.emit(self.current_kind, answer)

    def _fit(self) -> None:
        """Grow to the content's height at the current width (wrapped lines need more)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        self.setMinimumHeight(needed)
        if self.height() < needed or self.width() < width:
            self.resize(width, max(self.height(), needed))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing hides: the app keeps running its reminders until Quit.
        event.ignore()
        self.hide()
