from __future__ import annotations

import dataclasses

import pytest

from companion.core.stretches import (
    CATALOGUE,
    STRETCH_IDS,
    StretchSettings,
    StretchSettingsError,
    stretch,
    stretch_settings_from_dict,
)


def test_catalogue_has_the_five_stretches_in_routine_order() -> None:
    assert STRETCH_IDS == ("calf", "hamstring", "quadriceps", "hip_glute", "lying_leg")
    assert list(CATALOGUE) == list(STRETCH_IDS)


@pytest.mark.parametrize("stretch_id", STRETCH_IDS)
def test_every_stretch_is_complete(stretch_id: str) -> None:
    entry = stretch(stretch_id)  # type: ignore[arg-type]
    assert entry.id == stretch_id
    assert entry.name.endswith("stretch")
    assert entry.target_muscle
    assert 3 <= len(entry.steps) <= 5
    assert all(step.endswith(".") and len(step) < 100 for step in entry.steps)
    assert entry.safety_hint.endswith(".")
    assert entry.per_side
    assert entry.default_hold_seconds == 30
    assert entry.illustration == f"{stretch_id}.svg"


def test_defaults_are_the_whole_routine_once_at_30_seconds() -> None:
    settings = StretchSettings()
    assert settings.stretches == STRETCH_IDS
    assert (settings.hold_seconds, settings.rounds, settings.switch_seconds) == (30, 1, 5)
    assert settings.get_ready_seconds == 5
    assert settings.morning_stretch is False


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"hold_seconds": 14}, "stretch.hold_seconds"),
        ({"hold_seconds": 61}, "stretch.hold_seconds"),
        ({"hold_seconds": True}, "stretch.hold_seconds"),
        ({"rounds": 0}, "stretch.rounds"),
        ({"rounds": 4}, "stretch.rounds"),
        ({"switch_seconds": -1}, "stretch.switch_seconds"),
        ({"get_ready_seconds": 31}, "stretch.get_ready_seconds"),
        ({"morning_offset_minutes": 241}, "stretch.morning_offset_minutes"),
        ({"stretches": ()}, "stretch.order"),
        ({"stretches": ("calf", "calf")}, "stretch.order"),
        # Shaped like no id at all (an id of one's own is letters, digits and "-"); "toes" is
        # shaped like one, and the whole settings reject it: tests/core/test_custom_stretches.py
        ({"stretches": ("calf", "hip glute")}, "stretch.order"),
    ],
)
def test_out_of_range_settings_name_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(StretchSettingsError) as raised:
        dataclasses.replace(StretchSettings(), **changes)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert isinstance(raised.value, ValueError)
    assert str(raised.value).startswith(field)


def test_limits_themselves_are_allowed() -> None:
    StretchSettings(hold_seconds=15, rounds=3, switch_seconds=0)
    StretchSettings(hold_seconds=60, rounds=1, switch_seconds=30, morning_offset_minutes=240)


def test_round_trip_through_the_plain_dict() -> None:
    settings = StretchSettings(
        stretches=("lying_leg", "calf"),
        hold_seconds=45,
        rounds=2,
        switch_seconds=8,
        get_ready_seconds=10,
        morning_stretch=True,
        morning_offset_minutes=20,
    )
    raw = settings.to_dict()
    assert raw["order"] == ["lying_leg", "calf"]
    assert all(
        isinstance(v, str | int | bool)
        or (isinstance(v, list) and all(isinstance(i, str) for i in v))
        for v in raw.values()
    )
    assert StretchSettings.from_dict(raw) == settings


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    assert stretch_settings_from_dict({}) == StretchSettings()
    assert stretch_settings_from_dict({"from_a_newer_version": 1}) == StretchSettings()


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"order": "calf"}, "stretch.order"),
        ({"order": ["calf", 3]}, "stretch.order"),
        ({"hold_seconds": "30"}, "stretch.hold_seconds"),
        ({"rounds": 1.5}, "stretch.rounds"),
        ({"morning_stretch": "yes"}, "stretch.morning_stretch"),
        ({"switch_seconds": 99}, "stretch.switch_seconds"),
    ],
)
def test_bad_file_values_name_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(StretchSettingsError) as raised:
        stretch_settings_from_dict(raw)
    assert raised.value.field == field
