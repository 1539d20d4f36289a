"""The guided stretch window (DESIGN §1 journey 2, issue 4 "Window").

The user is on the floor or at a wall, a couple of metres from the screen, in a dim room. So
the window shows few things, big: the drawing of the pose with the leg to work on, a countdown
ring, the stretch's name and where they are in the routine. The steps and the safety hint are
there for a closer look. Everything is also on the keyboard, because reaching for a mouse
mid-stretch is awkward: Space pauses, ← goes back, → skips, F toggles full screen, and Esc
pauses and asks, in the window's footer, whether to stop (S) or go on (G, Esc or Enter).

The routine ends on its summary, which stays until the user closes it (Close, Enter or Esc):
`finished` carries the summary when the routine ends, `closed` says the window went away.

The colours are the evening (NIGHT) ones whatever the desktop's palette is, since this window is
used at bedtime. All timing comes from the `SessionTimer` and its session's clock; the window
only shows it, so a test drives the window with a fake clock. The window builds neither the
timer nor the cues: the stretch journey hands them in (`journeys.stretch`)::

    window = build_stretch_window(settings)
    window.finished.connect(record_the_session)   # once, with a core.session.Summary
    window.closed.connect(forget_the_window)      # when the user closes the summary
    window.show()
    window.start()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.core.session import Event, Session, Summary
from companion.ui.stretch.session_page import SessionPage
from companion.ui.stretch.style import DARK, style_sheet
from companion.ui.stretch.summary_page import SummaryPage
from companion.ui.stretch.texts import window_title
from companion.ui.theme import apply_palette

if TYPE_CHECKING:
    from companion.services.session_timer import SessionTimer

# The window's first size, fonts and spacing grow from here with the window. It fits a
# 1280x720 screen less a 32 px panel and a title bar, at 100 % as at 200 % (2560x1440).
_BASE_SIZE = QSize(1120, 630)
_FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's frame and title bar, at most


class CueListener(Protocol):
    """What the window needs of the cues (`services.cues.Cues`): to hear every event."""

    def on_event(self, event: Event) -> None: ...


class StretchWindow(QWidget):
    """Walks the user through the routine. `finished` carries the `Summary`, once, whether the
    routine ran to its end, was stopped, or the window was closed part-way; `closed` follows
    when the window is closed (the summary stays on screen until then)."""

    finished = Signal(object)  # core.session.Summary
    closed = Signal()

    def __init__(
        self,
        timer: SessionTimer,
        cues: CueListener | None = None,
        parent: QWidget | None = None,
        *,
        reduce_motion: bool = False,
    ) -> None:
        """`reduce_motion`: show each pose still, never the move into it."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stretchWindow")
        self.setWindowTitle(window_title())
        self._timer = timer
        if timer.parent() is None:
            timer.setParent(self)
        self._summary: Summary | None = None
        self._paused_to_ask = False  # Esc paused the session to ask: Go on resumes it
        self._scale = 0.0
        # The window takes the keys itself; no button may take the focus (and with it Space).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        apply_palette(self, DARK)

        self.pages = QStackedWidget()
        self.session_page = SessionPage(
            timer.session,
            back=self.back,
            toggle_pause=self.toggle_pause,
            skip=self.skip,
            toggle_full_screen=self.toggle_full_screen,
            ask_to_stop=self.ask_to_stop,
            stop=self.stop,
            go_on=self.go_on,
            reduce_motion=reduce_motion,
        )
        self.summary_page = SummaryPage(close=self.close)
        self._name_the_pages_widgets()
        self.pages.addWidget(self.session_page)
        self.pages.addWidget(self.summary_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.setStyleSheet(style_sheet())
        self.resize(opening_size(self.screen().availableGeometry()))

        timer.event_happened.connect(self._on_event)
        timer.tick.connect(self.session_page.show_seconds)
        timer.finished.connect(self._on_finished)
        if cues is not None:
            timer.event_happened.connect(cues.on_event)
        self.session_page.refresh()
        self._apply_scale()

    def _name_the_pages_widgets(self) -> None:
        # The window's parts by name, as tests and the app have always reached them.
        session, summary = self.session_page, self.summary_page
        self.title_label = session.title_label
        self.position_label = session.position_label
        self.illustration = session.illustration
        self.side_label = session.side_label
        self.ring = session.ring
        self.next_label = session.next_label
        self.steps_label = session.steps_label
        self.safety_label = session.safety_label
        self.keys_label = session.keys_label
        self.back_button = session.back_button
        self.pause_button = session.pause_button
        self.skip_button = session.skip_button
        self.full_screen_button = session.full_screen_button
        self.stop_button = session.stop_button
        self.question = session.question
        self.summary_heading = summary.summary_heading
        self.summary_label = summary.summary_label
        self.closing_label = summary.closing_label
        self.summary_ring = summary.summary_ring
        self.close_button = summary.close_button

    # -- public API ------------------------------------------------------------------------

    @property
    def timer(self) -> SessionTimer:
        return self._timer

    @property
    def session(self) -> Session:
        return self._timer.session

    @property
    def summary(self) -> Summary | None:
        """The end summary, once the routine is over (None before)."""
        return self._summary

    def start(self) -> None:
        """Begin the routine (with its get-ready pause). Does nothing once started."""
        if self.session.phase == "idle":
            self._timer.start()

    def toggle_pause(self) -> None:
        self._timer.toggle_pause()

    def back(self) -> None:
        self._timer.back()

    def skip(self) -> None:
        self._timer.skip()

    @property
    def is_asking(self) -> bool:
        """Whether the window is asking "Stop tonight's stretches?"."""
        return self.session_page.is_asking

    def ask_to_stop(self) -> None:
        """Pause, and ask in the footer whether to stop or go on (Esc, the Stop button).
        Before the routine has begun there is nothing to lose: it ends at once."""
        if self.session.phase == "idle":
            self.stop()
            return
        if not self.session.is_running or self.is_asking:
            return
        self._paused_to_ask = not self.session.is_paused
        if self._paused_to_ask:
            self._timer.pause()
        self.session_page.ask_to_stop()

    def go_on(self) -> None:
        """Take back the question; the session runs on if asking paused it."""
        if not self.is_asking:
            return
        self.session_page.stop_asking()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._paused_to_ask:
            self._paused_to_ask = False
            self._timer.resume()

    def stop(self) -> None:
        """End the routine here; the end screen shows what was done."""
        self.session_page.stop_asking()
        self._paused_to_ask = False
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.session.phase == "idle":
            # Nothing ran, so no cue should sound: end with the (empty) summary directly.
            self._on_finished(self.session.summary())
            return
        self._timer.stop()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def sizeHint(self) -> QSize:
        # Everything in the window scales with it, so the hint is the smallest comfortable
        # size rather than the sum of the labels' wishes; the window opens at _BASE_SIZE.
        return QSize(800, 600)

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        over = self._summary is not None
        # A held key repeats; a held Space must not flicker between pause and resume.
        if event.isAutoRepeat() and key in (Qt.Key.Key_Space, Qt.Key.Key_Escape, Qt.Key.Key_F):
            event.accept()
            return
        if self.is_asking and key in (Qt.Key.Key_S, Qt.Key.Key_G, Qt.Key.Key_Escape):
            # Enter presses the focused answer (Go on, unless Tab moved to Stop).
            if key == Qt.Key.Key_S:
                self.stop()
            else:
                self.go_on()
        elif key == Qt.Key.Key_F:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            # Esc is everyone's way out of full screen; it must not end the routine as well.
            self.showNormal()
        elif over and key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
        elif over:
            super().keyPressEvent(event)
            return
        elif key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_Left:
            self.back()
        elif key == Qt.Key.Key_Right:
            self.skip()
        elif key == Qt.Key.Key_Escape:
            self.ask_to_stop()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- following the session -------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        self.session_page.refresh()
        # The figure stands in its neutral stance while the user gets ready, and moves into
        # the pose as the hold begins, on the session's clock.
        drawing = self.illustration
        if event.kind == "hold_started":
            drawing.start_move(event.at)
        elif event.kind in ("get_ready", "switch_sides"):
            drawing.show_neutral()

    def _on_finished(self, summary: Summary) -> None:
        if self._summary is not None:
            return
        self._summary = summary
        self.session_page.stop_asking()
        self.ring.set_animating(False)
        self.illustration.show_still()
        self.summary_page.show_summary(summary)
        self.pages.setCurrentWidget(self.summary_page)
        self.finished.emit(summary)

    # -- window events ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing part-way is a stop: what was done is still worth recording.
        if self.session.is_running:
            self._timer.stop()
        self.ring.set_animating(False)
        self.illustration.show_still()
        super().closeEvent(event)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.ring.set_on_screen(not self.isMinimized())
            self.session_page.show_full_screen(self.isFullScreen())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        """Grow the type with the window: full screen on a big display is the view from
        across the room, so every text scales with it, not just the ring."""
        size = self.size()
        self.session_page.fit_to(size)
        scale = min(size.width() / _BASE_SIZE.width(), size.height() / _BASE_SIZE.height())
        scale = max(0.8, min(2.2, scale))
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale

        def px(base: float) -> int:
            return max(10, round(base * scale))

        self.session_page.apply_scale(px)
        self.summary_page.apply_scale(px)


def opening_size(available: QRect) -> QSize:
    """The window's first size: _BASE_SIZE, or less on a screen too small for it (frame
    included), so it opens whole on a 1280x720 screen."""
    room = available.size() - _FRAME_ALLOWANCE
    return _BASE_SIZE.boundedTo(room)
