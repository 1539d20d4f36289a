"""The small "Legs restless now…" dialog: when, and what you did for relief, in one or two keys.

Widgets only: the journey hands in the clock time to start from and stores what `saved` carries
(the clock time and the relief words); which night it belongs to is the journey's business.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.texts import APP_NAME
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.ui.screen_fit import fit_on_first_show
from companion.ui.theme import SPACE, SPACE_LOOSE, SPACE_TIGHT, font
from companion.ui.widgets.clock_edit import ClockEdit
from companion.ui.widgets.wheel_guard import guard_wheels_in

TITLE = QT_TRANSLATE_NOOP("Episode", "Legs restless now — {app}")  # .format(app=APP_NAME)
# What people most often do for relief, each on its own key (the first letter of its words in
# the user's language, or its number). The first item is what is stored, in English always.
RELIEF_CHOICES: tuple[tuple[str, str], ...] = (
    ("walked", QT_TRANSLATE_NOOP("Episode", "Walked")),
    ("stretched", QT_TRANSLATE_NOOP("Episode", "Stretched")),
    ("massage", QT_TRANSLATE_NOOP("Episode", "Massage")),
    ("hot or cold", QT_TRANSLATE_NOOP("Episode", "Hot or cold")),
    ("other", QT_TRANSLATE_NOOP("Episode", "Other")),
)


def window_title() -> str:
    return translate("Episode", TITLE).format(app=APP_NAME)


def choice_words() -> list[tuple[str, str]]:
    """(stored value, the words shown) for each choice, in the user's language."""
    return [(value, translate("Episode", words)) for value, words in RELIEF_CHOICES]


def relief_text(choice: str | None, words: str) -> str:
    """What is stored: the choice, then the user's own words after a colon ('' for neither)."""
    words = " ".join(words.split())
    if choice and words:
        return f"{choice}: {words}"
    return choice or words


class EpisodeDialog(QDialog):
    """Emits `saved(time, relief)` on Enter or Save; `refuse_save` keeps it open with a reason."""

    saved = Signal(object, str)  # datetime.time, relief text

    def __init__(self, start: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title())
        self._refusal: str | None = None
        title = QLabel(translate("Episode", "Legs restless now"))
        title.setFont(font("title"))
        hint = QLabel(
            translate(
                "Episode",
                "Press a letter for what you did, then Enter. Everything else is optional.",
            )
        )
        hint.setWordWrap(True)

        self.time_edit = ClockEdit(start)
        self.time_edit.setWrapping(True)
        self.time_edit.setAccessibleName(translate("Episode", "When it started"))

        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.setSpacing(SPACE)
        for i, (value, words) in enumerate(choice_words()):
            key = words[:1].upper()
            button = QRadioButton(
                translate("Episode", "{choice} ({key})", "a choice and its key").format(
                    choice=words, key=key
                )
            )
            button.setToolTip(
                translate("Episode", "Key {key} or {number}").format(key=key, number=i + 1)
            )
            button.setProperty("relief", value)
            self.choices.addButton(button, i)
            self.choice_buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)

        self.words_edit = QLineEdit()
        self.words_edit.setPlaceholderText(translate("Episode", "In your own words (optional)"))
        self.words_edit.setAccessibleName(translate("Episode", "What helped, in your own words"))
        self.words_edit.setMaxLength(200)

        form = QFormLayout()
        form.setHorizontalSpacing(SPACE)
        form.setVerticalSpacing(SPACE_TIGHT)
        form.addRow(translate("Episode", "Started at"), self.time_edit)
        form.addRow(translate("Episode", "What I did"), row)
        form.addRow(translate("Episode", "Notes"), self.words_edit)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_LOOSE, SPACE_LOOSE, SPACE_LOOSE, SPACE)
        layout.setSpacing(SPACE)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        guard_wheels_in(self)
        fit_on_first_show(self)
        # Focus on the choices, so the first key pressed picks one (the time box would eat it).
        self.choice_buttons[RELIEF_CHOICES[0][0]].setFocus()

    def choice(self) -> str | None:
        button = self.choices.checkedButton()
        return None if button is None else str(button.property("relief"))

    def chosen_time(self) -> time:
        t = self.time_edit.time()
        return time(t.hour(), t.minute())

    def relief(self) -> str:
        return relief_text(self.choice(), self.words_edit.text())

    def save(self) -> None:
        self._refusal = None
        self.saved.emit(self.chosen_time(), self.relief())
        if self._refusal is not None:
            self.status.setText(self._refusal)
            self.status.show()
            return
        self.accept()

    def refuse_save(self, message: str) -> None:
        """Called by a `saved` slot that could not store it: stay open and say why."""
        self._refusal = message

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # One key picks a choice, except while typing the user's own words.
        if not self.words_edit.hasFocus() and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            picked = _choice_for_key(event.text())
            if picked is not None:
                self.choice_buttons[picked].setChecked(True)
                self.choice_buttons[picked].setFocus()
                return
        super().keyPressEvent(event)


def _choice_for_key(text: str) -> str | None:
    key = text.lower()
    for i, (value, words) in enumerate(choice_words()):
        if key in (words[:1].lower(), str(i + 1)):
            return value
    return None
