"""Write the app icon and the tray icons (resources/icons/*.svg); then run tools/make_icons.py.

The glyph is a crescent moon whose lower horn turns into a resting foot: the outer curve of the
crescent is the back of the calf, the horn at the bottom is the heel, the foot points right.
Run once after changing a number here; the SVGs are committed.

    python tools/draw_icons.py
"""

from __future__ import annotations

import math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"

# Full-colour palette.
NIGHT_TOP = "#2b3a6b"
NIGHT_BOTTOM = "#151d3b"
MOON = "#f4d58d"
STAR = "#c9d3f2"
# Monochrome tray glyphs, for a platform that tells the panel's colour.
GLYPH_FOR_LIGHT_PANEL = "#232838"
GLYPH_FOR_DARK_PANEL = "#eef1f8"
# The outlined tray glyph, for panels of unknown colour: a mid-tone fill (relative luminance
# about 0.2) reads at >= 3.6:1 on both a light (#f0f0f0) and a dark (#202020) panel by itself;
# the dark outline sharpens its edge on light panels. Paused: the same in a neutral grey.
OUTLINED_FILL = "#9c7436"
OUTLINED_PAUSED_FILL = "#7c7c7c"
OUTLINE = "#1d2230"
OUTLINE_WIDTH = 24  # on the 256 grid: half of it (about 1 px at 22 px) shows outside the fill


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _circle_intersections(
    c0: tuple[float, float], r0: float, c1: tuple[float, float], r1: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    (x0, y0), (x1, y1) = c0, c1
    d = math.hypot(x1 - x0, y1 - y0)
    a = (r0 * r0 - r1 * r1 + d * d) / (2 * d)
    h = math.sqrt(r0 * r0 - a * a)
    xm, ym = x0 + a * (x1 - x0) / d, y0 + a * (y1 - y0) / d
    ox, oy = h * (y1 - y0) / d, -h * (x1 - x0) / d
    return (xm + ox, ym + oy), (xm - ox, ym - oy)


def crescent_path(
    centre: tuple[float, float], radius: float, bite_centre: tuple[float, float], bite_radius: float
) -> str:
    """Outer disc minus a bite disc, as one closed path of two arcs."""
    p, q = _circle_intersections(centre, radius, bite_centre, bite_radius)
    r, b = _fmt(radius), _fmt(bite_radius)
    return (
        f"M{_fmt(p[0])} {_fmt(p[1])}"
        f"A{r} {r} 0 1 0 {_fmt(q[0])} {_fmt(q[1])}"
        f"A{b} {b} 0 0 1 {_fmt(p[0])} {_fmt(p[1])}Z"
    )


def leg_path() -> str:
    """The crescent-and-foot outline on a 256 grid, as SVG path data.

    Read from the top: the upper horn is the knee, the thick outer curve the back of the calf, the
    bottom narrows to the ankle and turns into a heel and a foot pointing right; the hollow of the
    crescent is the front of the shin.
    """
    return (
        "M160 18"  # knee: the upper horn
        "C96 14 24 54 22 118"  # outer curve: the back of the leg
        "C21 154 44 178 74 194"  # the calf narrows into the achilles
        "C62 206 60 240 94 240"  # round heel, sticking out behind the ankle
        "L206 240"  # sole
        "C228 240 230 214 210 208"  # toes
        "L118 184"  # instep up to the front of the ankle
        "C98 170 86 146 86 116"  # shin: the inner curve of the crescent
        "C86 74 114 36 160 18Z"
    )


def glyph(colour: str, *, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> str:
    """The glyph as one filled path in a group, optionally moved and scaled."""
    transform = ""
    if scale != 1.0 or dx or dy:
        transform = f' transform="translate({_fmt(dx)} {_fmt(dy)}) scale({_fmt(scale)})"'
    return f'<g fill="{colour}"{transform}><path d="{leg_path()}"/></g>'


PAUSE_BARS = (
    '<rect x="144" y="64" width="32" height="96" rx="6"/>'
    '<rect x="208" y="64" width="32" height="96" rx="6"/>'
)


def pause_bars(colour: str) -> str:
    """Two bold bars in the crescent's hollow, on the 16 px pixel grid."""
    return f'<g fill="{colour}">{PAUSE_BARS}</g>'


def svg(body: str, title: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        f"<title>{title}</title>\n{body}\n</svg>\n"
    )


def app_icon() -> str:
    background = (
        "<defs>"
        '<linearGradient id="night" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{NIGHT_TOP}"/><stop offset="1" stop-color="{NIGHT_BOTTOM}"/>'
        "</linearGradient></defs>"
        '<rect x="8" y="8" width="240" height="240" rx="52" fill="url(#night)"/>'
    )
    stars = (
        f'<g fill="{STAR}"><circle cx="184" cy="66" r="9"/><circle cx="212" cy="112" r="6"/></g>'
    )
    return svg(background + stars + glyph(MOON, scale=0.8, dx=22, dy=18), "Bedtime Companion")


def tray_icon(colour: str, *, paused: bool) -> str:
    if not paused:
        return svg(glyph(colour), "Bedtime Companion")
    dimmed = f'<g opacity="0.55">{glyph(colour)}</g>'
    return svg(dimmed + pause_bars(colour), "Bedtime Companion (paused tonight)")


def outlined_tray_icon(*, paused: bool) -> str:
    """The symbolic tray icon: one drawing for the icon theme and for Qt's own fallback.

    Its two colours are the classes of KDE's "current-color-scheme" convention, so a host that
    knows its panel (Plasma) recolours the glyph to the panel's text and the outline to the
    panel's background; GTK hosts paint a "-symbolic" icon's fills in their text colour; anyone
    else shows the defaults below, readable on light and dark panels alike.
    """
    fill = OUTLINED_PAUSED_FILL if paused else OUTLINED_FILL
    shapes = f'<path d="{leg_path()}"/>' + (PAUSE_BARS if paused else "")
    style = (
        '<style id="current-color-scheme" type="text/css">'
        f".ColorScheme-Text {{ color:{fill}; }} .ColorScheme-Background {{ color:{OUTLINE}; }}"
        "</style>"
    )
    outline = (
        '<g class="ColorScheme-Background" fill="currentColor" stroke="currentColor" '
        f'stroke-width="{OUTLINE_WIDTH}" stroke-linejoin="round">{shapes}</g>'
    )
    body = f'{style}{outline}<g class="ColorScheme-Text" fill="currentColor">{shapes}</g>'
    title = "Bedtime Companion (paused tonight)" if paused else "Bedtime Companion"
    return svg(body, title)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        "bedtime-companion.svg": app_icon(),
        "tray-light.svg": tray_icon(GLYPH_FOR_LIGHT_PANEL, paused=False),
        "tray-dark.svg": tray_icon(GLYPH_FOR_DARK_PANEL, paused=False),
        "tray-light-paused.svg": tray_icon(GLYPH_FOR_LIGHT_PANEL, paused=True),
        "tray-dark-paused.svg": tray_icon(GLYPH_FOR_DARK_PANEL, paused=True),
        "tray-outlined.svg": outlined_tray_icon(paused=False),
        "tray-outlined-paused.svg": outlined_tray_icon(paused=True),
    }
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(OUT / name)


if __name__ == "__main__":
    main()
