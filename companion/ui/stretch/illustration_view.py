"""The drawing of the current hold in the stretch window, rendered sharp and cached."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.session import Hold
from companion.core.stretches import Side
from companion.render.illustration import render_stretch
from companion.ui.stretch.style import DARK
from companion.ui.stretch.texts import TEXTS

# The drawings show the figure's right leg working (companion/render/illustration.py), so the
# left leg is the mirrored picture; the two sides of a stretch are always mirror images.
MIRRORED_SIDE: Side = "left"
_CACHE_SIZE = 8  # two sides x a few sizes is plenty; resizing evicts the old sizes
_DRAWING_ASPECT = QSize(480, 360)  # the drawings' common canvas


def is_mirrored(side: Side | None) -> bool:
    return side == MIRRORED_SIDE


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
