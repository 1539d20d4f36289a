"""The stretch figure moving into each pose: stills in step with the code, sound frames."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize, Qt

from companion.render.figure_drawing import ease
from companion.render.figure_motion import (
    MOVE_SECONDS,
    POSES,
    drawing_at,
    figure_svg_at,
    placed_frame,
)
from companion.render.figure_skeleton import anatomy_problems
from companion.render.figure_svg import (
    FLOOR_WIDTH,
    FLOOR_Y,
    LIGHT_PALETTE,
    bounds,
)
from companion.render.illustration import (
    STRETCH_IDS,
    render_stretch,
    render_svg_text,
    stretch_svg_path,
)

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
STEPS = [i / 20 for i in range(21)]
FLOOR_TOP = FLOOR_Y - FLOOR_WIDTH / 2


def _placed_joints(
    stretch_id: str, progress: float
) -> tuple[dict[str, tuple[float, float]], float]:
    """The frame's joints on the canvas and the y of its lowest point."""
    _drawing, fig, place = placed_frame(stretch_id, progress)
    joints = {name: (x + place.dx, y + place.dy) for name, (x, y) in fig.joints.items()}
    return joints, bounds(fig.parts.values())[3] + place.dy


def test_every_stretch_has_a_figure_and_the_move_lasts_under_two_seconds():
    assert set(POSES) == set(STRETCH_IDS)
    assert 1.5 <= MOVE_SECONDS <= 2.0


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_the_committed_still_is_what_the_code_draws(stretch_id):
    # run `python tools/draw_stretches.py` after changing a pose
    committed = stretch_svg_path(stretch_id).read_text(encoding="utf-8")
    assert figure_svg_at(stretch_id, 1.0) == committed
    assert figure_svg_at(stretch_id, 7.0) == committed  # clamped


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_every_frame_bends_joints_the_right_way_and_rests_on_the_floor(stretch_id):
    for progress in STEPS:
        drawing = drawing_at(stretch_id, progress)
        assert anatomy_problems(drawing.pose) == [], (stretch_id, progress)
        _joints, lowest = _placed_joints(stretch_id, progress)
        # something rests on the floor line (4 px thick), nothing sinks through it
        assert lowest == pytest.approx(FLOOR_TOP, abs=FLOOR_WIDTH / 2 - 0.5), (stretch_id, progress)


@pytest.mark.parametrize("stretch_id", ["calf", "quadriceps"])
def test_standing_stretches_start_upright_on_both_feet(stretch_id):
    joints, _lowest = _placed_joints(stretch_id, 0.0)
    assert joints["ankle_n"][1] == pytest.approx(joints["ankle_f"][1])
    assert joints["head"][1] < joints["shoulder"][1] < joints["hip"][1] < joints["knee_n"][1]
    assert joints["head"][0] == pytest.approx(joints["hip"][0], abs=3)


def test_calf_keeps_the_front_foot_planted_all_the_way():
    front = [_placed_joints("calf", p)[0]["ankle_f"] for p in STEPS]
    assert {round(x, 6) for x, _y in front} == {round(front[0][0], 6)}
    assert all(y == pytest.approx(front[0][1]) for _x, y in front)  # flat on the floor


@pytest.mark.parametrize("stretch_id", ["hamstring", "hip_glute"])
def test_seated_stretches_start_upright_with_legs_long_and_stay_seated(stretch_id):
    joints, _lowest = _placed_joints(stretch_id, 0.0)
    assert joints["head"][0] == pytest.approx(joints["hip"][0], abs=3)
    for side in ("n", "f"):
        assert joints[f"ankle_{side}"][0] > joints[f"knee_{side}"][0] > joints["hip"][0]
    hips = {round(_placed_joints(stretch_id, p)[0]["hip"][1], 6) for p in STEPS}
    assert len(hips) == 1  # the buttocks never leave the floor


def test_lying_leg_starts_flat_and_ends_with_the_knee_over_the_chest():
    start, _ = _placed_joints("lying_leg", 0.0)
    end, _ = _placed_joints("lying_leg", 1.0)
    assert start["head"][1] == pytest.approx(start["hip"][1], abs=1)
    assert start["knee_n"][1] == pytest.approx(start["hip"][1], abs=1)
    assert end["knee_n"][1] < end["hip"][1] - 40  # knee drawn up ...
    assert end["knee_n"][0] < end["hip"][0]  # ... towards the chest
    assert end["ankle_f"][1] == pytest.approx(end["hip"][1], abs=1)  # the other leg long


def test_the_move_is_eased_in_and_out():
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0 and ease(0.5) == 0.5
    assert ease(0.1) < 0.1 and ease(0.9) > 0.9
    assert ease(-1.0) == 0.0 and ease(2.0) == 1.0


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_frames_use_only_palette_colours_and_hold_no_text(stretch_id):
    known = {c.lower() for c in LIGHT_PALETTE.values()}
    for progress in (0.0, 0.3, 0.6):
        svg = figure_svg_at(stretch_id, progress)
        assert "<text" not in svg
        assert {c.lower() for c in HEX.findall(svg)} <= known


def test_an_unknown_stretch_has_no_figure():
    with pytest.raises(ValueError):
        figure_svg_at("headstand", 0.5)


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_a_frame_renders_like_the_still_at_the_end_and_differs_on_the_way(qapp, stretch_id):
    still = render_stretch(stretch_id, QSize(240, 180), mirrored=True, dark=True).toImage()
    end = render_svg_text(figure_svg_at(stretch_id, 1.0), 240, 180, dark=True, mirrored=True)
    start = render_svg_text(figure_svg_at(stretch_id, 0.0), 240, 180, dark=True, mirrored=True)
    assert end.toImage() == still
    assert start.toImage() != still
    plain = render_svg_text(figure_svg_at(stretch_id, 0.5), 240, 180, dark=False, mirrored=False)
    mirrored = render_svg_text(figure_svg_at(stretch_id, 0.5), 240, 180, dark=False, mirrored=True)
    assert mirrored.toImage() == plain.toImage().flipped(Qt.Orientation.Horizontal)


def test_render_svg_text_honours_the_device_pixel_ratio(qapp):
    pixmap = render_svg_text(
        figure_svg_at("calf", 0.4), 240, 180, dark=False, mirrored=False, ratio=2.0
    )
    assert pixmap.size() == QSize(480, 360)
    assert pixmap.deviceIndependentSize().toSize() == QSize(240, 180)
