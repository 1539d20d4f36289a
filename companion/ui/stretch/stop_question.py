"""The question the stretch window asks in its own footer when Esc pauses a session: stop or
go on. Go on has the focus, so a second stray Esc or Enter never ends the routine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from companion.ui.stretch.style import Action, Scaler, legible, make_button, scale_button, set_font
from companion.ui.stretch.texts import text


class StopQuestion(QWidget):
    """ "Stop tonight's stretches?" with Stop and Go on; its buttons take the focus (Enter
    presses the focused one, Tab moves between them)."""

    def __init__(self, *, stop: Action, go_on: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_label = QLabel(text("ask_stop"))
        self.question_label.setObjectName("ask")
        self.stop_now_button = _focusable(make_button("stop_now", stop))
        self.go_on_button = _focusable(make_button("go_on", go_on))
        self.go_on_button.setObjectName("primary")
        self.keys_label = QLabel(text("ask_keys"))
        self.keys_label.setObjectName("askKeys")
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question_label)
        row.addWidget(self.keys_label, 1)
        row.addWidget(self.stop_now_button)
        row.addWidget(self.go_on_button)
        self._row = row
        self.setTabOrder(self.stop_now_button, self.go_on_button)

    def ask(self) -> None:
        self.go_on_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_scale(self, px: Scaler) -> None:
        set_font(self.question_label, legible(self, px(22)), QFont.Weight.DemiBold)
        set_font(self.keys_label, legible(self, px(16)))
        for button in (self.stop_now_button, self.go_on_button):
            scale_button(button, px)
        self._row.setSpacing(px(12))


def _focusable(button: QPushButton) -> QPushButton:
    # Unlike the window's other buttons, these two are the answer to a question: they take
    # the focus, and Enter presses the focused one.
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoDefault(True)
    return button
