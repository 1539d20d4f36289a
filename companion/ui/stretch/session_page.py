"""The stretch window's page during the routine: drawing, ring, words and controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.core.session import Session
from companion.ui.stretch.countdown_ring import CountdownRing
from companion.ui.stretch.illustration_view import IllustrationView
from companion.ui.stretch.style import Action, Scaler, make_button, scale_button, set_font
from companion.ui.stretch.texts import TEXTS, clock_text, next_text, side_words, steps_html


class SessionPage(QWidget):
    """Shows where the session is; its buttons call the actions the window hands in."""

    def __init__(
        self,
        session: Session,
        *,
        back: Action,
        toggle_pause: Action,
        skip: Action,
        toggle_full_screen: Action,
        stop: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._shown_key: tuple[object, ...] | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        self.position_label = QLabel()
        self.position_label.setObjectName("position")
        self.position_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.position_label)

        self.illustration = IllustrationView()
        self.side_label = QLabel()
        self.side_label.setObjectName("side")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing()
        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
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

        stage = QGridLayout()
        stage.setHorizontalSpacing(32)
        stage.setVerticalSpacing(6)
        stage.addWidget(self.illustration, 0, 0)
        stage.addWidget(self.ring, 0, 1)
        stage.addWidget(self.side_label, 1, 0)
        stage.addWidget(self.next_label, 1, 1)
        stage.setColumnStretch(0, 3)
        stage.setColumnStretch(1, 2)
        stage.setRowStretch(0, 1)

        words = QHBoxLayout()
        words.setSpacing(32)
        words.addWidget(self.steps_label, 3)
        words.addWidget(self.safety_label, 2)

        self.back_button = make_button("back", back)
        self.pause_button = make_button("pause", toggle_pause)
        self.pause_button.setObjectName("primary")
        self.skip_button = make_button("skip", skip)
        self.full_screen_button = make_button("full_screen", toggle_full_screen)
        self.stop_button = make_button("stop", stop)
        self.keys_label = QLabel(TEXTS["keys"])
        self.keys_label.setObjectName("keys")
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_label.setWordWrap(True)  # two short lines in a small window, not a wide one
        controls = QHBoxLayout()
        controls.setSpacing(12)
        controls.addWidget(self.back_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.skip_button)
        controls.addWidget(self.keys_label, 1)
        controls.addWidget(self.full_screen_button)
        controls.addWidget(self.stop_button)

        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addLayout(stage, 1)
        self._layout.addLayout(words)
        self._layout.addLayout(controls)

        self.ring.set_fraction_source(self._fraction_left)
        self.ring.set_time_text(clock_text(round(session.get_ready_seconds)))

    def show_seconds(self, seconds: int) -> None:
        # The number comes from the timer, on the deadline's whole seconds; the arc is read
        # from the same clock, so the two always agree.
        self.ring.set_time_text(clock_text(seconds))
        self.ring.refresh_fraction()

    def show_full_screen(self, full_screen: bool) -> None:
        word = "leave_full_screen" if full_screen else "full_screen"
        self.full_screen_button.setText(TEXTS[word])

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
        self._shown_key = key
        if phase == "done":
            self.ring.set_animating(False)
            return
        self.title_label.setText(hold.stretch.name)
        self.position_label.setText(session.position_text)
        self.illustration.set_hold(hold)
        self.side_label.setText(side_words(hold.side) if hold.side else "")
        self.side_label.setVisible(hold.side is not None)
        self.next_label.setText(next_text(session.next_hold))
        self.steps_label.setText(steps_html(hold))
        self.safety_label.setText(hold.stretch.safety_hint)

        if paused:
            self.ring.set_mode("paused")
            self.ring.set_caption(TEXTS["ring_paused"])
        elif phase == "hold":
            self.ring.set_mode("hold")
            self.ring.set_caption(TEXTS["ring_hold"])
        elif phase == "switch":
            self.ring.set_mode("pause")
            caption = (
                TEXTS["ring_switch"].format(side=hold.side)
                if hold.side
                else TEXTS["ring_switch_both"]
            )
            self.ring.set_caption(caption)
        elif phase == "get_ready":
            self.ring.set_mode("pause")
            self.ring.set_caption(TEXTS["ring_get_ready"])
        else:
            self.ring.set_mode("idle")
            self.ring.set_caption(TEXTS["ring_idle"])
        self.ring.refresh_fraction()
        # Smooth frames only while a hold runs; the short pauses step once a second with the
        # tick, and a paused or finished session paints nothing at all.
        self.ring.set_animating(phase == "hold" and not paused)

        word = "resume" if paused else "pause"
        self.pause_button.setText(TEXTS[word])
        self.pause_button.setAccessibleName(TEXTS[f"a11y_{word}"])
        self.back_button.setEnabled(phase != "idle")
        self.skip_button.setEnabled(phase != "idle")

    def apply_scale(self, px: Scaler) -> None:
        set_font(self.title_label, px(34), QFont.Weight.DemiBold)
        set_font(self.position_label, px(24))
        set_font(self.side_label, px(36), QFont.Weight.Bold)
        set_font(self.next_label, px(19))
        set_font(self.steps_label, px(17))
        set_font(self.safety_label, px(16))
        set_font(self.keys_label, px(13))
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.full_screen_button,
            self.stop_button,
        ):
            scale_button(button, px)
        self.pause_button.setMinimumWidth(px(140))
        margin = px(28)
        self._layout.setContentsMargins(margin, px(20), margin, px(20))
        self._layout.setSpacing(px(16))

    def _fraction_left(self) -> float:
        session = self._session
        length = session.phase_seconds
        if session.phase == "idle" or length <= 0:
            return 1.0
        return session.remaining() / length
