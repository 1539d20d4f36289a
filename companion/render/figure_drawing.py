"""What a stretch drawing is made of: a pose, its layers, its highlight, and the easing helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from companion.render.figure_skeleton import Figure, Pose, Shape, wrap


@dataclass(frozen=True)
class Glow:
    """The stretched muscle: an accent lens on one side of a segment plus a soft halo.

    The segment runs from joint ``start`` to joint ``end``; ``t0``..``t1`` is the stretch of it the
    muscle covers; side +1 is the back of the limb, -1 the front; ``width`` the lens thickness.
    """

    start: str
    end: str
    t0: float
    t1: float
    side: int
    width: float
    halo: float = 16.0


@dataclass
class Drawing:
    """One frame of a stretch: the pose and how to draw it.

    ``anchor`` is the joint that stays put while the figure moves into the pose (a planted foot,
    the buttocks), so the figure does not slide about the canvas.
    """

    name: str
    title: str
    pose: Pose
    layers: list[tuple[str, ...]]  # body parts, back to front; parts in one tuple merge seamlessly
    working: str  # the part that carries the glow
    glow: list[Glow]
    anchor: str
    wall_at: Callable[[Figure], float] | None = None  # x of the wall's near face, if any
    extra: Callable[[Figure], dict[str, Shape]] | None = None  # more parts, made from the figure


def mix(a: float, b: float, t: float) -> float:
    """The angle ``t`` of the way from ``a`` to ``b``, turning the short way round."""
    return a + wrap(b - a) * t


def lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def ease(progress: float) -> float:
    """Ease-in-out (smoothstep) of a linear time fraction, clamped to 0..1."""
    p = min(max(progress, 0.0), 1.0)
    return p * p * (3 - 2 * p)


# Each segment and the one it hangs from: the move eases the angle at each joint.
_PARENT = {
    "thigh_n": "torso",
    "shin_n": "thigh_n",
    "foot_n": "shin_n",
    "thigh_f": "torso",
    "shin_f": "thigh_f",
    "foot_f": "shin_f",
    "upper_arm_n": "torso",
    "forearm_n": "upper_arm_n",
    "hand_n": "forearm_n",
    "upper_arm_f": "torso",
    "forearm_f": "upper_arm_f",
    "hand_f": "forearm_f",
}


def blend(start: Pose, end: Pose, t: float) -> Pose:
    """The pose ``t`` of the way from ``start`` to ``end``: the torso turned the short way round
    and every joint angle (segment against the one it hangs from) eased, so limbs rotate about
    their joints and a joint bent within its range at both ends stays within it on the way;
    out-of-plane shortenings are eased too."""
    if t >= 1.0:
        return end
    pose = Pose(torso=mix(start.torso, end.torso, t))
    for name, parent in _PARENT.items():  # parents come first
        # limbs hang from the torso: their joint angle is measured from the torso's "down"
        # (as hip flexion is), so a limb along the body is 0, never the ambiguous ±180
        turn = 180.0 if parent == "torso" else 0.0
        joint_a = wrap(getattr(start, name) - getattr(start, parent) + turn)
        joint_b = wrap(getattr(end, name) - getattr(end, parent) + turn)
        setattr(pose, name, getattr(pose, parent) - turn + lerp(joint_a, joint_b, t))
    neck_a = start.neck if start.neck is not None else start.torso
    neck_b = end.neck if end.neck is not None else end.torso
    pose.neck = pose.torso + lerp(wrap(neck_a - start.torso), wrap(neck_b - end.torso), t)
    for name in start.shorten.keys() | end.shorten.keys():
        pose.shorten[name] = lerp(start.shorten.get(name, 1.0), end.shorten.get(name, 1.0), t)
    return pose
