"""The morning check-in: how the night went, quick by keyboard, everything else optional.

Widgets only (DESIGN §3): the dialog gets plain data in — the stored `Night` or None, the night's
factor values, the routine's summary lines and the tag names — and gives plain data out through
`saved`. `companion.journeys.checkin` turns that into store calls; nothing here knows about SQL.

Inside the dialog, widgets tell each other about changes through plain Python callbacks, not
signals of our own: with PySide6 6.12 on Python 3.11 every Python-side `Signal.emit()` drops a
reference to `True`, and a few thousand keystrokes would crash the app. `saved` is the one
signal, emitted once per save.

Rules it keeps:
- None is "not answered" and never becomes 0: counts and minutes show the no-answer mark until set.
- Validation is the journal model's own (`night_problems`): each message appears under the field
  it names, and Save stays disabled while any is shown, so nothing half-valid leaves the dialog.
- A value the user did not touch is handed back exactly as it came in (a stored time keeps its
  UTC offset, a factor keeps its source), so opening and saving an old night changes nothing.

The parts live beside it: `quick_questions` (the common path), `details` (the folded rest, with
`tags`), `routine_card`, `answers` (what `saved` carries) and the shared inputs in `ui.widgets`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal import FactorValue, Night, Problem, night_problems, tag_key
from companion.core.words import translate
from companion.render.dates import long_date
from companion.ui.checkin.answers import CheckinAnswers
from companion.ui.checkin.details import DetailsSection
from companion.ui.checkin.field_rows import FieldRows
from companion.ui.checkin.labels import error_label, heading, hint, rule, sentence
from companion.ui.checkin.quick_questions import QuickQuestions
from companion.ui.checkin.routine_card import RoutineCard
from companion.ui.checkin.style import stylesheet
from companion.ui.screen_fit import fit_on_first_show, fit_to_screen
from companion.ui.theme import is_dark
from companion.ui.widgets.form_scroll import FormScroll
from companion.ui.widgets.wheel_guard import guard_wheels_in

__all__ = ["CheckinAnswers", "CheckinDialog"]


class CheckinDialog(QDialog):
    """The morning check-in for one night. Emits `saved(CheckinAnswers)` and then closes.

    A slot that cannot store the answers calls `refuse_save(message)` while handling the
    signal: the dialog then stays open with the message, and nothing the user typed is lost.
    """

    saved = Signal(object)  # CheckinAnswers

    def __init__(
        self,
        night_date: date,
        night: Night | None,
        factors: Mapping[str, FactorValue],
        routine: Sequence[str],
        tags: Sequence[str],
        *,
        zone: ZoneInfo,
        fahrenheit: bool = False,
        bedtime: time = time(22, 30),
        wake: time = time(7, 0),
        create_tag: Callable[[str], str] = tag_key,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if night is not None and night.night != night_date:
            raise ValueError(f"the stored night is {night.night}, not {night_date}")
        self.night_date = night_date
        self._base = night or Night(night_date)
        self._zone = zone
        self._refusal: str | None = None
        rows = FieldRows()
        self._errors = rows.errors
        day = _day(night_date)
        self.setWindowTitle(
            translate("Checkin", "Morning check-in — night of {date}").format(date=day)
        )

        title = QLabel(translate("Checkin", "Night of {date}").format(date=day))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        subtitle = hint(
            translate("Checkin", "Answer what you remember. Anything can be left blank.")
        )
        card = RoutineCard(routine)
        self.routine_label = card.routine_label

        self.questions = QuickQuestions(rows)
        self.rls_row = self.questions.rls_row
        self.sleep_onset_spin = self.questions.sleep_onset_spin
        self.awakenings_spin = self.questions.awakenings_spin
        self.quality_row = self.questions.quality_row
        self.rested_row = self.questions.rested_row

        self.details_button = QToolButton()
        more = translate("Checkin", "More details")
        self.details_button.setText(more)
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.setObjectName("detailsToggle")
        self.details_button.setAccessibleName(more)
        self.details_button.toggled.connect(self.set_details_shown)
        self.details = DetailsSection(
            rows,
            fahrenheit=fahrenheit,
            bedtime=bedtime,
            wake=wake,
            create_tag=create_tag,
            on_submit=self.save,
            on_tag_added=self._tag_added,
        )
        self._name_detail_fields()

        self.status_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.save_button.setToolTip(translate("Checkin", "Save (Enter; Ctrl+Enter from the note)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(24, 20, 24, 6)
        layout.setSpacing(14)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(title)
        header.addWidget(subtitle)
        layout.addLayout(header)
        layout.addWidget(card)
        layout.addWidget(heading(translate("Checkin", "How was the night?")))
        layout.addWidget(self.questions)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addStretch(1)
        # The form scrolls on a small screen; Save and Cancel stay below it, always in view.
        self.form_scroll = FormScroll(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 18)
        outer.setSpacing(12)
        outer.addWidget(self.form_scroll, 1)
        outer.addWidget(rule())
        bottom.setContentsMargins(24, 0, 24, 0)
        outer.addLayout(bottom)
        guard_wheels_in(self)
        fit_on_first_show(self)
        self.setStyleSheet(stylesheet(self.palette(), is_dark(self)))

        self.questions.load(self._base)
        self.details.load(self._base, factors, tags)
        self._set_tab_order()
        self.questions.listen(self.validate)
        self.details.listen(self.validate)
        has_details = self.details.has_answers(self._base)
        self.details_button.setChecked(has_details)
        self.set_details_shown(has_details)
        self.validate()
        self.rls_row.setFocus()

    def _name_detail_fields(self) -> None:
        # The folded part's inputs by the names callers and tests know them by.
        d = self.details
        self.time_edits = d.time_edits
        self.waso_spin, self.legs_woke_me_spin = d.waso_spin, d.legs_woke_me_spin
        self.onset_combo, self.note_edit = d.onset_combo, d.note_edit
        self.symptoms_from_edit, self.arms_combo = d.symptoms_from_edit, d.arms_combo
        self.caffeine_spin, self.alcohol_spin = d.caffeine_spin, d.alcohol_spin
        self.exercise_combo, self.stress_row = d.exercise_combo, d.stress_row
        self.temperature_spin = d.temperature_spin
        self.chips = d.tags.chips
        self.tag_edit, self.add_tag_button = d.tags.tag_edit, d.tags.add_tag_button
        self.tag_error, self.no_tags_label = d.tags.tag_error, d.tags.no_tags_label

    def _set_tab_order(self) -> None:
        # The common path first, in reading order; Save is reached by Enter from anywhere.
        chain: list[QWidget] = [
            *self.questions.fields().values(),
            self.details_button,
            *self.details.tab_chain(),
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _tag_added(self) -> None:
        self._set_tab_order()
        self._refit()

    def add_tag_from_field(self) -> None:
        """Make the typed tag, show it as a chip and switch it on."""
        self.details.tags.add_tag_from_field()

    # -- reading the fields -------------------------------------------------------------

    def current_night(self) -> Night:
        """The night as the fields show it (it may still have problems)."""
        return self._base.replace(
            **self.questions.values(), **self.details.night_values(self._base, self._zone)
        )

    def problems(self) -> list[Problem]:
        return night_problems(self.current_night())

    def answers(self) -> CheckinAnswers | None:
        """What Save would hand over, or None while any field has a problem."""
        night = self.current_night()
        if night_problems(night):
            return None
        return CheckinAnswers(night, self.details.changed_factors(), self.details.tags.checked())

    # -- validation and saving ----------------------------------------------------------

    def validate(self) -> bool:
        """Show each problem under its field; Save follows. True when the night is fine."""
        problems = self.problems()
        for label in self._errors.values():
            label.hide()
        hidden = False
        for problem in problems:
            message = self._errors.get(problem.field)
            if message is None:
                continue
            if message.isHidden():  # first message per field: one at a time reads better
                message.setText(sentence(problem.message))
                message.show()
            hidden = hidden or (self.details.isHidden() and self.details.isAncestorOf(message))
        if hidden:
            # A problem in the folded part must not hide behind it.
            self.details_button.setChecked(True)
        self.save_button.setEnabled(not problems)
        if problems:
            self.status_label.setText(
                translate("Checkin", "Save is off until the answer in red is fixed.")
            )
            self.status_label.show()
        elif self._refusal is None:
            self.status_label.hide()
        self._refit()
        return not problems

    def save(self) -> None:
        answers = self.answers()
        if answers is None:
            self.validate()
            return
        self._refusal = None
        self.saved.emit(answers)
        if self._refusal is not None:
            self.status_label.setText(self._refusal)
            self.status_label.show()
            return
        self.accept()

    def refuse_save(self, message: str) -> None:
        """Called by a `saved` slot that could not store the answers: stay open and say why."""
        self._refusal = message

    def set_details_shown(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if self.details_button.isChecked() != shown:
            self.details_button.setChecked(shown)
        self.details.setVisible(shown)
        self._refit(exact=True)

    def _refit(self, *, exact: bool = False) -> None:
        # Fold and unfold resize the dialog to its form (never past the screen); a message
        # appearing only grows it, so a size the user chose is kept.
        layout = self.layout()
        if layout is None or not self.isVisible():
            return  # the first show sizes it, once the style sheet has given the sizes
        # Lay out the form inside the scroll area now, so what just appeared (a message, a
        # Clear button, the unfolded part) has its place before the next click or key.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout.activate()
        wanted = self.sizeHint()
        size = wanted if exact else wanted.expandedTo(self.size())
        if size != self.size():
            self.resize(size)
            if self.isVisible():
                fit_to_screen(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog only presses the default button when it is enabled; a disabled Save must
        # still explain itself rather than do nothing silently.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.save_button.isEnabled()
        ):
            self.validate()
            event.accept()
            return
        super().keyPressEvent(event)


def _day(d: date) -> str:
    return long_date(d)
