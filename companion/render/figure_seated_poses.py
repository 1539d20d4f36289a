"""The two seated stretches (hamstring, hip & glute), each as a frame of its move.

Each pose function takes ``t``, the eased progress from the seated stance (0: upright, both legs
long on the floor, hands resting on the thighs) into the pose (1).
"""

from __future__ import annotations

import math

from companion.render.figure_drawing import Drawing, Glow, blend, lerp
from companion.render.figure_skeleton import (
    SKELETON,
    Pose,
    add,
    angle_of,
    build,
    direction,
    norm,
    sub,
    two_link,
)

# Sitting upright, both legs long on the floor, toes up, hands resting on the thighs.
SEATED = Pose(
    torso=180,
    thigh_n=88,
    shin_n=88,
    foot_n=170,
    thigh_f=88,
    shin_f=88,
    foot_f=170,
    upper_arm_n=20,
    forearm_n=95,
    hand_n=120,
    upper_arm_f=24,
    forearm_f=95,
    hand_f=120,
)


def hamstring(t: float = 1.0) -> Drawing:
    sk = SKELETON
    torso = 180 - 38  # hinged forward from the hips, back long
    shoulder = add((0, 0), direction(torso), sk.shoulder_at)
    toes = (sk.thigh + sk.shin + 8, -27.0)  # straight arms reach long, hands round the toes
    ua_n, fa_n = two_link(shoulder, toes, sk.upper_arm, sk.forearm, bend=-1)
    ua_f, fa_f = two_link(shoulder, add(toes, (4, -2)), sk.upper_arm, sk.forearm, bend=-1)
    # the other leg is bent, its knee fallen out to the side and its sole against the inner
    # thigh of the straight leg, near its knee. In profile the thigh rises from behind the belly to
    # a knee in the gap under the arms, and the shin (turned out of the picture, so drawn short)
    # comes down to a foot hidden behind the straight leg: a small tent beside the long leg
    knee: tuple[float, float] = (62.0, -25.0)
    ankle: tuple[float, float] = (96.0, -2.0)
    thigh_f = angle_of(knee)
    shin = sub(ankle, knee)
    pose = Pose(
        torso=torso,
        neck=torso - 8,
        thigh_n=87,
        shin_n=87,
        foot_n=178,  # toes up
        thigh_f=thigh_f,
        shin_f=angle_of(shin),
        foot_f=angle_of(shin) + 60,
        shorten={
            "thigh_f": norm(knee) / sk.thigh,
            "shin_f": norm(shin) / sk.shin,
            "foot_f": 0.45,
        },
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
        blend(SEATED, pose, t),
        # the bent leg's shin is a layer of its own, so a crease shows the knee
        layers=[
            ("arm_f",),
            ("thigh_f",),
            ("shin_f",),
            ("torso", "thigh_n", "shin_n"),
            ("arm_n",),
        ],
        working="thigh_n",
        # the back of the straight thigh is its lower half: the accent fills it, with no halo to
        # pool on the floor beneath
        glow=[Glow("hip", "knee_n", 0.22, 0.92, +1, 13.0, halo=0.0)],
        anchor="hip",
    )


# hip & glute: how far past the straight leg's knee the crossed foot stands (skeleton px)
ANKLE_DX = 22.0
STEP_LIFT = 16.0  # how high the crossed foot lifts as it steps over the straight leg


def hip_glute(t: float = 1.0) -> Drawing:
    sk = SKELETON
    # the other (far) leg lies straight along the floor
    pose = Pose(torso=181, thigh_f=88, shin_f=88, foot_f=170)
    # the working (near) leg crosses over it: knee bent up high, the shin slanting forward down
    # across the straight leg to a foot flat on the floor just past its knee. In a real side view
    # that foot would hide behind the straight leg; drawn over it instead (near layer), the dark
    # shin and foot cross the lighter straight leg, which is what makes "crossed over" read
    sole = sk.pelvis_r - sk.sole_depth  # ankle height relative to the hip joint (y down)
    ankle = (sk.thigh + ANKLE_DX, sole)
    pose.thigh_n, pose.shin_n = two_link((0, 0), ankle, sk.thigh, sk.shin, bend=+1)
    pose.foot_n = 90
    fig = build(pose)
    shoulder, knee = fig.joints["shoulder"], fig.joints["knee_n"]
    # both arms hug the knee to the chest: the forearms wrap round the front of the shin just
    # below the knee, the near one a little higher than the far one
    down = direction(pose.shin_n)
    front = direction(pose.shin_n + 90)  # the front of the shin (anterior side)
    wrist = add(add(knee, down, 14), front, 12)
    pose.upper_arm_n, pose.forearm_n = two_link(shoulder, wrist, sk.upper_arm, sk.forearm, bend=-1)
    pose.hand_n = pose.forearm_n + 80  # fingers curl up round the front of the shin
    wrist_f = add(add(knee, down, 24), front, 11)
    pose.upper_arm_f, pose.forearm_f = two_link(
        shoulder, wrist_f, sk.upper_arm, sk.forearm, bend=-1
    )
    pose.hand_f = pose.forearm_f + 80
    frame = blend(SEATED, pose, t)
    if t < 1.0:
        # the foot steps over: its ankle travels from the long leg's end to its place on the floor
        # along an arc, the leg bending to follow, so the heel never digs into the floor
        start = build(SEATED).joints["ankle_n"]
        step = (
            lerp(start[0], ankle[0], t),
            lerp(start[1], ankle[1], t) - STEP_LIFT * math.sin(math.pi * t),
        )
        frame.thigh_n, frame.shin_n = two_link((0, 0), step, sk.thigh, sk.shin, bend=+1)
    return Drawing(
        "hip_glute",
        "Seated hip and glute stretch",
        frame,
        layers=[
            ("thigh_f", "shin_f"),  # the straight leg runs underneath ...
            ("torso",),
            ("arm_f",),
            ("thigh_n", "shin_n"),  # ... the crossed leg over it, its foot planted past the knee
            ("arm_n",),
        ],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", -0.2, 0.42, +1, 16.0, halo=16.0)],
        anchor="hip",
    )
