"""The charts' colours: day, night and paper palettes, and the RLS intensity scale."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter


@dataclass(frozen=True)
class ChartColours:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    line: QColor
    average: QColor
    highlight: QColor
    done: QColor
    not_done: QColor


def chart_colours(dark: bool) -> ChartColours:
    """Colours that read on the app's day and night palettes (and on paper: dark=False)."""
    if dark:
        return ChartColours(
            background=QColor("#262c3c"),
            text=QColor("#e9e4da"),
            muted=QColor("#a7a9b4"),
            grid=QColor("#3a4256"),
            line=QColor("#7fb3e0"),
            average=QColor("#e0a458"),
            highlight=QColor("#e9e4da"),
            done=QColor("#5fa8d3"),
            not_done=QColor("#4a5266"),
        )
    return ChartColours(
        background=QColor("#ffffff"),
        text=QColor("#23283a"),
        muted=QColor("#5f6577"),
        grid=QColor("#e4e0d8"),
        line=QColor("#3f78b5"),
        average=QColor("#b0620f"),
        highlight=QColor("#23283a"),
        done=QColor("#2f6fab"),
        not_done=QColor("#dcd7cd"),
    )


# --- the intensity scale (calendar tint, legend, PDF) ------------------------------------------

# Viridis, reversed: 0 (no symptoms) is pale yellow, 10 (worst) deep violet. Perceptually even
# and readable with every common colour-vision deficiency; darker simply means worse.
_RAMP = (
    (0.0, "#fde725"),
    (0.125, "#b5de2b"),
    (0.25, "#6ece58"),
    (0.375, "#35b779"),
    (0.5, "#1f9e89"),
    (0.625, "#26828e"),
    (0.75, "#31688e"),
    (0.875, "#3e4989"),
    (1.0, "#482878"),
)


def intensity_colour(value: float, top: float = 10.0) -> QColor:
    """The scale's colour for an RLS intensity (0 … `top`)."""
    t = min(max(value / top, 0.0), 1.0)
    for (t0, c0), (t1, c1) in itertools.pairwise(_RAMP):
        if t <= t1:
            f = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
            a, b = QColor(c0), QColor(c1)
            return QColor.fromRgbF(
                a.redF() + (b.redF() - a.redF()) * f,
                a.greenF() + (b.greenF() - a.greenF()) * f,
                a.blueF() + (b.blueF() - a.blueF()) * f,
            )
    return QColor(_RAMP[-1][1])


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever has the higher WCAG contrast with `background`."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#ffffff")


def paint_intensity_legend(painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
    """A ramp 0 … 10 with its ends named, in `rect`."""
    painter.save()
    fm = QFontMetricsF(painter.font())
    label_w = max(fm.horizontalAdvance("0 none"), fm.horizontalAdvance("10 worst")) + 6
    ramp = QRectF(
        rect.left() + label_w, rect.top() + 2, rect.width() - 2 * label_w, rect.height() - 4
    )
    steps = 11
    for i in range(steps):
        cell = QRectF(
            ramp.left() + i * ramp.width() / steps,
            ramp.top(),
            ramp.width() / steps + 0.5,
            ramp.height(),
        )
        painter.fillRect(cell, intensity_colour(i))
    painter.setPen(colours.muted)
    painter.drawRect(ramp)
    painter.setPen(colours.text)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(
        QRectF(rect.left(), rect.top(), label_w - 4, rect.height()),
        flags | Qt.AlignmentFlag.AlignRight,
        "0 none",
    )
    painter.drawText(
        QRectF(ramp.right() + 4, rect.top(), label_w, rect.height()),
        flags | Qt.AlignmentFlag.AlignLeft,
        "10 worst",
    )
    painter.restore()
