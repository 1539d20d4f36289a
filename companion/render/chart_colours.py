"""The charts' colours (from the theme's colour roles, for day, evening and paper) and the RLS
intensity ramp."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from companion.core.words import translate
from companion.render.colour_roles import DAY, NIGHT


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
    ramp: tuple[QColor, QColor]  # the data ramp: quiet (0) and strong (the top)


def chart_colours(dark: bool) -> ChartColours:
    """Colours that read on the app's day and evening palettes (and on paper: dark=False),
    from the theme's colour roles."""
    r = NIGHT if dark else DAY
    return ChartColours(
        background=QColor(r["surface"]),
        text=QColor(r["text"]),
        muted=QColor(r["muted"]),
        grid=QColor(r["line"]),
        line=QColor(r["ramp_strong"]),  # the data's own colour: the ramp's strong end
        average=QColor(r["muted"]),
        highlight=QColor(r["text"]),
        done=QColor(r["positive"]),
        not_done=QColor(r["raised"]) if dark else QColor(r["line"]),
        ramp=(QColor(r["ramp_quiet"]), QColor(r["ramp_strong"])),
    )


# --- the intensity scale (calendar tint, legend, PDF) ------------------------------------------


def intensity_colour(value: float, top: float = 10.0, *, dark: bool = False) -> QColor:
    """The ramp's colour for an RLS intensity (0 … `top`): quiet at 0, strong at `top`.

    One hue whose lightness moves steadily with the value (lighter on the evening palette,
    darker on the day's and on paper), so it reads with any colour vision and in grey.
    """
    quiet, strong = chart_colours(dark).ramp
    t = min(max(value / top, 0.0), 1.0)
    return QColor.fromRgbF(
        quiet.redF() + (strong.redF() - quiet.redF()) * t,
        quiet.greenF() + (strong.greenF() - quiet.greenF()) * t,
        quiet.blueF() + (strong.blueF() - quiet.blueF()) * t,
    )


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
    dark = colours.background.lightnessF() < 0.5
    fm = QFontMetricsF(painter.font())
    low, high = translate("Charts", "0 none"), translate("Charts", "10 worst")
    label_w = max(fm.horizontalAdvance(low), fm.horizontalAdvance(high)) + 6
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
        painter.fillRect(cell, intensity_colour(i, dark=dark))
    painter.setPen(colours.muted)
    painter.drawRect(ramp)
    painter.setPen(colours.text)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(
        QRectF(rect.left(), rect.top(), label_w - 4, rect.height()),
        flags | Qt.AlignmentFlag.AlignRight,
        low,
    )
    painter.drawText(
        QRectF(ramp.right() + 4, rect.top(), label_w, rect.height()),
        flags | Qt.AlignmentFlag.AlignLeft,
        high,
    )
    painter.restore()
