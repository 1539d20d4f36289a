"""The picture of a stretch of the user's own: their PNG, JPEG or SVG fitted in, or a plain card.

A user's picture is shown as it is: never themed, and never mirrored for the other side (a
photo may show either leg, and mirrored it shows writing and faces backwards; the side label
says which side). Without a picture, or with one that cannot be read, a calm card carries the
stretch's name in the house colours.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from companion.render.colour_roles import DAY, NIGHT
from companion.store.errors import StoreError
from companion.store.pictures import read_picture

# The card's proportions, as parts of the drawing area's height (so it scales with the window).
_CARD_RADIUS = 0.05
_CARD_INSET = 0.02
_NAME_SIZE = 0.085


def load_picture(path: str) -> QImage:
    """The user's picture as an image (a null image when it cannot be read or decoded). An SVG
    is rendered later at the size it is shown; this returns a null image for it."""
    try:
        data = read_picture(path)
    except StoreError:
        return QImage()
    if Path(path).suffix.lower() == ".svg":
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo's EXIF orientation: upright, as taken
    image = reader.read()
    buffer.close()
    return image


def render_picture(path: str, width: int, height: int, ratio: float = 1.0) -> QPixmap:
    """The picture fitted into `width` x `height` logical pixels, aspect ratio kept, centred on
    a transparent pixmap; a null pixmap when the file cannot be read or is not a picture."""
    device_width, device_height = max(1, round(width * ratio)), max(1, round(height * ratio))
    canvas = QImage(device_width, device_height, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    drawn = _paint_picture(painter, path, QRectF(0, 0, device_width, device_height))
    painter.end()
    if not drawn:
        return QPixmap()
    pixmap = QPixmap.fromImage(canvas)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _paint_picture(painter: QPainter, path: str, area: QRectF) -> bool:
    if Path(path).suffix.lower() == ".svg":
        try:
            renderer = QSvgRenderer(QByteArray(read_picture(path)))
        except StoreError:
            return False
        if not renderer.isValid():
            return False
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, area)
        return True
    image = load_picture(path)
    if image.isNull():
        return False
    fitted = image.scaled(
        area.size().toSize(),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    left = (area.width() - fitted.width()) / 2
    top = (area.height() - fitted.height()) / 2
    painter.drawImage(QRectF(left, top, fitted.width(), fitted.height()), fitted)
    return True


def render_name_card(
    name: str, width: int, height: int, *, dark: bool, ratio: float = 1.0
) -> QPixmap:
    """A plain card with the stretch's name, filling `width` x `height` logical pixels."""
    roles = NIGHT if dark else DAY
    image = QImage(
        max(1, round(width * ratio)),
        max(1, round(height * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    inset = height * _CARD_INSET
    card = QRectF(inset, inset, width - 2 * inset, height - 2 * inset)
    painter.setPen(QPen(QColor(roles["line"]), 1.5))
    painter.setBrush(QColor(roles["raised"]))
    painter.drawRoundedRect(card, height * _CARD_RADIUS, height * _CARD_RADIUS)
    font = QFont()
    font.setPixelSize(max(12, round(height * _NAME_SIZE)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor(roles["text"]))
    margin = height * 0.1
    painter.drawText(
        card.adjusted(margin, margin, -margin, -margin),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        name,
    )
    painter.end()
    return QPixmap.fromImage(image)
