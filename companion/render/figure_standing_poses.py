"""The two standing stretches (calf at a wall, quadriceps), each as a frame of its move.

Each pose function takes ``t``, the eased progress from the standing stance (0) into the pose
(1); constraints that angles alone would break (both feet on the floor) are solved per frame.
"""

from __future__ import annotations

import math

from companion.render.figure_drawing import Drawing, Glow, blend
from companion.render.figure_skeleton import (
    SKELETON,
    Pose,
    add,
    angle_of,
    build,
    direction,
    two_link,
)

# Standing tall, arms hanging loose with the elbows a little bent.
STANDING = Pose(
    torso=180,
    thigh_n=0,
    shin_n=0,
    foot_n=90,
    thigh_f=0,
    shin_f=0,
    foot_f=90,
    upper_arm_n=4,
    forearm_n=14,
    hand_n=14,
    upper_arm_f=6,
    forearm_f=16,
    hand_f=16,
)


def calf(t: float = 1.0) -> Drawing:
    sk = SKELETON
    lean = 35.0 * t  # back heel → head is one straight line, this far off vertical
    torso = 180 - lean
    # the back leg steps back: its knee gives a little mid-step, lifting the foot off the floor
    back_thigh = -lean
    back_shin = back_thigh - 24.0 * math.sin(math.pi * t)
    # front leg: the knee bends forward over a foot that stands flat on the floor near the wall,
    # its ankle as high above the floor as the straight back leg's would be
    drop = (sk.thigh + sk.shin) * math.cos(math.radians(lean))  # hip height above the back ankle
    front_knee_flex = 56.0 * t
    reach = math.sqrt(
        sk.thigh**2
        + sk.shin**2
        - 2 * sk.thigh * sk.shin * math.cos(math.radians(180 - front_knee_flex))
    )
    target = (math.sqrt(max(reach**2 - drop**2, 0.0)), drop)  # front ankle, from the hip joint
    thigh_f, shin_f = two_link((0, 0), target, sk.thigh, sk.shin, bend=+1)
    # hands flat on the wall at shoulder height, elbows slightly bent
    end_shoulder = add((0, 0), direction(180 - 35.0), sk.shoulder_at)
    wrist = add(end_shoulder, (76, -4))
    ua_n, fa_n = two_link(end_shoulder, wrist, sk.upper_arm, sk.forearm, bend=-1)
    ua_f, fa_f = two_link(end_shoulder, add(wrist, (0, 6)), sk.upper_arm, sk.forearm, bend=-1)
    arms = blend(
        STANDING,
        Pose(
            torso=180 - 35.0,
            upper_arm_n=ua_n,
            forearm_n=fa_n,
            hand_n=178,
            upper_arm_f=ua_f,
            forearm_f=fa_f,
            hand_f=178,
        ),
        t,
    )
    pose = Pose(
        torso=torso,
        thigh_n=back_thigh,
        shin_n=back_shin,
        foot_n=90 + 0.6 * (back_shin - back_thigh),  # toes trail a little while the foot is up
        thigh_f=thigh_f,
        shin_f=shin_f,
        foot_f=90,
        upper_arm_n=arms.upper_arm_n,
        forearm_n=arms.forearm_n,
        hand_n=arms.hand_n,
        upper_arm_f=arms.upper_arm_f,
        forearm_f=arms.forearm_f,
        hand_f=arms.hand_f,
    )
    return Drawing(
        "calf",
        "Calf stretch at a wall",
        pose,
        layers=[("arm_f",), ("thigh_f", "shin_f"), ("torso", "thigh_n", "shin_n"), ("arm_n",)],
        working="shin_n",
        glow=[Glow("knee_n", "ankle_n", 0.06, 0.7, +1, 8.0, halo=18.0)],
        anchor="ankle_f",
        wall_at=lambda fig: max(fig.joints["fingers_n"][0], fig.joints["wrist_n"][0]) + 6,
    )


def quadriceps(t: float = 1.0) -> Drawing:
    sk = SKELETON
    pose = Pose(
        torso=181,  # standing tall
        thigh_f=0,  # the support leg, straight
        shin_f=0,
        foot_f=90,
        # the working leg is the NEAR one: its thigh hangs straight down beside the support thigh
        # (knees side by side, hips level) and the knee is bent fully, so the shin folds up
        # close behind the thigh and the heel comes to the buttock, toes pointing back
        thigh_n=-4,
        shin_n=-154,
        foot_n=-108,
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
    frame = blend(STANDING, pose, t)
    # on the way the knee comes a little forward, so the foot lifts clear of the floor as the
    # knee bends (the whole leg turns about the hip; its joints keep their angles)
    lift = 30.0 * math.sin(math.pi * t)
    frame.thigh_n, frame.shin_n = frame.thigh_n + lift, frame.shin_n + lift
    # the foot keeps level while it leaves the floor (heel and toes don't scrape it) and turns
    # toes-back late, its ankle kept within range
    level = 90 + ((pose.foot_n - 90) % 360 - 360) * t * t  # heel to toe, turning back
    flex = max(-48.0, min(33.0, level - frame.shin_n - 90))
    frame.foot_n = frame.shin_n + 90 + flex
    return Drawing(
        "quadriceps",
        "Standing quadriceps stretch",
        frame,
        layers=[
            ("arm_f",),
            ("thigh_f", "shin_f"),
            ("torso",),
            ("thigh_n", "shin_n"),
            ("arm_n",),
        ],
        working="thigh_n",
        glow=[Glow("hip", "knee_n", 0.12, 0.92, -1, 10.0, halo=18.0)],
        anchor="ankle_f",
        wall_at=lambda fig: fig.joints["fingers_f"][0] + 6,
    )
