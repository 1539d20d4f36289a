"""The stretch window's page during the routine: drawing, ring, words and controls."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.session import Session
from companion.core.words import translate
from companion.ui.stretch.countdown_ring import CountdownRing
from companion.ui.stretch.illustration_view import IllustrationView
from companion.ui.stretch.ring_announcements import RingAnnouncements
from companion.ui.stretch.stop_question import StopQuestion
from companion.ui.stretch.style import (
    Action,
    Scaler,
    legible,
    make_button,
    scale_button,
    set_font,
)
from companion.ui.stretch.texts import (
    clock_text,
    next_text,
    safety_text,
    side_words,
    steps_html,
    stretch_name,
    switch_words,
    text,
)
from companion.ui.theme import SPACE, SPACE_LOOSE, SPACE_SECTION, SPACE_TIGHT

RIGHT_COLUMN_SHARE = 0.38  # of the window's width; the drawing has the rest, over half
RING_HEIGHT_SHARE = 0.34  # of the window's height


class SessionPage(QWidget):
    """Shows where the session is; its buttons call the actions the window hands in.

    The drawing takes the left part (over half the width); a column of fixed width on the
    right holds the side ("Left leg"), the ring under it, then the words. The side label and
    the ring have sizes set from the window's size alone (`fit_to`), never from what they or
    their neighbours say, so they stand in the same place for every stretch and phase.
    """

    def __init__(
        self,
        session: Session,
        *,
        back: Action,
        toggle_pause: Action,
        skip: Action,
        toggle_full_screen: Action,
        ask_to_stop: Action,
        stop: Action,
        go_on: Action,
        reduce_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._shown_key: tuple[object, ...] | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        self.position_label = QLabel()
        self.position_label.setObjectName("position")
        header = QHBoxLayout()
        header.setSpacing(SPACE_LOOSE)
        header.addWidget(self.title_label)
        header.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignBaseline)

        self.illustration = IllustrationView(session.now, reduce_motion=reduce_motion)
        self.side_label = QLabel()
        self.side_label.setObjectName("side")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing(name=translate("Stretch", "Time left"))
        self.announcements = RingAnnouncements(self.ring)
        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setWordWrap(True)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("steps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.safety_label = QLabel()
        self.safety_label.setObjectName("safety")
        self.safety_label.setWordWrap(True)
        self.safety_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.words = QWidget()
        words = QVBoxLayout(self.words)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(SPACE_TIGHT)
        words.addWidget(self.next_label)
        words.addWidget(self.steps_label)
        words.addWidget(self.safety_label)
        words.addStretch(1)

        self._stage = QGridLayout()
        stage = self._stage
        stage.addLayout(header, 0, 0)
        stage.addWidget(self.side_label, 0, 1)
        stage.addWidget(self.illustration, 1, 0, 2, 1)
        stage.addWidget(self.ring, 1, 1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        stage.addWidget(self.words, 2, 1)
        stage.setColumnStretch(0, 1)
        stage.setRowStretch(2, 1)

        self.back_button = make_button("back", back)
        self.pause_button = make_button("pause", toggle_pause)
        self.pause_button.setObjectName("primary")
        self.skip_button = make_button("skip", skip)
        self.full_screen_button = make_button("full_screen", toggle_full_screen)
        self.stop_button = make_button("stop", ask_to_stop)
        self.keys_label = QLabel(text("keys"))
        self.keys_label.setObjectName("keys")
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_label.setWordWrap(True)  # German and French need two lines on a laptop
        controls_page = QWidget()
        controls = QHBoxLayout(controls_page)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(SPACE)
        controls.addWidget(self.back_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.skip_button)
        controls.addWidget(self.keys_label, 1)
        controls.addWidget(self.full_screen_button)
        controls.addWidget(self.stop_button)
        self.question = StopQuestion(stop=stop, go_on=go_on)
        # The question takes the controls' place, so nothing else on the page moves.
        self.footer = QStackedWidget()
        self.footer.addWidget(controls_page)
        self.footer.addWidget(self.question)

        self._layout = QVBoxLayout(self)
        self._layout.addLayout(stage, 1)
        self._layout.addWidget(self.footer)

        self.ring.set_fraction_source(self._fraction_left)
        self._seconds = round(session.get_ready_seconds)
        self.ring.set_time_text(clock_text(self._seconds))

    @property
    def is_asking(self) -> bool:
        return self.footer.currentWidget() is self.question

    def ask_to_stop(self) -> None:
        self.footer.setCurrentWidget(self.question)
        self.question.ask()

    def stop_asking(self) -> None:
        self.footer.setCurrentIndex(0)

    def show_seconds(self, seconds: int) -> None:
        # The number comes from the timer, on the deadline's whole seconds; the arc is read
        # from the same clock, so the two always agree.
        self._seconds = seconds
        self.ring.set_time_text(clock_text(seconds))
        self.ring.refresh_fraction()
        self.announcements.tick(seconds)

    def show_full_screen(self, full_screen: bool) -> None:
        word = "leave_full_screen" if full_screen else "full_screen"
        self.full_screen_button.setText(text(word))
        self.full_screen_button.setMinimumWidth(0)  # the new words' own width, then at least that
        self.full_screen_button.setMinimumWidth(self.full_screen_button.sizeHint().width())

    def refresh(self) -> None:
        """Show the session's state; cheap when nothing visible changed (several events can
        arrive in one batch, all after the session has moved)."""
        session = self._session
        hold = session.current_hold
        phase = session.phase
        paused = session.is_paused
        key = (phase, hold.index, paused)
        if key == self._shown_key:
            return
        only_paused = self._shown_key is not None and self._shown_key[:2] == key[:2]
        self._shown_key = key
        if phase == "done":
            self.ring.set_animating(False)
            return
        self.title_label.setText(stretch_name(hold.stretch))
        self.position_label.setText(session.position_text)
        self.illustration.set_hold(hold)
        # Empty rather than hidden for a stretch done once: the ring must not move up.
        # A no-break space keeps the label one line tall (an empty QLabel is shorter).
        self.side_label.setText(side_words(hold.side) if hold.side else "\u00a0")
        self.next_label.setText(next_text(session.next_hold))
        self.steps_label.setText(steps_html(hold))
        self.safety_label.setText(safety_text(hold))

        if paused:
            self.ring.set_mode("paused")
            self.ring.set_caption(text("ring_paused"))
        elif phase == "hold":
            self.ring.set_mode("hold")
            self.ring.set_caption(text("ring_hold"))
        elif phase == "switch":
            self.ring.set_mode("pause")
            self.ring.set_caption(switch_words(hold.side))
        elif phase == "get_ready":
            self.ring.set_mode("pause")
            self.ring.set_caption(text("ring_get_ready"))
        else:
            self.ring.set_mode("idle")
            self.ring.set_caption(text("ring_idle"))
        self.ring.refresh_fraction()
        if only_paused:
            self.announcements.pause_changed(self._seconds)
        else:
            self.announcements.phase_changed()
        # Smooth frames only while a hold runs; the short pauses step once a second with the
        # tick, and a paused or finished session paints nothing at all.
        self.ring.set_animating(phase == "hold" and not paused)

        word = "resume" if paused else "pause"
        self.pause_button.setText(text(word))
        self.pause_button.setAccessibleName(text(f"a11y_{word}"))
        self.back_button.setEnabled(phase != "idle")
        self.skip_button.setEnabled(phase != "idle")

    def apply_scale(self, px: Scaler) -> None:
        set_font(self.title_label, px(34), QFont.Weight.DemiBold)
        set_font(self.position_label, legible(self, px(22)))
        set_font(self.side_label, px(38), QFont.Weight.Bold)
        set_font(self.next_label, legible(self, px(18)))
        set_font(self.steps_label, legible(self, px(16)))
        set_font(self.safety_label, legible(self, px(16)))
        set_font(self.keys_label, legible(self, px(16)))
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.full_screen_button,
            self.stop_button,
        ):
            scale_button(button, px)
        self.pause_button.setMinimumWidth(px(130))
        self.question.apply_scale(px)
        margin = px(SPACE_SECTION)
        self._layout.setContentsMargins(margin, px(SPACE_LOOSE), margin, px(SPACE_LOOSE))
        self._layout.setSpacing(px(SPACE_LOOSE))
        self._stage.setHorizontalSpacing(px(SPACE_SECTION))
        self._stage.setVerticalSpacing(px(SPACE))

    def fit_to(self, size: QSize) -> None:
        """Size the right-hand column from the window's size alone: the ring a third of the
        window's height (a quarter and more in full screen, read from the floor), the column
        two fifths of its width, so the drawing keeps over half."""
        column = round(size.width() * RIGHT_COLUMN_SHARE)
        ring = min(column, round(size.height() * RING_HEIGHT_SHARE))
        self.ring.setFixedSize(ring, ring)
        self.side_label.setFixedWidth(column)
        self.words.setFixedWidth(column)
        self._stage.setColumnMinimumWidth(1, column)

    def _fraction_left(self) -> float:
        session = self._session
        length = session.phase_seconds
        if session.phase == "idle" or length <= 0:
            return 1.0
        return session.remaining() / length
