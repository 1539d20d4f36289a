"""The figure moving into a stretch: a frame of the move as SVG text, the still at its end.

Each stretch starts from the neutral stance of its starting position (standing, seated, lying)
and eases its joint angles into the pose; the anchor joint (a planted foot, the buttocks) keeps
its place on the canvas, and so on the floor line, and the wall stays where the still has it, so
nothing slides. The last frame is the committed still, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from companion.render.figure_drawing import Drawing, ease
from companion.render.figure_lying_pose import lying_leg
from companion.render.figure_seated_poses import hamstring, hip_glute
from companion.render.figure_skeleton import Figure
from companion.render.figure_standing_poses import calf, quadriceps
from companion.render.figure_svg import (
    Placement,
    anchored_placement,
    figure_svg,
    scaled_figure,
    still_placement,
)

MOVE_SECONDS: float = 1.8  # the length of the move into the pose

POSES: dict[str, Callable[[float], Drawing]] = {
    "calf": calf,
    "hamstring": hamstring,
    "quadriceps": quadriceps,
    "hip_glute": hip_glute,
    "lying_leg": lying_leg,
}


def drawing_at(stretch_id: str, progress: float) -> Drawing:
    """The posed drawing ``progress`` (linear time, clamped) of the way into the stretch."""
    try:
        pose = POSES[stretch_id]
    except KeyError:
        raise ValueError(f"no figure for stretch {stretch_id!r}") from None
    return pose(ease(progress))


@cache
def _still(stretch_id: str) -> tuple[str, tuple[float, float], float | None]:
    """The still's SVG text, its anchor's place and its wall's x on the canvas (once each)."""
    drawing = drawing_at(stretch_id, 1.0)
    fig = scaled_figure(drawing)
    place = still_placement(drawing, fig)
    wall = None if place.wall is None else place.wall + place.dx
    anchor = fig.joints[drawing.anchor]
    return figure_svg(drawing, fig, place), (anchor[0] + place.dx, anchor[1] + place.dy), wall


def still_svg(stretch_id: str) -> str:
    """The still drawing of a stretch: what resources/stretches/<id>.svg holds."""
    return _still(stretch_id)[0]


def placed_frame(stretch_id: str, progress: float) -> tuple[Drawing, Figure, Placement]:
    """A frame of the move, built and placed on the canvas (the still's placement at 1.0)."""
    drawing = drawing_at(stretch_id, progress)
    fig = scaled_figure(drawing)
    if progress >= 1.0:
        return drawing, fig, still_placement(drawing, fig)
    _svg, anchor, wall = _still(stretch_id)
    return drawing, fig, anchored_placement(fig, drawing.anchor, anchor, wall)


def figure_svg_at(stretch_id: str, progress: float) -> str:
    """The SVG text of the figure ``progress`` of the way from the neutral stance (0.0) into the
    pose (1.0); ``progress`` is a linear time fraction (clamped), eased here. Same canvas, palette
    and style as the stills; ``figure_svg_at(id, 1.0)`` is the still."""
    if progress >= 1.0:
        return still_svg(stretch_id)
    return figure_svg(*placed_frame(stretch_id, progress))
