"""The first-run welcome: what the app does, that it is not medical advice, and two times."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.settings import Settings
from companion.core.texts import APP_NAME, NOT_MEDICAL_ADVICE, PRIVACY, SUMMARY
from companion.core.words import translate
from companion.ui.screen_fit import fit_on_first_show
from companion.ui.theme import SPACE, SPACE_LOOSE, font
from companion.ui.widgets.clock_edit import ClockEdit
from companion.ui.widgets.form_scroll import FormScroll
from companion.ui.widgets.wheel_guard import guard_wheel


def time_edit(value: time) -> QTimeEdit:
    edit = ClockEdit(value)
    edit.setWrapping(True)
    # Always its full size: a squeezed window scrolls its text, never shrinks a time to a sliver.
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    guard_wheel(edit)
    return edit


def to_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class OnboardingDialog(QDialog):
    """Shown once. `completed` carries the answers whether the user clicks or closes."""

    completed = Signal(object, object, bool)  # bedtime, wake time, start at login

    def __init__(self, bedtime: time, wake: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        welcome = translate("Welcome", "Welcome to {app}").format(app=APP_NAME)
        self.setWindowTitle(welcome)
        self._done = False

        title = QLabel(welcome)
        title.setFont(font("title", title.font()))
        summary = _paragraph(translate("About", SUMMARY))

        notice = QFrame()
        notice.setObjectName("notice")
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice_layout = QVBoxLayout(notice)
        notice_words = translate("Welcome", "Please read: this is not medical advice")
        heading = QLabel(f"<b>{notice_words}</b>")
        notice_layout.addWidget(heading)
        self.notice_label = _paragraph(translate("About", NOT_MEDICAL_ADVICE))
        notice_layout.addWidget(self.notice_label)

        privacy = _paragraph(translate("About", PRIVACY))

        self.bedtime_edit = time_edit(bedtime)
        self.bedtime_edit.setAccessibleName(translate("Welcome", "Usual bedtime"))
        self.wake_edit = time_edit(wake)
        self.wake_edit.setAccessibleName(translate("Welcome", "Usual wake-up time"))
        self.autostart_box = QCheckBox(
            translate("Welcome", "Start {app} when I log in").format(app=APP_NAME)
        )
        # The article suggests 10-15 minutes of slow breathing to wind down: offered, not forced.
        offer = Settings()  # the defaults the offer turns on
        # Both numbers are well above one (the defaults): no plural forms to choose.
        self.breathing_box = QCheckBox(
            translate(
                "Welcome", "Add {minutes} minutes of slow breathing, {before} minutes before bed"
            ).format(
                minutes=offer.breathing.minutes, before=offer.steps["breathing"].offset_minutes
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(translate("Welcome", "I usually go to bed at"), self.bedtime_edit)
        form.addRow(translate("Welcome", "I usually get up at"), self.wake_edit)
        form.addRow("", self.autostart_box)
        form.addRow("", self.breathing_box)
        hint = _paragraph(
            translate(
                "Welcome",
                "You can change these, the reminder times and your magnesium dose any time "
                "under Settings… in the tray menu.",
            )
        )
        muted = hint.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        hint.setPalette(muted)  # a hint in the muted colour; disabled would mean "cannot be used"

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            translate("Welcome", "Get started"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACE_LOOSE, SPACE_LOOSE, SPACE_LOOSE, 0)
        layout.setSpacing(SPACE)
        for widget in (title, summary, notice, privacy):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        content.setMinimumWidth(480)
        # The words scroll on a small screen; "Get started" stays below them, always in view.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, SPACE_LOOSE)
        buttons.setContentsMargins(SPACE_LOOSE, 0, SPACE_LOOSE, 0)
        outer.setSpacing(SPACE)
        outer.addWidget(FormScroll(content), 1)
        outer.addWidget(buttons)
        fit_on_first_show(self)
        self.bedtime_edit.setFocus()

    def done(self, result: int) -> None:
        self._finish()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish()
        super().closeEvent(event)

    def _finish(self) -> None:
        # Closing the window counts too: the notice was shown, and the defaults are sensible.
        if not self._done:
            self._done = True
            self.completed.emit(
                to_time(self.bedtime_edit), to_time(self.wake_edit), self.autostart_box.isChecked()
            )


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
