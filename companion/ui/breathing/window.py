"""The breathing pacer's window: a calm, full-window guide for the wind-down (issue 15).

A disc grows with each in-breath and shrinks with each out-breath, the words say which, and the
time left sits below. Space pauses, Esc stops (or leaves full screen first), F toggles full
screen. The session ends on a short summary that stays until the user closes it (Close, Enter,
Esc). `finished` carries the `BreathingSummary` once, however the session ended; `closed` says the
window went away.

The window builds neither its clock nor its timer: the breathing journey hands in the `Pacer`
(on a monotonic clock) and a frame timer, which runs only while the shape moves: it stops on
pause, at the end and when the window closes, so a closed or paused pacer costs nothing::

    window = BreathingWindow(pacer, QTimer(), cues)
    window.finished.connect(record_the_session)
    window.show()
    window.start()
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.breathing import BreathingSummary, Pacer, time_left_text
from companion.ui.breathing import style
from companion.ui.breathing.shape import BreathShape
from companion.ui.breathing.texts import (
    phase_words,
    summary_done,
    summary_short,
    summary_stopped,
    text,
    time_left,
    window_title,
)
from companion.ui.theme import apply_palette

# The window's first size; it opens whole on a 1280x720 screen less a panel and a title bar.
BASE_SIZE = QSize(960, 640)


class BreathCueListener(Protocol):
    """What the window needs of its cues (`services.breathing_cues.BreathingCues`)."""

    def on_phase(self, phase: str) -> None: ...

    def on_end(self) -> None: ...

    def silence(self) -> None: ...


class BreathingWindow(QWidget):
    """Paces the breath. `finished` carries the summary once; `closed` follows on close."""

    finished = Signal(object)  # core.breathing.BreathingSummary
    closed = Signal()

    def __init__(
        self,
        pacer: Pacer,
        frame_timer: QTimer,
        cues: BreathCueListener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("breathingWindow")
        self.setWindowTitle(window_title())
        self.pacer = pacer
        self.frame_timer = frame_timer
        if frame_timer.parent() is None:
            frame_timer.setParent(self)
        frame_timer.setInterval(style.FRAME_MS)
        frame_timer.timeout.connect(self.show_frame)
        self.cues = cues
        self._phase: str | None = None
        self._summary: BreathingSummary | None = None
        self._scale = 0.0
        apply_palette(self, style.DARK)
        self.setStyleSheet(style.style_sheet())

        self.words_label = QLabel(phase_words("in"))
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shape = BreathShape()
        self.time_label = QLabel()
        self.time_label.setObjectName("timeLeft")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setWordWrap(True)
        self.keys_label = QLabel(text("keys"))
        self.keys_label.setObjectName("keys")
        self.pause_button = self._button("pause", self.toggle_pause)
        self.stop_button = self._button("stop", self.stop)
        self.close_button = self._button("close", self.close)
        self.close_button.setObjectName("primary")
        self.close_button.hide()

        footer = QHBoxLayout()
        footer.addWidget(self.keys_label)
        footer.addStretch()
        for button in (self.pause_button, self.stop_button, self.close_button):
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.setSpacing(style.GAP)
        layout.addWidget(self.words_label)
        layout.addWidget(self.shape, 1)
        layout.addWidget(self.time_label)
        layout.addLayout(footer)
        self._show_time()
        self.resize(BASE_SIZE)
        self._apply_scale()

    def _button(self, key: str, action: object) -> QPushButton:
        button = QPushButton(text(key))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window takes the keys, Space first
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: action())  # type: ignore[operator]
        return button

    # -- state ---------------------------------------------------------------------------------

    @property
    def summary(self) -> BreathingSummary | None:
        return self._summary

    @property
    def is_animating(self) -> bool:
        return self.frame_timer.isActive()

    def start(self) -> None:
        self.pacer.start()
        self.frame_timer.start()
        self.show_frame()

    def toggle_pause(self) -> None:
        if self._summary is not None:
            return
        self.pacer.toggle_pause()
        if self.pacer.is_paused:
            self.frame_timer.stop()  # a still shape needs no frames
            if self.cues is not None:
                self.cues.silence()
            self.words_label.setText(phase_words("paused"))
            self.pause_button.setText(text("resume"))
            self._phase = None
        else:
            self.pause_button.setText(text("pause"))
            self.frame_timer.start()
            self.show_frame()

    def stop(self) -> None:
        """End the session now, on its summary with the minutes actually breathed."""
        if self._summary is None:
            self.pacer.stop()
            self._end()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- frames --------------------------------------------------------------------------------

    def show_frame(self) -> None:
        """Draw the breath as it stands on the pacer's clock (each tick of the frame timer)."""
        if self.pacer.is_over:
            self._end()
            return
        breath = self.pacer.breath()
        self.shape.set_breath_size(breath.size)
        if breath.phase != self._phase:
            self._phase = breath.phase
            self.words_label.setText(phase_words(breath.phase))
            if self.cues is not None:
                self.cues.on_phase(breath.phase)
        self._show_time()

    def _show_time(self) -> None:
        text = time_left(time_left_text(self.pacer.remaining()))
        if text != self.time_label.text():  # once a second, not once a frame
            self.time_label.setText(text)

    def _end(self) -> None:
        self.frame_timer.stop()
        summary = self.pacer.summary()
        self._summary = summary
        self.shape.set_breath_size(0.0)
        self.words_label.setText(phase_words("done" if summary.finished else "stopped"))
        self.time_label.setText(summary_text(summary))
        self.keys_label.setText(text("keys_over"))
        self.pause_button.hide()
        self.stop_button.hide()
        self.close_button.show()
        if self.cues is not None:
            if summary.finished:
                self.cues.on_end()
            else:
                self.cues.silence()
        self.finished.emit(summary)

    # -- keys and window events ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.isAutoRepeat():
            return
        over = self._summary is not None
        if key == Qt.Key.Key_F:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif over and key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
        elif key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            self.stop()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.frame_timer.stop()  # closed costs nothing: no frame is left to come
        if self._summary is None:
            self.pacer.stop()
            self._end()
        if self.cues is not None:
            self.cues.silence()
        super().closeEvent(event)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._apply_scale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        """The words grow with the window: full screen is the view from across the room."""
        size = self.size()
        scale = min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height())
        scale = max(0.8, min(2.2, scale))
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale
        style.set_font(self.words_label, round(style.WORDS_PX * scale), QFont.Weight.DemiBold)
        style.set_font(self.time_label, round(style.TIME_PX * scale))
        style.set_font(self.keys_label, round(style.HINT_PX * scale))
        for button in (self.pause_button, self.stop_button, self.close_button):
            style.set_font(button, round(style.BUTTON_PX * scale), QFont.Weight.Medium)
            button.setMinimumHeight(round(style.BUTTON_HEIGHT * scale))
            button.setMinimumWidth(
                max(round(style.BUTTON_WIDTH * scale), button.sizeHint().width())
            )
        layout = self.layout()
        if layout is not None:  # lay out with the new type now, not a frame later
            layout.activate()


def summary_text(summary: BreathingSummary) -> str:
    """The calm line the session ends on."""
    done = summary.minutes_done
    if summary.finished:
        return summary_done(done)
    if done == 0:
        return summary_short()
    return summary_stopped(done, summary.planned_minutes)
