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


# The clasp (skeleton px): the wrists rest on the front of the shin this far below the knee and
# this far out from its centre line; the fists turn down over the shin by HAND_TURN degrees.
CLASP_DOWN = 20.0
CLASP_OUT = 4.0
HAND_TURN = -85.0
# the arms' projected length (elbows out to the sides); the far arm a little longer, so its elbow
# shows just behind the near one while its hand hides under the near fist
ARM_K = 0.8
ARM_K_F = 0.86


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
    # both hands clasp the front of the shin just below the knee and pull it to the chest. The
    # elbows bend out to the sides, so the arms are foreshortened in profile (their angles only a
    # projection) and the elbows show above the line shoulder to knee, the torso in sight below.
    # The two forearms meet in one clasp: the far arm follows the near one a little further out,
    # its hand hidden under the near hand, so the clasp reads as one clean fist on the shin
    front = direction(shin_n + 90)  # the front of the shin faces up
    wrist = add(add(knee, direction(shin_n), CLASP_DOWN), front, CLASP_OUT)
    pose.shorten |= {
        "upper_arm_n": ARM_K,
        "forearm_n": ARM_K,
        "upper_arm_f": ARM_K_F,
        "forearm_f": ARM_K_F,
    }
    for side, k in (("n", ARM_K), ("f", ARM_K_F)):
        upper, fore = two_link(shoulder, wrist, sk.upper_arm * k, sk.forearm * k, bend=+1)
        setattr(pose, f"upper_arm_{side}", upper)
        setattr(pose, f"forearm_{side}", fore)
        setattr(pose, f"hand_{side}", fore + HAND_TURN)  # the fist curls round the shin
    return Drawing(
        "lying_leg",
        "Lying knee-to-chest stretch",
        blend(LYING, pose, t),
        layers=[("arm_f",), ("thigh_f", "shin_f"), ("torso",), ("thigh_n", "shin_n"), ("arm_n",)],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", -0.2, 0.9, +1, 10.0, halo=14.0)],
        anchor="hip",
    )
