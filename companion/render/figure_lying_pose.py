"""The lying stretch (knee to chest) as a frame of its move from lying flat on the back."""

from __future__ import annotations

from companion.render.figure_drawing import Drawing, Glow, blend
from companion.render.figure_skeleton import SKELETON, Pose, add, build, direction, two_link

# Lying flat on the back, head to the left resting on the floor, legs long, arms along the sides.
LYING = Pose(
    torso=-90,
    neck=-90,
    thigh_n=90,
    shin_n=90,
    foot_n=160,
    thigh_f=90,
    shin_f=90,
    foot_f=160,
    upper_arm_n=90,
    forearm_n=90,
    hand_n=90,
    upper_arm_f=90,
    forearm_f=90,
    hand_f=90,
)


def lying_leg(t: float = 1.0) -> Drawing:
    sk = SKELETON
    thigh_n = -140  # the working knee drawn up over the chest
    shin_n = 80  # the knee folded, the shin tipping down forward, the foot relaxed in the air
    pose = Pose(
        torso=-90,  # on the back, head to the left, resting on the floor
        neck=-90,
        thigh_n=thigh_n,
        shin_n=shin_n,
        foot_n=shin_n + 90 - 30,
        thigh_f=90,  # the other leg straight along the floor
        shin_f=90,
        foot_f=160,
    )
    fig = build(pose)
    shoulder, knee = fig.joints["shoulder"], fig.joints["knee_n"]
    # both hands clasped on the front of the shin just below the knee, pulling it to the chest: the
    # arms rise from the shoulder over the chest to the knee, elbows bent out to the sides (so
    # foreshortened in profile, and their angles only a projection: the elbows show above the
    # line shoulder to knee), the torso in sight below them
    k = 0.8
    pose.shorten |= {"upper_arm_n": k, "forearm_n": k, "upper_arm_f": k, "forearm_f": k}
    front = direction(shin_n - 90)  # the front of the shin faces up
    clasp = add(add(knee, direction(shin_n), 9), front, 8)
    pose.upper_arm_n, pose.forearm_n = two_link(shoulder, clasp, sk.upper_arm, sk.forearm, bend=+1)
    pose.hand_n = shin_n + 180 + 10  # fingers round the front of the shin
    pose.upper_arm_f, pose.forearm_f = two_link(
        shoulder, add(clasp, (7, 1)), sk.upper_arm * k, sk.forearm * k, bend=+1
    )
    pose.hand_f = pose.hand_n
    return Drawing(
        "lying_leg",
        "Lying knee-to-chest stretch",
        blend(LYING, pose, t),
        layers=[("arm_f",), ("thigh_f", "shin_f"), ("torso",), ("thigh_n", "shin_n"), ("arm_n",)],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", -0.2, 0.9, +1, 10.0, halo=14.0)],
        anchor="hip",
    )
