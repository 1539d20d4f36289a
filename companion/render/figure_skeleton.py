"""The stretch figure's skeleton: segment lengths, a pose of joint angles, body-shaped capsules.

Conventions (shared by every module that poses the figure):

* Side view, the figure faces right (+x). The near side of a right-facing figure is its RIGHT side,
  so an unmirrored drawing shows the RIGHT leg working; the app mirrors it for the left leg.
* Angles are in degrees, absolute, for the direction of a segment from its proximal joint to its
  distal one: 0 = straight down, 90 = forward (right), 180 = up, -90 = backward (left).
* The torso angle is the direction from the hip joint to the shoulder (upright = 180); the foot
  angle is heel to toe (flat on the floor = 90).
* Lengths are skeleton px, the hip joint at the origin, y down; the SVG writer scales and places.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

Point = tuple[float, float]


@dataclass(frozen=True)
class Skeleton:
    """Segment lengths and half-widths in px. Standing height is 266 px, the head 38 px (≈ 1/7)."""

    pelvis_r: float = 19.0  # circle around the hip joint (the buttock rests on the floor)
    waist_at: float = 32.0
    waist_r: float = 16.5
    chest_at: float = 62.0  # chest circle centre, along the torso from the hip joint
    chest_r: float = 19.5
    shoulder_at: float = 66.0  # the arms hang from here
    head_at: float = 38.0  # head centre, from the shoulder along the neck direction
    head_r: float = 19.0
    neck_r: float = 6.5
    thigh: float = 68.0
    thigh_r: tuple[float, float] = (15.5, 10.5)
    shin: float = 64.0
    shin_r: tuple[float, float] = (10.0, 6.0)
    heel_r: float = 7.0
    toe_r: float = 4.5
    sole_depth: float = 11.0  # ankle joint to the sole
    foot_length: float = 30.0  # ankle joint to the toe circle, along the foot
    upper_arm: float = 50.0
    upper_arm_r: tuple[float, float] = (8.5, 7.0)
    forearm: float = 44.0
    forearm_r: tuple[float, float] = (6.5, 5.0)
    hand: float = 14.0
    hand_r: tuple[float, float] = (5.5, 4.5)

    @property
    def standing_height(self) -> float:
        hip = self.thigh + self.shin + self.sole_depth
        return hip + self.shoulder_at + self.head_at + self.head_r


SKELETON = Skeleton()


# ---- small geometry ----------------------------------------------------------------------------
def direction(angle: float) -> Point:
    a = math.radians(angle)
    return math.sin(a), math.cos(a)


def angle_of(v: Point) -> float:
    return math.degrees(math.atan2(v[0], v[1]))


def add(p: Point, v: Point, k: float = 1.0) -> Point:
    return p[0] + v[0] * k, p[1] + v[1] * k


def sub(p: Point, q: Point) -> Point:
    return p[0] - q[0], p[1] - q[1]


def norm(v: Point) -> float:
    return math.hypot(v[0], v[1])


def perp(v: Point) -> Point:
    """v turned a quarter towards the back of a right-facing limb (the posterior side)."""
    return -v[1], v[0]


def wrap(angle: float) -> float:
    return (angle + 180.0) % 360.0 - 180.0


def two_link(origin: Point, target: Point, l1: float, l2: float, bend: int) -> tuple[float, float]:
    """Angles of a two-segment chain from origin whose end reaches target (or points at it).

    bend=+1 puts the middle joint on the clockwise side of the origin→target line (on screen),
    bend=-1 on the other side.
    """
    d = min(norm(sub(target, origin)), l1 + l2 - 1e-6)
    base = angle_of(sub(target, origin))
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    a1 = base + bend * alpha
    middle = add(origin, direction(a1), l1)
    return wrap(a1), wrap(angle_of(sub(target, middle)))


# ---- shapes ------------------------------------------------------------------------------------
@dataclass
class Shape:
    """A union of circles and polygons, filled with one colour."""

    circles: list[tuple[Point, float]] = field(default_factory=list)
    polygons: list[list[Point]] = field(default_factory=list)

    def capsule(self, a: Point, ra: float, b: Point, rb: float) -> None:
        """A tapered capsule: two circles and the band between their outer tangents."""
        self.circles += [(a, ra), (b, rb)]
        d = norm(sub(b, a))
        if d <= abs(ra - rb):
            return
        u = (b[0] - a[0]) / d, (b[1] - a[1]) / d
        p = perp(u)
        s = (ra - rb) / d
        c = math.sqrt(1 - s * s)
        m1 = (u[0] * s + p[0] * c, u[1] * s + p[1] * c)
        m2 = (u[0] * s - p[0] * c, u[1] * s - p[1] * c)
        self.polygons.append([add(a, m1, ra), add(b, m1, rb), add(b, m2, rb), add(a, m2, ra)])

    def points(self) -> Iterable[tuple[Point, float]]:
        yield from self.circles
        for poly in self.polygons:
            for q in poly:
                yield q, 0.0

    def moved(self, dx: float, dy: float) -> Shape:
        return Shape(
            [((c[0] + dx, c[1] + dy), r) for c, r in self.circles],
            [[(x + dx, y + dy) for x, y in poly] for poly in self.polygons],
        )

    def scaled(self, k: float) -> Shape:
        return Shape(
            [((c[0] * k, c[1] * k), r * k) for c, r in self.circles],
            [[(x * k, y * k) for x, y in poly] for poly in self.polygons],
        )

    def svg(self, attrs: str) -> str:
        parts = [
            f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}"{attrs}/>'
            for c, r in self.circles
        ]
        parts += [
            f'<polygon points="{" ".join(f"{fmt(x)},{fmt(y)}" for x, y in poly)}"{attrs}/>'
            for poly in self.polygons
        ]
        return "".join(parts)


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    return text[:-2] if text.endswith(".0") else text


# ---- the figure --------------------------------------------------------------------------------
@dataclass
class Pose:
    """Absolute segment angles (see the module docstring); _n = near side, _f = far side.

    ``shorten`` scales a segment's drawn length, for a limb that turns out of the picture plane
    (e.g. a knee dropped out to the side): the skeleton stays the same, only its projection shrinks.
    """

    torso: float
    neck: float | None = None
    thigh_n: float = 0.0
    shin_n: float = 0.0
    foot_n: float = 90.0
    thigh_f: float = 0.0
    shin_f: float = 0.0
    foot_f: float = 90.0
    upper_arm_n: float = 0.0
    forearm_n: float = 0.0
    hand_n: float = 0.0
    upper_arm_f: float = 0.0
    forearm_f: float = 0.0
    hand_f: float = 0.0
    shorten: dict[str, float] = field(default_factory=dict)


@dataclass
class Figure:
    """Joint positions (hip joint at the origin) and the body parts as shapes."""

    joints: dict[str, Point]
    parts: dict[str, Shape]


def build(pose: Pose, sk: Skeleton = SKELETON) -> Figure:
    k = pose.shorten.get
    hip: Point = (0.0, 0.0)
    t = direction(pose.torso)
    shoulder = add(hip, t, sk.shoulder_at)
    chest = add(hip, t, sk.chest_at)
    head = add(shoulder, direction(pose.neck if pose.neck is not None else pose.torso), sk.head_at)
    j: dict[str, Point] = {"hip": hip, "shoulder": shoulder, "chest": chest, "head": head}
    parts: dict[str, Shape] = {}

    torso = Shape()
    waist = add(hip, t, sk.waist_at)
    torso.capsule(hip, sk.pelvis_r, waist, sk.waist_r)
    torso.capsule(waist, sk.waist_r, chest, sk.chest_r)
    torso.capsule(chest, sk.neck_r, head, sk.neck_r)
    torso.circles.append((head, sk.head_r))
    parts["torso"] = torso

    for side in ("n", "f"):
        knee = add(hip, direction(getattr(pose, f"thigh_{side}")), sk.thigh * k(f"thigh_{side}", 1))
        ankle = add(knee, direction(getattr(pose, f"shin_{side}")), sk.shin * k(f"shin_{side}", 1))
        thigh = Shape()
        thigh.capsule(hip, sk.thigh_r[0], knee, sk.thigh_r[1])
        leg = Shape()
        leg.capsule(knee, sk.shin_r[0], ankle, sk.shin_r[1])
        f = direction(getattr(pose, f"foot_{side}"))
        sole = (-f[1], f[0])  # out of the sole
        foot_len = sk.foot_length * k(f"foot_{side}", 1)
        heel = add(add(ankle, sole, sk.sole_depth - sk.heel_r), f, -6)
        toe = add(add(ankle, sole, sk.sole_depth - sk.toe_r), f, foot_len)
        foot = Shape()
        foot.circles.append((ankle, sk.shin_r[1]))
        foot.capsule(ankle, sk.shin_r[1], heel, sk.heel_r)
        foot.capsule(heel, sk.heel_r, toe, sk.toe_r)
        foot.capsule(ankle, sk.shin_r[1] + 0.5, toe, sk.toe_r)
        parts[f"thigh_{side}"] = thigh
        parts[f"shin_{side}"] = leg
        parts[f"foot_{side}"] = foot  # drawn with its shin unless a drawing layers it apart
        j |= {
            f"knee_{side}": knee,
            f"ankle_{side}": ankle,
            f"heel_{side}": heel,
            f"toe_{side}": toe,
        }

        ua = sk.upper_arm * k(f"upper_arm_{side}", 1)
        elbow = add(shoulder, direction(getattr(pose, f"upper_arm_{side}")), ua)
        wrist = add(
            elbow, direction(getattr(pose, f"forearm_{side}")), sk.forearm * k(f"forearm_{side}", 1)
        )
        fingers = add(wrist, direction(getattr(pose, f"hand_{side}")), sk.hand)
        arm = Shape()
        arm.capsule(shoulder, sk.upper_arm_r[0], elbow, sk.upper_arm_r[1])
        arm.capsule(elbow, sk.forearm_r[0], wrist, sk.forearm_r[1])
        arm.capsule(wrist, sk.hand_r[0], fingers, sk.hand_r[1])
        parts[f"arm_{side}"] = arm
        j |= {f"elbow_{side}": elbow, f"wrist_{side}": wrist, f"fingers_{side}": fingers}
    return Figure(j, parts)


def anatomy_problems(pose: Pose) -> list[str]:
    """Joints bent the wrong way or past their range (empty for a pose a body can take)."""
    problems = []
    for side in ("n", "f"):
        hip_flex = wrap(getattr(pose, f"thigh_{side}") - (pose.torso - 180))
        knee_flex = wrap(getattr(pose, f"thigh_{side}") - getattr(pose, f"shin_{side}"))
        dorsi = wrap(getattr(pose, f"foot_{side}") - getattr(pose, f"shin_{side}") - 90)
        elbow_flex = wrap(getattr(pose, f"forearm_{side}") - getattr(pose, f"upper_arm_{side}"))
        wrist = wrap(getattr(pose, f"hand_{side}") - getattr(pose, f"forearm_{side}"))
        for label, value, low, high, segments in (
            ("hip flexion", hip_flex, -35, 150, ("thigh",)),
            ("knee flexion", knee_flex, 0, 160, ("thigh", "shin")),
            ("ankle dorsiflexion", dorsi, -50, 35, ("shin", "foot")),
            ("elbow flexion", elbow_flex, 0, 150, ("upper_arm", "forearm")),
            ("wrist", wrist, -90, 90, ("forearm",)),
        ):
            # a limb turned out of the picture plane is only a projection: its angles don't apply
            if any(f"{s}_{side}" in pose.shorten for s in segments):
                continue
            if not low <= value <= high:
                problems.append(f"{label} ({side}) = {value:.0f}° outside {low}..{high}")
    return problems
