"""The user's own stretches: read from the file, placed in the order, held and recorded like the
built-in five, and a bad entry named and left out while the rest stays."""

from __future__ import annotations

from typing import Any

import pytest

from companion.core.custom_stretches import CustomStretch, unique_stretch_id
from companion.core.session import Session
from companion.core.settings import Settings, SettingsError, settings_from_dict, to_dict
from companion.core.settings_reading import read_settings
from companion.core.stretches import StretchSettings
from tests.fakes import FakeClock

FIGURE_FOUR: dict[str, Any] = {
    "id": "figure-four",
    "name": "Figure-four stretch",
    "steps": ["Lie on your back.", "Cross one ankle over the other knee.", "Draw both legs in."],
    "per_side": True,
    "hold_seconds": 40,
    "picture": "~/Pictures/figure-four.png",
}


def _file(*entries: dict[str, Any], order: list[str] | None = None) -> dict[str, Any]:
    order = order if order is not None else ["figure-four", "calf", "hamstring"]
    return {"stretch": {"order": order}, "custom_stretches": list(entries)}


def test_the_design_example_reads_and_is_written_back_the_same() -> None:
    settings = settings_from_dict(_file(FIGURE_FOUR))
    assert settings.custom_stretches == (
        CustomStretch(
            "figure-four",
            "Figure-four stretch",
            tuple(FIGURE_FOUR["steps"]),
            True,
            40,
            "~/Pictures/figure-four.png",
        ),
    )
    assert settings.stretch.stretches[0] == "figure-four"
    written = to_dict(settings)
    assert written["custom_stretches"] == [FIGURE_FOUR]
    assert settings_from_dict(written) == settings


def test_no_custom_stretches_leaves_the_file_as_it_was() -> None:
    assert "custom_stretches" not in to_dict(Settings())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"hold_seconds": 900}, "custom_stretches[1].hold_seconds"),
        ({"hold_seconds": "30"}, "custom_stretches[1].hold_seconds"),
        ({"id": "Figure Four"}, "custom_stretches[1].id"),
        ({"id": "calf"}, "custom_stretches[1].id"),
        ({"name": " "}, "custom_stretches[1].name"),
        ({"steps": []}, "custom_stretches[1].steps"),
        ({"steps": "Lie down."}, "custom_stretches[1].steps"),
        ({"per_side": "yes"}, "custom_stretches[1].per_side"),
        ({"picture": "~/notes.txt"}, "custom_stretches[1].picture"),
        ({"colour": "red"}, "custom_stretches[1].colour"),
    ],
)
def test_a_bad_entry_is_named_and_left_out_and_the_rest_stays(
    change: dict[str, Any], field: str
) -> None:
    bad = {**FIGURE_FOUR, "id": "pigeon", "name": "Pigeon", **change}
    order = ["figure-four", bad["id"], "calf"] if bad["id"] != "calf" else ["figure-four", "calf"]
    raw = _file(FIGURE_FOUR, bad, order=order)
    raw["snooze_minutes"] = 15
    reading = read_settings(raw)
    assert [c.id for c in reading.settings.custom_stretches] == ["figure-four"]
    assert reading.settings.snooze_minutes == 15
    assert [(p.key, p.instead) for p in reading.problems] == [(field, "left out")]
    assert str(reading.problems[0]).startswith(f"{field}: ")
    # The left-out stretch leaves the order quietly (its entry is the problem named); the rest
    # of the order stays as the user set it.
    assert reading.settings.stretch.stretches == ("figure-four", "calf")


def test_an_order_naming_no_stretch_of_yours_keeps_the_rest_of_the_order() -> None:
    reading = read_settings(_file(FIGURE_FOUR, order=["figur-four", "figure-four", "calf"]))
    assert reading.settings.stretch.stretches == ("figure-four", "calf")
    (problem,) = reading.problems
    assert problem.key == "stretch.order"
    assert '"figur-four"' in problem.message
    assert problem.instead == "using figure-four, calf"


def test_the_model_refuses_an_order_naming_an_unknown_stretch() -> None:
    with pytest.raises(SettingsError) as raised:
        Settings(stretch=StretchSettings(stretches=("calf", "toes")))
    assert raised.value.field == "stretch.order"


def test_the_same_id_twice_names_the_second() -> None:
    reading = read_settings(_file(FIGURE_FOUR, {**FIGURE_FOUR, "name": "Again"}))
    assert [(p.key, p.message) for p in reading.problems] == [
        ("custom_stretches[1].id", '"figure-four" is used twice')
    ]
    assert reading.settings.custom_stretches[0].name == "Figure-four stretch"


def test_ids_are_made_from_names_and_never_clash() -> None:
    assert unique_stretch_id("Figure-four stretch", []) == "figure-four-stretch"
    assert unique_stretch_id("Calf", []) == "calf-2"  # a built-in's id
    assert unique_stretch_id("Pigeon", ["pigeon"]) == "pigeon-2"
    assert unique_stretch_id("!!", []) == "my-stretch"


def _session(settings: Settings, clock: FakeClock) -> Session:
    return Session.from_settings(settings.stretch, clock, settings.custom_stretches)


def test_a_custom_stretch_is_held_in_its_place_each_side_for_its_own_time() -> None:
    settings = settings_from_dict(_file(FIGURE_FOUR, order=["calf", "figure-four"]))
    clock = FakeClock()
    session = _session(settings, clock)
    assert [(h.stretch.id, h.side) for h in session.holds] == [
        ("calf", "left"),
        ("calf", "right"),
        ("figure-four", "left"),
        ("figure-four", "right"),
    ]
    assert [session.hold_length(i) for i in range(4)] == [30, 30, 40, 40]
    session.start()
    while not session.is_over:  # every phase runs its full time on the fake clock
        deadline = session.next_deadline()
        assert deadline is not None
        clock.now = deadline
        session.poll()
    summary = session.summary()
    assert (summary.holds_completed, summary.holds_planned) == (4, 4)
    # 2 x 30 s + 2 x 40 s held, plus the get-ready and switch pauses
    assert summary.active_seconds == 140 + 5 + 5 + 5 + 5


def test_a_stretch_done_once_is_one_hold() -> None:
    once = {**FIGURE_FOUR, "per_side": False}
    settings = settings_from_dict(_file(once, order=["figure-four"]))
    session = _session(settings, FakeClock())
    assert [(h.stretch.name, h.side) for h in session.holds] == [("Figure-four stretch", None)]
    assert session.holds[0].stretch.custom
