"""The big countdown ring of the guided stretch: an arc that empties over the hold, with the
time in the middle, large enough to read from across the room.

The ring only paints; it knows nothing of the session. The window tells it the text to show
(from `SessionTimer.tick`, which is aligned to the deadline) and gives it a function for the
fraction of the phase still to run, read on the session's clock. The numbers therefore never
come from counting frames: frames only move the arc. While it is told to animate, a frame
timer at most ~30 times a second asks that function and repaints only when the arc would move
by at least a device pixel; otherwise it sleeps, so a paused or finished ring costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.words import translate
from companion.ui.theme import roles

RingMode = Literal["hold", "pause", "paused", "idle"]

FRAME_INTERVAL_MS = 33  # ~30 frames a second: smooth to the eye, cheap for the CPU
# The ring's parts by theme role, in the evening colours the window always wears.
RING_ROLES: dict[str, str] = {
    "track": "line",
    "hold": "accent",  # the one warm thing on the screen
    "pause": "positive",  # get ready / switch: a calmer colour than the hold's
    "paused": "muted",
    "text": "text",
    "caption": "muted",
}
RING_COLOURS: dict[str, str] = {part: roles(True)[role] for part, role in RING_ROLES.items()}


class CountdownRing(QWidget):
    """A square ring with `time_text` in the middle and a one-line `caption` below it."""

    # What the ring just said to a screen reader (also sent as an accessibility announcement).
    announced = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, shows_progress: bool = False, name: str = ""
    ) -> None:
        """`shows_progress`: the arc grows clockwise from twelve o'clock (how far something
        got) instead of emptying like a countdown. `name`: a fixed accessible name; the owner
        then describes and announces the time itself (`describe`, `announce`), because a name
        that changes every second is re-read every second by a screen reader."""
        super().__init__(parent)
        self._shows_progress = shows_progress
        self._fixed_name = name
        if name:
            self.setAccessibleName(name)
        self._mode: RingMode = "idle"
        self._time_text = ""
        self._caption = ""
        self._fraction = 1.0
        self._fraction_source: Callable[[], float] | None = None
        self._want_animation = False
        self._on_screen = True  # False while the window is minimised (still "visible" to Qt)
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_INTERVAL_MS)
        # A coarse timer lets the system batch our wake-ups with others'; a frame a few
        # milliseconds late is invisible, unlike the session's deadlines.
        self._frames.setTimerType(Qt.TimerType.CoarseTimer)
        self._frames.timeout.connect(self._on_frame)
        self.frames_painted = 0  # for tests: proof that idle means no painting
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(False)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # -- what to show ----------------------------------------------------------------------

    @property
    def time_text(self) -> str:
        return self._time_text

    @property
    def caption(self) -> str:
        return self._caption

    @property
    def mode(self) -> RingMode:
        return self._mode

    @property
    def fraction(self) -> float:
        return self._fraction

    @property
    def is_animating(self) -> bool:
        """Whether the frame timer is running (only while a hold runs and the ring shows)."""
        return self._frames.isActive()

    def set_time_text(self, text: str) -> None:
        if text != self._time_text:
            self._time_text = text
            self._update_accessible()
            self.update()

    def set_caption(self, text: str) -> None:
        if text != self._caption:
            self._caption = text
            self._update_accessible()
            self.update()

    def set_mode(self, mode: RingMode) -> None:
        if mode != self._mode:
            self._mode = mode
            self.update()

    def set_fraction_source(self, source: Callable[[], float] | None) -> None:
        """The function giving the fraction of the phase still to run (1 = full, 0 = empty)."""
        self._fraction_source = source
        self.refresh_fraction()

    def refresh_fraction(self) -> None:
        """Read the fraction once now (at a change of phase, pause or resize)."""
        if self._fraction_source is not None:
            self._set_fraction(self._fraction_source(), force=True)

    def set_animating(self, animating: bool) -> None:
        self._want_animation = animating
        self._sync_frames()

    def set_on_screen(self, on_screen: bool) -> None:
        """The window tells the ring when it is minimised: Qt still calls a minimised widget
        visible, but nobody sees its frames."""
        self._on_screen = on_screen
        self._sync_frames()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    # -- painting --------------------------------------------------------------------------

    def _ring_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        pen = self._pen_width(side)
        inset = pen / 2 + 2
        return QRectF(
            (self.width() - side) / 2 + inset,
            (self.height() - side) / 2 + inset,
            side - 2 * inset,
            side - 2 * inset,
        )

    @staticmethod
    def _pen_width(side: float) -> float:
        return max(8.0, side * 0.055)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._ring_rect()
        side = min(self.width(), self.height())
        pen_width = self._pen_width(side)

        track = QPen(QColor(RING_COLOURS["track"]), pen_width)
        painter.setPen(track)
        painter.drawEllipse(rect)

        if self._mode != "idle" and self._fraction > 0:
            arc = QPen(QColor(RING_COLOURS[self._mode]), pen_width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # Qt measures angles in 1/16 degree, counter-clockwise from three o'clock. The
            # remaining arc runs clockwise from a "hand" back to twelve o'clock, so the hand
            # sweeps round like a clock's and the arc shrinks behind it. A progress ring
            # grows clockwise from twelve instead.
            span = self._fraction * 360.0
            start = 90.0 if self._shows_progress else 90.0 - (360.0 - span)
            painter.drawArc(rect, round(start * 16), round(-span * 16))

        self._paint_texts(painter, rect)
        painter.end()

    def _paint_texts(self, painter: QPainter, rect: QRectF) -> None:
        inner = rect.width() * 0.78  # the text's room inside the ring
        time_font = QFont(self.font())
        time_font.setPixelSize(max(12, round(rect.height() * 0.26)))
        time_font.setWeight(QFont.Weight.DemiBold)
        # Tabular digits: every digit the same width, so "1:11" does not jiggle into "1:10".
        time_font.setFeature(QFont.Tag("tnum"), 1)
        time_font = _fitted(time_font, self._time_text, inner)
        caption_font = QFont(self.font())
        caption_font.setPixelSize(max(10, round(rect.height() * 0.075)))
        caption_font = _fitted(caption_font, self._caption, inner)

        time_metrics = QFontMetricsF(time_font)
        caption_metrics = QFontMetricsF(caption_font)
        gap = rect.height() * 0.02
        has_caption = bool(self._caption)
        block = time_metrics.height() + (gap + caption_metrics.height() if has_caption else 0)
        top = rect.center().y() - block / 2

        text_colour = QColor(RING_COLOURS["text"])
        if self._mode == "paused":
            text_colour = QColor(RING_COLOURS["caption"])
        painter.setPen(text_colour)
        painter.setFont(time_font)
        time_box = QRectF(rect.left(), top, rect.width(), time_metrics.height())
        painter.drawText(time_box, Qt.AlignmentFlag.AlignCenter, self._time_text)
        if has_caption:
            caption_colour = QColor(
                RING_COLOURS["pause"] if self._mode == "pause" else RING_COLOURS["caption"]
            )
            painter.setPen(caption_colour)
            painter.setFont(caption_font)
            caption_box = QRectF(
                rect.center().x() - inner / 2,
                time_box.bottom() + gap,
                inner,
                caption_metrics.height(),
            )
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self._caption)

    # -- animation -------------------------------------------------------------------------

    def _on_frame(self) -> None:
        if self._fraction_source is not None:
            self._set_fraction(self._fraction_source(), force=False)

    def _set_fraction(self, fraction: float, *, force: bool) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if not force and abs(fraction - self._fraction) < self._visible_step():
            return  # the arc would not move by a device pixel: skip the repaint
        self._fraction = fraction
        self.update()

    def _visible_step(self) -> float:
        circumference = math.pi * self._ring_rect().width() * self.devicePixelRatioF()
        return 1.0 / max(1.0, circumference)

    def _sync_frames(self) -> None:
        run = self._want_animation and self._on_screen and self.isVisible()
        if run and not self._frames.isActive():
            self._frames.start()
        elif not run and self._frames.isActive():
            self._frames.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        # A minimised or closed window must not keep waking the CPU for a ring nobody sees.
        super().hideEvent(event)
        self._sync_frames()

    def describe(self, text: str) -> None:
        """What the ring shows, for a screen reader to read when asked (not announced)."""
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def announce(self, text: str) -> None:
        """Have a screen reader say `text` now, without moving the focus."""
        self.announced.emit(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _update_accessible(self) -> None:
        if not self._fixed_name:  # a still ring (the summary's) may name what it shows
            self.setAccessibleName(
                translate("Stretch", "{caption} {time}", "the ring, read aloud")
                .format(caption=self._caption, time=self._time_text)
                .strip()
            )


def _fitted(font: QFont, text: str, width: float) -> QFont:
    """The font, shrunk just enough for `text` to fit `width` (long captions such as "Switch
    to the right leg" must not run into the ring)."""
    if not text:
        return font
    measured = QFontMetricsF(font).horizontalAdvance(text)
    if measured <= width:
        return font
    smaller = QFont(font)
    smaller.setPixelSize(max(8, math.floor(font.pixelSize() * width / measured)))
    return smaller
