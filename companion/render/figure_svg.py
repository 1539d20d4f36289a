"""The stretch figure as SVG text: one canvas, one palette, body parts layered back to front.

The drawings use only the fixed colours of ``LIGHT_PALETTE``; the loader
(``companion/render/illustration.py``) swaps each for its dark twin at render time, so one SVG per
stretch serves both themes. Every body part first lays a background-coloured outline (GAP), so a
near limb crossing the torso or the far limbs stays readable.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from companion.render.figure_drawing import Drawing, Glow
from companion.render.figure_skeleton import (
    SKELETON,
    Figure,
    Point,
    Shape,
    Skeleton,
    add,
    build,
    fmt,
    norm,
    perp,
)

# The drawings' colours by role (light theme); the loader maps these to the dark theme.
LIGHT_PALETTE = {
    "BACKGROUND": "#f5f1ea",  # the card behind the drawing; also the thin gap between body parts
    "FLOOR": "#b3a999",  # the floor line
    "PROP": "#dcd3c4",  # the wall
    "FIGURE": "#3e4c6d",  # head, torso and the near-side limbs
    "FIGURE_FAR": "#7f8ba8",  # far-side limbs, drawn behind
    "ACCENT": "#e8773f",  # the stretched muscle (fill and soft glow)
}

WIDTH, HEIGHT = 480, 360
CORNER = 18  # rounded corners of the background card
FLOOR_Y = 316  # centre of the floor line
FLOOR_WIDTH = 4
FLOOR_MARGIN = 28  # the floor line stops this far from the card's edges
SCALE = 1.1  # skeleton px → canvas px, the same for all five (the standing pose sets the limit)
GAP = 3.5  # the background-coloured outline that separates overlapping body parts (not scaled)
WALL_WIDTH = 30


@dataclass(frozen=True)
class Placement:
    """Where a built figure goes on the canvas: a shift, and the wall's near face if any."""

    dx: float
    dy: float
    wall: float | None


def scaled_figure(drawing: Drawing, sk: Skeleton = SKELETON) -> Figure:
    """The drawing's figure built, its extra parts added, in canvas px (not yet placed)."""
    fig = build(drawing.pose, sk)
    if drawing.extra:
        fig.parts |= drawing.extra(fig)
    return Figure(
        {name: (x * SCALE, y * SCALE) for name, (x, y) in fig.joints.items()},
        {name: shape.scaled(SCALE) for name, shape in fig.parts.items()},
    )


def bounds(shapes: Iterable[Shape]) -> tuple[float, float, float, float]:
    pts = [(p, r) for s in shapes for p, r in s.points()]
    return (
        min(p[0] - r for p, r in pts),
        min(p[1] - r for p, r in pts),
        max(p[0] + r for p, r in pts),
        max(p[1] + r for p, r in pts),
    )


def still_placement(drawing: Drawing, fig: Figure) -> Placement:
    """The still's placement: the figure (with its wall) centred, its lowest point on the floor."""
    x0, _y0, x1, y1 = bounds(fig.parts.values())
    wall = drawing.wall_at(fig) if drawing.wall_at else None
    right = wall + WALL_WIDTH if wall is not None else x1
    dx = WIDTH / 2 - (x0 + right) / 2
    return Placement(dx, FLOOR_Y - FLOOR_WIDTH / 2 - y1, wall)


def anchored_placement(
    fig: Figure, anchor: str, at: tuple[float, float], wall: float | None
) -> Placement:
    """A frame of the move: the anchor joint (a planted foot, the buttocks) where the still has
    it, ``at``, and the wall where the still has it (both in canvas px), so nothing slides."""
    dx, dy = at[0] - fig.joints[anchor][0], at[1] - fig.joints[anchor][1]
    return Placement(dx, dy, None if wall is None else wall - dx)


def _limb_radius(joint: str, t: float, sk: Skeleton) -> float:
    r0, r1 = sk.shin_r if joint.startswith("knee") else sk.thigh_r
    t = min(max(t, 0.0), 1.0)
    return r0 + (r1 - r0) * t


def _glow_svg(g: Glow, fig: Figure, dx: float, dy: float, sk: Skeleton) -> tuple[str, str]:
    """(halo behind the limb, accent lens on the limb) for one Glow."""
    a, b = fig.joints[g.start], fig.joints[g.end]
    length = norm((b[0] - a[0], b[1] - a[1]))
    u = ((b[0] - a[0]) / length, (b[1] - a[1]) / length)
    n = perp(u)
    mid_t = (g.t0 + g.t1) / 2
    radius = _limb_radius(g.start, mid_t, sk) * SCALE
    width, halo_r = g.width * SCALE, g.halo * SCALE
    centre: Point = add(add(a, u, length * mid_t), n, g.side * (radius - width / 2 - 1))
    cx, cy = centre[0] + dx, centre[1] + dy
    rx = length * (g.t1 - g.t0) / 2
    rot = math.degrees(math.atan2(u[1], u[0]))
    tf = f' transform="rotate({fmt(rot)} {fmt(cx)} {fmt(cy)})"'
    lens = (
        f'<ellipse cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx)}" ry="{fmt(width / 2)}" '
        f'fill="{LIGHT_PALETTE["ACCENT"]}"{tf}/>'
    )
    if g.halo <= 0:
        return "", lens
    halo = (
        f'<ellipse cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx + halo_r)}" '
        f'ry="{fmt(width / 2 + halo_r + radius / 2)}" fill="url(#glow)"{tf}/>'
    )
    return halo, lens


def _head(title: str, place: Placement) -> list[str]:
    p = LIGHT_PALETTE
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">',
        f"<title>{title}</title>",
        "<defs>",
        '<radialGradient id="glow">',
        f'<stop offset="0" stop-color="{p["ACCENT"]}" stop-opacity="0.5"/>',
        f'<stop offset="0.55" stop-color="{p["ACCENT"]}" stop-opacity="0.22"/>',
        f'<stop offset="1" stop-color="{p["ACCENT"]}" stop-opacity="0"/>',
        "</radialGradient>",
        f'<clipPath id="above-floor"><rect width="{WIDTH}" height="{FLOOR_Y - FLOOR_WIDTH}"/>'
        "</clipPath>",
        "</defs>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" rx="{CORNER}" fill="{p["BACKGROUND"]}"/>',
    ]
    if place.wall is not None:
        out.append(
            f'<rect x="{fmt(place.wall + place.dx)}" y="0" width="{WALL_WIDTH}" '
            f'height="{FLOOR_Y}" fill="{p["PROP"]}"/>'
        )
    out.append(
        f'<line x1="{FLOOR_MARGIN}" y1="{FLOOR_Y}" x2="{WIDTH - FLOOR_MARGIN}" y2="{FLOOR_Y}" '
        f'stroke="{p["FLOOR"]}" stroke-width="{FLOOR_WIDTH}" stroke-linecap="round"/>'
    )
    return out


def figure_svg(drawing: Drawing, fig: Figure, place: Placement, sk: Skeleton = SKELETON) -> str:
    """The SVG text of a scaled figure (``scaled_figure``) at ``place``."""
    p = LIGHT_PALETTE
    dx, dy = place.dx, place.dy
    out = _head(drawing.title, place)
    glows = [_glow_svg(g, fig, dx, dy, sk) for g in drawing.glow]
    # the soft glow sits behind the whole figure, and never spills onto the floor
    out += [f'<g clip-path="url(#above-floor)">{halo}</g>' for halo, _ in glows if halo]
    gap = (
        f' fill="none" stroke="{p["BACKGROUND"]}" stroke-width="{fmt(2 * GAP)}"'
        ' stroke-linejoin="round"'
    )
    drawn: set[str] = set()
    apart = {name for layer in drawing.layers for name in layer if name.startswith("foot_")}
    for layer in drawing.layers:
        # a foot goes with its shin unless the drawing puts it in a layer of its own
        layer += tuple(
            f"foot_{name[-1]}"
            for name in layer
            if name.startswith("shin_") and f"foot_{name[-1]}" not in apart
        )
        shapes = [fig.parts[name].moved(dx, dy) for name in layer if name in fig.parts]
        colour = p["FIGURE_FAR"] if all(name.endswith("_f") for name in layer) else p["FIGURE"]
        out.append(f'<g id="{"-".join(layer)}">')
        out.append("<g>" + "".join(s.svg(gap) for s in shapes) + "</g>")
        if "thigh_n" in layer and "torso" in drawn:
            # a thigh drawn over the torso joins it at the hip without a seam
            (hx, hy), r = fig.joints["hip"], sk.thigh_r[0] * SCALE + GAP + 0.5
            out.append(
                f'<circle cx="{fmt(hx + dx)}" cy="{fmt(hy + dy)}" r="{fmt(r)}" '
                f'fill="{p["FIGURE"]}"/>'
            )
        drawn.update(layer)
        out.append(f'<g fill="{colour}">' + "".join(s.svg("") for s in shapes) + "</g>")
        if drawing.working in layer:
            out += [lens for _, lens in glows]
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"
