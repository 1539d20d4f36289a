"""Write the five stretch illustrations (resources/stretches/*.svg): one skeleton, five poses.

One figure, one set of proportions, one canvas: a pose is a handful of segment angles (plus a few
targets solved with two-link inverse kinematics, e.g. "the hand on the wall"), the skeleton turns
it into body-shaped capsules, and the figure is dropped onto the same floor line in every drawing,
so switching stretches in the app does not jump. Run once after changing a number; the SVGs are
committed:

    python tools/draw_stretches.py

Conventions
-----------
* Side view, the figure faces right (+x). The near side of a right-facing figure is its RIGHT side,
  so the unmirrored drawing shows the RIGHT leg working; the app mirrors it for the left leg.
* Angles are in degrees, absolute, for the direction of a segment from its proximal joint to its
  distal one: 0 = straight down, 90 = forward (right), 180 = up, -90 = backward (left).
* The torso angle is the direction from the hip joint to the shoulder (upright = 180); the foot
  angle is heel to toe (flat on the floor = 90).
* Each pose is checked for anatomy before it is written (hips, knees and elbows bend the right
  way, ankles and wrists stay in range); the figure is then dropped so its lowest point (a sole,
  the buttocks, the back) rests on the floor line, and centred with its wall, if any.
* Poses are built in skeleton px; ``SCALE`` (one value for all five) maps them onto the canvas.
* Body parts are drawn back to front in layers; each layer first lays a background-coloured
  outline (GAP), so a near limb crossing the torso or the far limbs stays readable.

Palette
-------
The drawings use only the fixed colours of ``PALETTE`` below. The app's loader
(``companion/ui/illustration.py``) swaps each for its dark-theme twin at render time, so one file
per stretch serves both themes; keep the two tables in step (a test checks that every colour in the
SVGs is one the loader knows).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "stretches"

# ---- palette (light theme; the loader maps these to the dark theme) -------------------------
PALETTE = {
    "BACKGROUND": "#f5f1ea",  # the card behind the drawing; also the thin gap between body parts
    "FLOOR": "#b3a999",  # the floor line
    "PROP": "#dcd3c4",  # the wall
    "FIGURE": "#3e4c6d",  # head, torso and the near-side limbs
    "FIGURE_FAR": "#7f8ba8",  # far-side limbs, drawn behind
    "ACCENT": "#e8773f",  # the stretched muscle (fill and soft glow)
}

# ---- canvas ------------------------------------------------------------------------------------
WIDTH, HEIGHT = 480, 360
CORNER = 18  # rounded corners of the background card
FLOOR_Y = 316  # centre of the floor line
FLOOR_WIDTH = 4
FLOOR_MARGIN = 28  # the floor line stops this far from the card's edges
SCALE = 1.1  # skeleton px → canvas px, the same for all five (the standing pose sets the limit)
GAP = 3.5  # the background-coloured outline that separates overlapping body parts (not scaled)
WALL_WIDTH = 30

Point = tuple[float, float]


# ---- skeleton ----------------------------------------------------------------------------------
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
            f'<circle cx="{_n(c[0])}" cy="{_n(c[1])}" r="{_n(r)}"{attrs}/>' for c, r in self.circles
        ]
        parts += [
            f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in poly)}"{attrs}/>'
            for poly in self.polygons
        ]
        return "".join(parts)


def _n(v: float) -> str:
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


def check_anatomy(name: str, pose: Pose) -> None:
    """Fail loudly on a joint bent the wrong way or past its range."""
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
    if problems:
        raise ValueError(f"{name}: " + "; ".join(problems))


# ---- the five poses ----------------------------------------------------------------------------
@dataclass
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
    name: str
    title: str
    pose: Pose
    layers: list[tuple[str, ...]]  # body parts, back to front; parts in one tuple merge seamlessly
    working: str  # the part that carries the glow
    glow: list[Glow]
    wall_at: Callable[[Figure], float] | None = None  # x of the wall's near face, if any
    extra: Callable[[Figure], dict[str, Shape]] | None = None  # more parts, made from the figure


def calf() -> Drawing:
    sk = SKELETON
    lean = 35.0  # back heel → head is one straight line, this far off vertical
    back_leg = -lean
    torso = 180 - lean
    # front leg: the knee clearly bent forward over a foot that stands flat on the floor near the
    # wall; both ankles sit at the same height above the floor (both feet flat)
    drop = (sk.thigh + sk.shin) * math.cos(math.radians(lean))  # hip height above the back ankle
    front_knee_flex = 56.0
    reach = math.sqrt(
        sk.thigh**2
        + sk.shin**2
        - 2 * sk.thigh * sk.shin * math.cos(math.radians(180 - front_knee_flex))
    )
    target = (math.sqrt(reach**2 - drop**2), drop)  # front ankle, relative to the hip joint
    thigh_f, shin_f = two_link((0, 0), target, sk.thigh, sk.shin, bend=+1)
    # hands flat on the wall at shoulder height, elbows slightly bent
    shoulder = add((0, 0), direction(torso), sk.shoulder_at)
    wrist = add(shoulder, (76, -4))
    ua_n, fa_n = two_link(shoulder, wrist, sk.upper_arm, sk.forearm, bend=-1)
    ua_f, fa_f = two_link(shoulder, add(wrist, (0, 6)), sk.upper_arm, sk.forearm, bend=-1)
    pose = Pose(
        torso=torso,
        thigh_n=back_leg,
        shin_n=back_leg,
        foot_n=90,
        thigh_f=thigh_f,
        shin_f=shin_f,
        foot_f=90,
        upper_arm_n=ua_n,
        forearm_n=fa_n,
        hand_n=178,
        upper_arm_f=ua_f,
        forearm_f=fa_f,
        hand_f=178,
    )
    return Drawing(
        "calf",
        "Calf stretch at a wall",
        pose,
        layers=[("arm_f",), ("thigh_f", "shin_f"), ("torso", "thigh_n", "shin_n"), ("arm_n",)],
        working="shin_n",
        glow=[Glow("knee_n", "ankle_n", 0.06, 0.7, +1, 8.0, halo=18.0)],
        wall_at=lambda fig: max(fig.joints["fingers_n"][0], fig.joints["wrist_n"][0]) + 6,
    )


def hamstring() -> Drawing:
    sk = SKELETON
    torso = 180 - 42  # hinged forward from the hips, back long
    shoulder = add((0, 0), direction(torso), sk.shoulder_at)
    shin_mid = (sk.thigh + sk.shin + 6, -17.0)  # straight arms reach long, towards the toes
    ua_n, fa_n = two_link(shoulder, shin_mid, sk.upper_arm, sk.forearm, bend=-1)
    ua_f, fa_f = two_link(shoulder, add(shin_mid, (4, -2)), sk.upper_arm, sk.forearm, bend=-1)
    pose = Pose(
        torso=torso,
        neck=torso - 8,
        thigh_n=87,
        shin_n=87,
        foot_n=178,  # toes up
        # the other leg is bent, its knee dropped out to the side and its sole against the inner
        # thigh of the straight leg. In profile the knee shows as a bump just above the straight
        # leg, in the gap under the arms, and the shin (turned into the picture, so drawn short)
        # runs back to a foot hidden behind the straight thigh
        thigh_f=108,
        shin_f=-64,
        foot_f=-160,
        shorten={"shin_f": 0.62, "foot_f": 0.5},
        upper_arm_n=ua_n,
        forearm_n=fa_n,
        hand_n=fa_n + 12,
        upper_arm_f=ua_f,
        forearm_f=fa_f,
        hand_f=fa_f + 12,
    )
    return Drawing(
        "hamstring",
        "Seated hamstring stretch",
        pose,
        layers=[("arm_f",), ("thigh_f", "shin_f"), ("torso", "thigh_n", "shin_n"), ("arm_n",)],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", 0.2, 0.95, +1, 10.0, halo=12.0)],
    )


def quadriceps() -> Drawing:
    sk = SKELETON
    pose = Pose(
        torso=181,  # standing tall
        thigh_f=0,  # the support leg, straight
        shin_f=0,
        foot_f=90,
        # the working leg is the NEAR one: its thigh hangs beside the support thigh (knees side by
        # side) and the knee is bent fully, so the shin folds up behind the thigh, heel to buttock,
        # toes pointing back and up
        thigh_n=-3,
        shin_n=-140,
        foot_n=-100,
    )
    fig = build(pose)
    shoulder = fig.joints["shoulder"]
    # the same-side (near) hand reaches down and back and grips the front of the ankle
    ankle = fig.joints["ankle_n"]
    front = direction(pose.shin_n + 90)  # the front of the folded shin faces back and down
    grip = add(add(ankle, front, -7), direction(pose.shin_n), -3)  # the wrist on the calf side
    pose.upper_arm_n, pose.forearm_n = two_link(shoulder, grip, sk.upper_arm, sk.forearm, bend=-1)
    pose.hand_n = angle_of(front)  # the hand crosses the ankle, fingers round its front
    # far hand on the wall in front, a little below shoulder height
    reach = add(shoulder, (88, 18))
    pose.upper_arm_f, pose.forearm_f = two_link(shoulder, reach, sk.upper_arm, sk.forearm, bend=-1)
    pose.hand_f = 176
    return Drawing(
        "quadriceps",
        "Standing quadriceps stretch",
        pose,
        layers=[
            ("arm_f",),
            ("thigh_f", "shin_f"),
            ("torso",),
            ("thigh_n", "shin_n"),
            ("arm_n",),
        ],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", 0.12, 0.92, -1, 10.0, halo=18.0)],
        wall_at=lambda fig: fig.joints["fingers_f"][0] + 6,
    )


def clip(poly: list[Point], a: Point, b: Point) -> list[Point]:
    """The part of a convex polygon on the left of the line a→b (on screen: above it, for a→b
    pointing right)."""

    def side(p: Point) -> float:
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])

    out: list[Point] = []
    for i, p in enumerate(poly):
        q = poly[(i + 1) % len(poly)]
        sp, sq = side(p), side(q)
        if sp <= 0:
            out.append(p)
        if (sp < 0) != (sq < 0) and sp != sq:
            t = sp / (sp - sq)
            out.append((p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t))
    return out


def _shin_above_far_leg(fig: Figure) -> dict[str, Shape]:
    """The near shin down to just above the straight far leg it crosses behind (hip_glute): drawn
    in front with the near thigh, while the whole shin and its foot go behind the far leg."""
    sk = SKELETON
    knee_f, ankle_f = fig.joints["knee_f"], fig.joints["ankle_f"]
    u = sub(ankle_f, knee_f)
    u = (u[0] / norm(u), u[1] / norm(u))
    # the far leg's top edge at its knee, lifted by the gap so the cut shows the usual thin gap
    top = add(knee_f, perp(u), -(sk.thigh_r[1] + GAP / SCALE))
    a, b = add(top, u, -200), add(top, u, 200)
    knee, ankle = fig.joints["knee_n"], fig.joints["ankle_n"]
    band = Shape()
    band.capsule(knee, sk.shin_r[0], ankle, sk.shin_r[1])
    upper = Shape(circles=[(knee, sk.shin_r[0])], polygons=[clip(band.polygons[0], a, b)])
    # the foot stands on the floor wholly behind the straight leg; left out, so no sliver of it
    # peeks out under that leg
    return {"upper_shin_n": upper, "foot_n": Shape()}


def hip_glute() -> Drawing:
    sk = SKELETON
    # the other (far) leg lies straight along the floor
    pose = Pose(torso=181, thigh_f=86, shin_f=86, foot_f=165)
    # the working (near) leg crosses over it: knee bent up high, the foot flat on the floor on the
    # far side of the straight leg's knee (in profile: behind that knee, mostly hidden by it)
    sole = sk.pelvis_r - sk.sole_depth  # ankle height relative to the hip joint (y down)
    ankle = (sk.thigh - 2, sole)
    pose.thigh_n, pose.shin_n = two_link((0, 0), ankle, sk.thigh, sk.shin, bend=+1)
    pose.foot_n = 90
    fig = build(pose)
    shoulder, knee = fig.joints["shoulder"], fig.joints["knee_n"]
    # both arms hug the knee to the chest: the upper arm hangs down in front of the ribs, the
    # forearm runs forward across the shin just below the knee and the hand curls round its front
    down = direction(pose.shin_n)
    front = direction(pose.shin_n + 90)  # the front of the shin (anterior side)
    below_knee = add(knee, down, 16)
    wrist = add(below_knee, front, 13)
    pose.upper_arm_n, pose.forearm_n = two_link(shoulder, wrist, sk.upper_arm, sk.forearm, bend=-1)
    pose.hand_n = pose.shin_n + 180 - 20  # fingers curl up round the front of the shin
    wrist_f = add(add(knee, down, 24), front, 12)
    pose.upper_arm_f, pose.forearm_f = two_link(
        shoulder, wrist_f, sk.upper_arm, sk.forearm, bend=-1
    )
    pose.hand_f = pose.shin_n + 180 - 20
    return Drawing(
        "hip_glute",
        "Seated hip and glute stretch",
        pose,
        layers=[
            ("shin_n", "foot_n"),  # the crossed shin goes down behind the straight far leg ...
            ("thigh_f", "shin_f"),
            ("torso",),
            ("arm_f",),
            ("thigh_n", "upper_shin_n"),  # ... and shows above it
            ("arm_n",),
        ],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", -0.2, 0.42, +1, 16.0, halo=16.0)],
        extra=_shin_above_far_leg,
    )


def lying_leg() -> Drawing:
    sk = SKELETON
    torso = -90  # on the back, head to the left, resting on the floor
    thigh_n = -158  # the working knee drawn up towards the chest
    shin_n = wrap(thigh_n - 112)  # the shin hangs roughly level, foot relaxed
    pose = Pose(
        torso=torso,
        neck=-92,
        thigh_n=thigh_n,
        shin_n=shin_n,
        foot_n=wrap(shin_n + 90 - 30),
        thigh_f=90,  # the other leg straight along the floor
        shin_f=90,
        foot_f=160,
    )
    fig = build(pose)
    shoulder, knee = fig.joints["shoulder"], fig.joints["knee_n"]
    # both hands clasped on the front of the shin just below the knee: the arms rise from the
    # shoulders over the chest, elbows out to the sides (so foreshortened in profile)
    front = direction(shin_n + 90)  # the front of the shin faces up
    clasp = add(add(knee, direction(shin_n), 10), front, 9)
    k = 1.0
    pose.shorten |= {"upper_arm_n": k, "forearm_n": k, "upper_arm_f": k, "forearm_f": k}
    pose.upper_arm_n, pose.forearm_n = two_link(
        shoulder, clasp, sk.upper_arm * k, sk.forearm * k, bend=+1
    )
    pose.hand_n = angle_of((-front[0], -front[1])) - 20  # fingers round the front of the shin
    pose.upper_arm_f, pose.forearm_f = two_link(
        shoulder, add(clasp, (6, -1)), sk.upper_arm * k, sk.forearm * k, bend=+1
    )
    pose.hand_f = pose.hand_n
    return Drawing(
        "lying_leg",
        "Lying knee-to-chest stretch",
        pose,
        layers=[("arm_f",), ("thigh_f", "shin_f"), ("torso",), ("thigh_n", "shin_n"), ("arm_n",)],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", -0.2, 0.9, +1, 10.0, halo=14.0)],
    )


DRAWINGS: list[Callable[[], Drawing]] = [calf, hamstring, quadriceps, hip_glute, lying_leg]


# ---- SVG ---------------------------------------------------------------------------------------
def _bounds(shapes: Iterable[Shape]) -> tuple[float, float, float, float]:
    pts = [(p, r) for s in shapes for p, r in s.points()]
    return (
        min(p[0] - r for p, r in pts),
        min(p[1] - r for p, r in pts),
        max(p[0] + r for p, r in pts),
        max(p[1] + r for p, r in pts),
    )


def _glow_svg(g: Glow, fig: Figure, dx: float, dy: float, sk: Skeleton) -> tuple[str, str]:
    """(halo behind the limb, accent lens on the limb) for one Glow."""
    a, b = fig.joints[g.start], fig.joints[g.end]
    length = norm(sub(b, a))
    u = ((b[0] - a[0]) / length, (b[1] - a[1]) / length)
    n = perp(u)
    mid_t = (g.t0 + g.t1) / 2
    radius = _limb_radius(g.start, mid_t, sk) * SCALE
    width, halo_r = g.width * SCALE, g.halo * SCALE
    centre = add(add(a, u, length * mid_t), n, g.side * (radius - width / 2 - 1))
    cx, cy = centre[0] + dx, centre[1] + dy
    rx = length * (g.t1 - g.t0) / 2
    rot = math.degrees(math.atan2(u[1], u[0]))
    tf = f' transform="rotate({_n(rot)} {_n(cx)} {_n(cy)})"'
    accent = PALETTE["ACCENT"]
    halo = (
        f'<ellipse cx="{_n(cx)}" cy="{_n(cy)}" rx="{_n(rx + halo_r)}" '
        f'ry="{_n(width / 2 + halo_r + radius / 2)}" fill="url(#glow)"{tf}/>'
    )
    lens = (
        f'<ellipse cx="{_n(cx)}" cy="{_n(cy)}" rx="{_n(rx)}" ry="{_n(width / 2)}" '
        f'fill="{accent}"{tf}/>'
    )
    return halo, lens


def _limb_radius(joint: str, t: float, sk: Skeleton) -> float:
    r0, r1 = sk.shin_r if joint.startswith("knee") else sk.thigh_r
    t = min(max(t, 0.0), 1.0)
    return r0 + (r1 - r0) * t


def render(drawing: Drawing, sk: Skeleton = SKELETON) -> str:
    check_anatomy(drawing.name, drawing.pose)
    fig = build(drawing.pose, sk)
    if drawing.extra:
        fig.parts |= drawing.extra(fig)
    fig = Figure(
        {name: (x * SCALE, y * SCALE) for name, (x, y) in fig.joints.items()},
        {name: shape.scaled(SCALE) for name, shape in fig.parts.items()},
    )
    x0, _y0, x1, y1 = _bounds(fig.parts.values())
    wall = drawing.wall_at(fig) if drawing.wall_at else None
    right = wall + WALL_WIDTH if wall is not None else x1
    dx = WIDTH / 2 - (x0 + right) / 2
    dy = FLOOR_Y - FLOOR_WIDTH / 2 - y1
    p = PALETTE
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">',
        f"<title>{drawing.title}</title>",
        "<defs>",
        '<radialGradient id="glow">',
        f'<stop offset="0" stop-color="{p["ACCENT"]}" stop-opacity="0.5"/>',
        f'<stop offset="0.55" stop-color="{p["ACCENT"]}" stop-opacity="0.22"/>',
        f'<stop offset="1" stop-color="{p["ACCENT"]}" stop-opacity="0"/>',
        "</radialGradient>",
        "</defs>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" rx="{CORNER}" fill="{p["BACKGROUND"]}"/>',
    ]
    if wall is not None:
        out.append(
            f'<rect x="{_n(wall + dx)}" y="0" width="{WALL_WIDTH}" height="{FLOOR_Y}" '
            f'fill="{p["PROP"]}"/>'
        )
    out.append(
        f'<line x1="{FLOOR_MARGIN}" y1="{FLOOR_Y}" x2="{WIDTH - FLOOR_MARGIN}" y2="{FLOOR_Y}" '
        f'stroke="{p["FLOOR"]}" stroke-width="{FLOOR_WIDTH}" stroke-linecap="round"/>'
    )
    glows = [_glow_svg(g, fig, dx, dy, sk) for g in drawing.glow]
    out += [halo for halo, _ in glows]  # the soft glow sits behind the whole figure
    gap = (
        f' fill="none" stroke="{p["BACKGROUND"]}" stroke-width="{_n(2 * GAP)}"'
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
        shapes = [fig.parts[name].moved(dx, dy) for name in layer]
        colour = p["FIGURE_FAR"] if all(name.endswith("_f") for name in layer) else p["FIGURE"]
        out.append(f'<g id="{"-".join(layer)}">')
        out.append("<g>" + "".join(s.svg(gap) for s in shapes) + "</g>")
        if "thigh_n" in layer and "torso" in drawn:
            # a thigh drawn over the torso joins it at the hip without a seam
            (hx, hy), r = fig.joints["hip"], sk.thigh_r[0] * SCALE + GAP + 0.5
            out.append(
                f'<circle cx="{_n(hx + dx)}" cy="{_n(hy + dy)}" r="{_n(r)}" fill="{p["FIGURE"]}"/>'
            )
        drawn.update(layer)
        out.append(f'<g fill="{colour}">' + "".join(s.svg("") for s in shapes) + "</g>")
        if drawing.working in layer:
            out += [lens for _, lens in glows]
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for make in DRAWINGS:
        drawing = make()
        path = OUT / f"{drawing.name}.svg"
        path.write_text(render(drawing), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
