"""The drawing of the current hold in the stretch window: sharp, cached, and moving into the pose.

At each hold's start the figure moves from its neutral stance into the pose over
`MOVE_SECONDS` (the easing lives in `render.figure_motion`), then stands still. The frames
run on a display timer that stops as soon as the pose is reached, so a still drawing costs no
CPU; the time each frame shows is read from the clock the window is handed (the session's), so
a test steps the move with a fake clock instead of waiting.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.session import Hold
from companion.core.stretches import Side
from companion.render.figure_motion import MOVE_SECONDS, figure_svg_at
from companion.render.illustration import render_svg_text
from companion.render.stretch_picture import render_name_card, render_picture
from companion.ui.stretch.style import DARK
from companion.ui.stretch.texts import drawing_name

# The drawings show the figure's right leg working (companion/render/illustration.py), so the
# left leg is the mirrored picture; the two sides of a stretch are always mirror images.
MIRRORED_SIDE: Side = "left"
# At most 30 frames a second (1000 / 34 ≈ 29.4): smooth to the eye, cheap for the CPU.
MOVE_FRAME_MS = 34
STILL = 1.0  # the pose itself: the drawing the move ends on
NEUTRAL = 0.0  # the stance the move starts from
_CACHE_SIZE = 8  # two sides x (neutral, still) x a few sizes; resizing evicts the old sizes
_DRAWING_ASPECT = QSize(480, 360)  # the drawings' common canvas


def is_mirrored(side: Side | None) -> bool:
    return side == MIRRORED_SIDE


class IllustrationView(QWidget):
    """The drawing of the current hold, as large as the room allows, 4:3, centred.

    Rendered at the widget's size x device pixel ratio (sharp at 200 %), again on every
    resize; the neutral stance and the still pose are cached per (stretch, side, progress,
    size, ratio) so that switching sides or going back costs no rendering. Frames of a move
    are rendered once each and never cached.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        reduce_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._reduce_motion = reduce_motion
        self._hold: Hold | None = None
        self._progress = STILL
        self._move_from: float | None = None  # clock time the current move began
        self._cache: OrderedDict[tuple[str, str, float, int, int, float, bool], QPixmap] = (
            OrderedDict()
        )
        self.renders = 0  # for tests: proof that the cache works
        self._frames = QTimer(self)
        self._frames.setInterval(MOVE_FRAME_MS)
        self._frames.setTimerType(Qt.TimerType.CoarseTimer)  # a late frame is invisible
        self._frames.timeout.connect(self.step)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    # -- what to show ----------------------------------------------------------------------

    @property
    def progress(self) -> float:
        """How far the figure is into the pose: 0 the neutral stance, 1 the still pose."""
        return self._progress

    @property
    def is_moving(self) -> bool:
        """Whether the frame timer runs (only during a move, and only while on screen)."""
        return self._frames.isActive()

    @property
    def reduce_motion(self) -> bool:
        return self._reduce_motion

    def set_hold(self, hold: Hold) -> None:
        if self._hold is None or (hold.stretch.id, hold.side) != (
            self._hold.stretch.id,
            self._hold.side,
        ):
            self._hold = hold
            self.setAccessibleName(drawing_name(hold))
            self.update()

    def _is_still_only(self) -> bool:
        """A stretch of the user's own has a picture (or a card), never a move into a pose."""
        return self._reduce_motion or (self._hold is not None and self._hold.stretch.custom)

    def show_neutral(self) -> None:
        """Before a hold: the stance the figure will move from (the pose itself when motion
        is reduced, so nothing ever moves)."""
        self._set_progress(STILL if self._is_still_only() else NEUTRAL)

    def show_still(self) -> None:
        self._set_progress(STILL)

    def start_move(self, at: float) -> None:
        """Move into the pose from clock time `at` (when the hold began)."""
        if self._is_still_only():
            self.show_still()
            return
        self._move_from = at
        self.step()

    def step(self) -> None:
        """Show the move as it stands on the clock now; once at the pose, stop the frames."""
        if self._move_from is None:
            return
        progress = (self._clock() - self._move_from) / MOVE_SECONDS
        if progress >= STILL - 1e-9:  # float sums of frame times land a hair short
            self._set_progress(STILL)
            return
        progress = max(NEUTRAL, progress)
        if progress != self._progress:  # a frame with nothing new paints nothing
            self._progress = progress
            self.update()
        self._sync_frames()

    def _set_progress(self, progress: float) -> None:
        self._move_from = None
        if progress != self._progress:
            self._progress = progress
            self.update()
        self._sync_frames()

    def _sync_frames(self) -> None:
        run = self._move_from is not None and self.isVisible()
        if run and not self._frames.isActive():
            self._frames.start()
        elif not run and self._frames.isActive():
            self._frames.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.step()  # a move that ran on while hidden shows where it got to
        self._sync_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_frames()

    # -- drawing ---------------------------------------------------------------------------

    def drawing_size(self) -> QSize:
        """The logical size the drawing takes: the canvas fitted into the widget."""
        return _DRAWING_ASPECT.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)

    def drawing_rect(self) -> QRectF:
        """Where the drawing sits in the widget: fitted and centred."""
        size = self.drawing_size()
        return QRectF(
            (self.width() - size.width()) / 2,
            (self.height() - size.height()) / 2,
            size.width(),
            size.height(),
        )

    def pixmap(self, ratio: float | None = None) -> QPixmap:
        """The drawing as it is painted now (rendered on first use at this size), for a
        device with this pixel ratio (the widget's screen by default)."""
        if self._hold is None:
            return QPixmap()
        size = self.drawing_size()
        ratio = ratio if ratio is not None else self.devicePixelRatioF()
        progress = self._progress
        key = (
            self._hold.stretch.id,
            self._hold.side or "",
            progress,
            size.width(),
            size.height(),
            ratio,
            DARK,
        )
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        pixmap = render_pose(self._hold, progress, size, ratio)
        self.renders += 1
        if progress in (NEUTRAL, STILL):
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
        if not pixmap.isNull():
            painter.drawPixmap(self.drawing_rect(), pixmap, QRectF(pixmap.rect()))
        painter.end()


def render_pose(hold: Hold, progress: float, size: QSize, ratio: float) -> QPixmap:
    """One frame of a hold's drawing: `progress` of the way from neutral into the pose. A
    stretch of the user's own shows its picture as it is (never mirrored: see
    render.stretch_picture), or a card with its name."""
    if hold.stretch.custom:
        width, height = size.width(), size.height()
        if hold.stretch.picture:
            picture = render_picture(hold.stretch.picture, width, height, ratio)
            if not picture.isNull():
                return picture
        return render_name_card(hold.stretch.name, width, height, dark=DARK, ratio=ratio)
    svg = figure_svg_at(hold.stretch.id, progress)
    return render_svg_text(
        svg,
        size.width(),
        size.height(),
        dark=DARK,
        mirrored=is_mirrored(hold.side),
        ratio=ratio,
    )
