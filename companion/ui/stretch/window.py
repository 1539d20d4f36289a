"""The guided stretch window (DESIGN §1 journey 2, issue 4 "Window").

The user is on the floor or at a wall, a couple of metres from the screen, in a dim room. So
the window shows few things, big: the drawing of the pose with the leg to work on, a countdown
ring, the stretch's name and where they are in the routine. The steps and the safety hint are
there for a closer look. Everything is also on the keyboard, because reaching for a mouse
mid-stretch is awkward: Space pauses, ← goes back, → skips, Esc stops, F toggles full screen.

The colours are the evening (NIGHT) ones whatever the desktop's palette is, since this window is
used at bedtime. All timing comes from the `SessionTimer` and its session's clock; the window
only shows it, so a test drives the window with a fake clock.

The app opens it with::

    window = StretchWindow.for_settings(settings.stretch, cues=cues)
    window.finished.connect(record_the_session)   # once, with a core.session.Summary
    window.show()
    window.start()
"""

from __future__ import annotations

import html
import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.session import Clock, Hold, Session, Summary
from companion.core.stretches import Side, StretchSettings
from companion.core.texts import APP_NAME
from companion.render.illustration import render_stretch
from companion.services.cues import Cues
from companion.services.session_timer import SessionTimer
from companion.ui.stretch.countdown_ring import CountdownRing
from companion.ui.theme import NIGHT, apply_palette

# Every word the window shows, in one place (and one day, one place to translate).
TEXTS: dict[str, str] = {
    "title": f"Guided stretches — {APP_NAME}",
    "leg": "{Side} leg",
    "ring_hold": "Hold",
    "ring_get_ready": "Get ready",
    "ring_switch": "Switch to the {side} leg",
    "ring_switch_both": "Change position",
    "ring_paused": "Paused",
    "ring_idle": "Ready when you are",
    "next": "Next: {name}, {side} leg",
    "next_both": "Next: {name}",
    "next_last": "Last one — then you are done",
    "pause": "Pause",
    "resume": "Resume",
    "back": "Back",
    "skip": "Skip",
    "stop": "Stop",
    "full_screen": "Full screen",
    "leave_full_screen": "Leave full screen",
    "close": "Close",
    "tip_pause": "Pause or resume the timer (Space)",
    "tip_back": "Start this hold again, or go back one if it has only just begun (←)",
    "tip_skip": "Move on to the next hold (→)",
    "tip_stop": "End tonight's stretches here (Esc)",
    "tip_full_screen": "Fill the whole screen, or go back to a window (F)",
    "tip_close": "Close this window (Enter)",
    "a11y_pause": "Pause the stretch timer",
    "a11y_resume": "Resume the stretch timer",
    "a11y_back": "Go back",
    "a11y_skip": "Skip this hold",
    "a11y_stop": "Stop the stretches",
    "a11y_full_screen": "Toggle full screen",
    "a11y_close": "Close the stretch window",
    "a11y_drawing": "Drawing of the {name}",
    # Non-breaking spaces keep each key with its word when the line wraps.
    "keys": (
        "Space\u00a0pause · ←\u00a0back · →\u00a0skip · F\u00a0full\u00a0screen · Esc\u00a0stop"
    ),
    "done_heading": "All done",
    "stopped_heading": "That's it for tonight",
    "nothing_heading": "No stretches this time",
    "done_all": "You completed all {planned} holds in {duration}.",
    "done_some": "You completed {completed} of {planned} holds in {duration}.",
    "done_closing": "Nicely done. Let your legs rest and wind down for sleep.",
    "some_closing": "Every stretch counts. Let your legs rest and wind down for sleep.",
    "nothing_body": "That's fine — you can start again from the tray whenever you like.",
    "summary_ring": "{completed} of {planned}",
    "under_a_minute": "under a minute",
    "one_minute": "1 minute",
    "minutes": "{n} minutes",
}

# The drawings show the figure's right leg working (companion/ui/illustration.py), so the left
# leg is the mirrored picture; the two sides of a stretch are always mirror images.
MIRRORED_SIDE: Side = "left"
DARK = True  # this window always wears the evening colours
_CACHE_SIZE = 8  # two sides x a few sizes is plenty; resizing evicts the old sizes
_BASE_SIZE = QSize(960, 680)  # the window's first size; fonts grow from here with the window
_DRAWING_ASPECT = QSize(480, 360)  # the drawings' common canvas


def side_words(side: Side) -> str:
    """ "Left leg" / "Right leg"."""
    return TEXTS["leg"].format(Side=side.capitalize())


def is_mirrored(side: Side | None) -> bool:
    return side == MIRRORED_SIDE


def clock_text(seconds: int) -> str:
    """What the ring shows: m:ss, e.g. 0:30 or 1:05."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


def duration_words(seconds: float) -> str:
    if seconds < 60:
        return TEXTS["under_a_minute"]
    minutes = round(seconds / 60)
    return TEXTS["one_minute"] if minutes == 1 else TEXTS["minutes"].format(n=minutes)


def summary_texts(summary: Summary) -> tuple[str, str, str]:
    """(heading, what was done, a gentle closing line) for the end screen. The duration is
    the active time, pauses left out, as the journal records it."""
    done, planned = summary.holds_completed, summary.holds_planned
    if done == 0:
        return TEXTS["nothing_heading"], TEXTS["nothing_body"], ""
    duration = duration_words(summary.active_seconds)
    if summary.completed_all:
        body = TEXTS["done_all"].format(planned=planned, duration=duration)
    else:
        body = TEXTS["done_some"].format(completed=done, planned=planned, duration=duration)
    heading = TEXTS["done_heading"] if summary.finished else TEXTS["stopped_heading"]
    closing = TEXTS["done_closing"] if summary.completed_all else TEXTS["some_closing"]
    return heading, body, closing


def next_text(hold: Hold | None) -> str:
    if hold is None:
        return TEXTS["next_last"]
    name = hold.stretch.name
    if hold.side is None:
        return TEXTS["next_both"].format(name=name)
    return TEXTS["next"].format(name=name, side=hold.side)


class IllustrationView(QWidget):
    """The drawing of the current hold, as large as the room allows, 4:3, centred.

    Rendered from the SVG at the widget's size x device pixel ratio (sharp at 200 %), again on
    every resize, and cached per (stretch, side, size, ratio, theme) so that switching sides
    or going back costs no rendering.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hold: Hold | None = None
        self._cache: OrderedDict[tuple[str, str, int, int, float, bool], QPixmap] = OrderedDict()
        self.renders = 0  # for tests: proof that the cache works
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def set_hold(self, hold: Hold) -> None:
        if self._hold is None or (hold.stretch.id, hold.side) != (
            self._hold.stretch.id,
            self._hold.side,
        ):
            self._hold = hold
            self.setAccessibleName(TEXTS["a11y_drawing"].format(name=hold.stretch.name.lower()))
            self.update()

    def drawing_size(self) -> QSize:
        """The logical size the drawing takes: the canvas fitted into the widget."""
        return _DRAWING_ASPECT.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)

    def pixmap(self, ratio: float | None = None) -> QPixmap:
        """The drawing as it is painted now (rendered on first use at this size), for a
        device with this pixel ratio (the widget's screen by default)."""
        if self._hold is None:
            return QPixmap()
        size = self.drawing_size()
        ratio = ratio if ratio is not None else self.devicePixelRatioF()
        side = self._hold.side or ""
        key = (self._hold.stretch.id, side, size.width(), size.height(), ratio, DARK)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        pixmap = render_stretch(
            self._hold.stretch.id,
            size,
            mirrored=is_mirrored(self._hold.side),
            dark=DARK,
            device_pixel_ratio=ratio,
        )
        self.renders += 1
        self._cache[key] = pixmap
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Sharp on whatever is painted on: the screen, or a 200 % snapshot of the window.
        # (The engine's device is the real target; painter.device() is this widget even
        # when QWidget.render redirects the painting into a pixmap.)
        engine = painter.paintEngine()
        target_device = engine.paintDevice() if engine is not None else None
        ratio = target_device.devicePixelRatioF() if target_device is not None else None
        pixmap = self.pixmap(ratio)
        if pixmap.isNull():
            painter.end()
            return
        size = self.drawing_size()
        target = QRectF(
            (self.width() - size.width()) / 2,
            (self.height() - size.height()) / 2,
            size.width(),
            size.height(),
        )
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.end()


class StretchWindow(QWidget):
    """Walks the user through the routine. `finished` carries the `Summary`, once, whether the
    routine ran to its end, was stopped, or the window was closed part-way."""

    finished = Signal(object)  # core.session.Summary

    def __init__(
        self,
        timer: SessionTimer,
        cues: Cues | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stretchWindow")
        self.setWindowTitle(TEXTS["title"])
        self._timer = timer
        if timer.parent() is None:
            timer.setParent(self)
        self._cues = cues
        self._summary: Summary | None = None
        self._shown_key: tuple[object, ...] | None = None
        self._scale = 0.0
        # The window takes the keys itself; no button may take the focus (and with it Space).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        apply_palette(self, DARK)

        self.pages = QStackedWidget()
        self.session_page = self._build_session_page()
        self.summary_page = self._build_summary_page()
        self.pages.addWidget(self.session_page)
        self.pages.addWidget(self.summary_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.setStyleSheet(_style())
        self.setMinimumSize(720, 540)
        self.resize(_BASE_SIZE)

        session = timer.session
        self.ring.set_fraction_source(self._fraction_left)
        timer.event_happened.connect(self._on_event)
        timer.tick.connect(self._on_tick)
        timer.finished.connect(self._on_finished)
        if cues is not None:
            timer.event_happened.connect(cues.on_event)
        self.ring.set_time_text(clock_text(round(session.get_ready_seconds)))
        self._refresh()
        self._apply_scale()

    @classmethod
    def for_settings(
        cls,
        settings: StretchSettings,
        cues: Cues | None = None,
        clock: Clock = time.monotonic,
        parent: QWidget | None = None,
    ) -> StretchWindow:
        """A window for the user's stretch settings on the real monotonic clock (the one
        QTimer runs on); tests pass a fake clock or build the SessionTimer themselves."""
        return cls(SessionTimer(Session.from_settings(settings, clock)), cues, parent)

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

    def stop(self) -> None:
        """End the routine here; the end screen shows what was done. Asks nothing: stopping
        is always fine."""
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

    # -- building --------------------------------------------------------------------------

    def _build_session_page(self) -> QWidget:
        page = QWidget()
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

        self.back_button = self._button("back", self.back)
        self.pause_button = self._button("pause", self.toggle_pause)
        self.pause_button.setObjectName("primary")
        self.skip_button = self._button("skip", self.skip)
        self.full_screen_button = self._button("full_screen", self.toggle_full_screen)
        self.stop_button = self._button("stop", self.stop)
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

        layout = QVBoxLayout(page)
        self._page_layout = layout
        layout.addLayout(header)
        layout.addLayout(stage, 1)
        layout.addLayout(words)
        layout.addLayout(controls)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_heading = QLabel()
        self.summary_heading.setObjectName("summaryHeading")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryBody")
        self.closing_label = QLabel()
        self.closing_label.setObjectName("summaryClosing")
        for label in (self.summary_heading, self.summary_label, self.closing_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        # The same ring as during the routine, now filled as far as the routine got.
        self.summary_ring = CountdownRing(shows_progress=True)
        self.summary_ring.set_mode("hold")
        self.close_button = self._button("close", self.close)
        self.close_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        self._summary_layout = layout
        layout.addStretch(3)
        layout.addWidget(self.summary_ring, 4)
        layout.addSpacing(12)
        layout.addWidget(self.summary_heading)
        layout.addSpacing(12)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.closing_label)
        layout.addSpacing(28)
        layout.addLayout(buttons)
        layout.addStretch(4)
        return page

    def _button(self, key: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(TEXTS[key])
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(TEXTS[f"tip_{key}"])
        button.setAccessibleName(TEXTS[f"a11y_{key}"])
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: action())
        return button

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        over = self._summary is not None
        # A held key repeats; a held Space must not flicker between pause and resume.
        if event.isAutoRepeat() and key in (Qt.Key.Key_Space, Qt.Key.Key_Escape, Qt.Key.Key_F):
            event.accept()
            return
        if key == Qt.Key.Key_F:
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
            self.stop()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- following the session -------------------------------------------------------------

    def _fraction_left(self) -> float:
        session = self.session
        length = session.phase_seconds
        if session.phase == "idle" or length <= 0:
            return 1.0
        return session.remaining() / length

    def _on_event(self, _event: object) -> None:
        self._refresh()

    def _on_tick(self, seconds: int) -> None:
        # The number comes from the timer, on the deadline's whole seconds; the arc is read
        # from the same clock, so the two always agree.
        self.ring.set_time_text(clock_text(seconds))
        self.ring.refresh_fraction()

    def _refresh(self) -> None:
        """Show the session's state; cheap when nothing visible changed (several events can
        arrive in one batch, all after the session has moved)."""
        session = self.session
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
        self.steps_label.setText(_steps_html(hold))
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

    def _on_finished(self, summary: Summary) -> None:
        if self._summary is not None:
            return
        self._summary = summary
        self.ring.set_animating(False)
        heading, body, closing = summary_texts(summary)
        self.summary_heading.setText(heading)
        self.summary_label.setText(body)
        self.closing_label.setText(closing)
        self.closing_label.setVisible(bool(closing))
        done, planned = summary.holds_completed, summary.holds_planned
        self.summary_ring.setVisible(done > 0)
        self.summary_ring.set_time_text(
            TEXTS["summary_ring"].format(completed=done, planned=planned)
        )
        self.summary_ring.set_fraction_source(lambda: done / planned)
        self.pages.setCurrentWidget(self.summary_page)
        self.finished.emit(summary)

    # -- window events ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing part-way is a stop: what was done is still worth recording.
        if self.session.is_running:
            self._timer.stop()
        self.ring.set_animating(False)
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.ring.set_on_screen(not self.isMinimized())
            word = "leave_full_screen" if self.isFullScreen() else "full_screen"
            self.full_screen_button.setText(TEXTS[word])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        """Grow the type with the window: full screen on a big display is the view from
        across the room, so every text scales with it, not just the ring."""
        size = self.size()
        scale = min(size.width() / _BASE_SIZE.width(), size.height() / _BASE_SIZE.height())
        scale = max(0.8, min(2.2, scale))
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale

        def px(base: float) -> int:
            return max(10, round(base * scale))

        _set_font(self.title_label, px(34), QFont.Weight.DemiBold)
        _set_font(self.position_label, px(24))
        _set_font(self.side_label, px(36), QFont.Weight.Bold)
        _set_font(self.next_label, px(19))
        _set_font(self.steps_label, px(17))
        _set_font(self.safety_label, px(16))
        _set_font(self.keys_label, px(13))
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.full_screen_button,
            self.stop_button,
            self.close_button,
        ):
            _set_font(button, px(17), QFont.Weight.Medium)
            button.setMinimumHeight(px(46))
            button.setMinimumWidth(px(110))
        self.pause_button.setMinimumWidth(px(140))
        _set_font(self.summary_heading, px(44), QFont.Weight.DemiBold)
        _set_font(self.summary_label, px(24))
        _set_font(self.closing_label, px(19))
        margin = px(28)
        self._page_layout.setContentsMargins(margin, px(20), margin, px(20))
        self._page_layout.setSpacing(px(16))
        self._summary_layout.setContentsMargins(margin * 2, margin, margin * 2, margin)


def _steps_html(hold: Hold) -> str:
    items = "".join(f"<li>{html.escape(step)}</li>" for step in hold.stretch.steps)
    return f'<ol style="margin-left: 0; -qt-list-indent: 1;">{items}</ol>'


def _set_font(widget: QWidget, pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> None:
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setWeight(weight)
    widget.setFont(font)


def _style() -> str:
    """Fixed evening colours, so the window looks the same under a light desktop palette."""
    c = NIGHT
    border = QColor(c["muted"]).darker(170).name()
    return f"""
        QWidget#stretchWindow, QStackedWidget > QWidget {{ background: {c["window"]}; }}
        QLabel {{ color: {c["text"]}; background: transparent; }}
        QLabel#position, QLabel#keys, QLabel#summaryClosing {{ color: {c["muted"]}; }}
        QLabel#safety {{ color: {c["muted"]}; font-style: italic; }}
        QLabel#side {{ color: {c["accent"]}; }}
        QLabel#next {{ color: {c["muted"]}; }}
        QPushButton {{
            background: {c["button"]}; color: {c["text"]};
            border: 1px solid {border}; border-radius: 10px; padding: 6px 18px;
        }}
        QPushButton:hover {{ border-color: {c["accent"]}; }}
        QPushButton:pressed {{ background: {c["alt"]}; }}
        QPushButton:disabled {{ color: {c["muted"]}; border-color: {c["button"]}; }}
        QPushButton#primary {{
            background: {c["accent"]}; color: {c["accent_text"]}; border-color: {c["accent"]};
        }}
        QPushButton#primary:pressed {{ background: {QColor(c["accent"]).darker(115).name()}; }}
        QToolTip {{
            background: {c["base"]}; color: {c["text"]}; border: 1px solid {border};
            padding: 4px 8px;
        }}
    """
