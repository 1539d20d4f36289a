"""The check-in renders in both palettes and both scales: new, filled in, and with a problem."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from companion.core.journal import FactorValue
from companion.ui.checkin.dialog import CheckinDialog
from tests.nights import full_night
from tests.ui.snapshots import assert_both_palettes_and_scales, save_variants, snapshot_dir

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 24)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def _new() -> CheckinDialog:
    return CheckinDialog(
        NIGHT,
        None,
        {},
        ["Magnesium at 21:02", "Stretches 10/10 holds", "Lights dimmed"],
        ["late dinner", "long walk"],
        zone=BERLIN,
    )


def _filled(*, fahrenheit: bool = False) -> CheckinDialog:
    night = full_night(NIGHT, BERLIN, note="Warm bath before bed.")
    factors = {
        key: FactorValue(key, value, "manual")
        for key, value in (
            ("caffeine_after_noon", "1"),
            ("exercise", "light"),
            ("stress", "2"),
            ("room_temperature_c", "18.5"),
            ("tag:late dinner", "yes"),
        )
    }
    return CheckinDialog(
        NIGHT,
        night,
        factors,
        ["Magnesium skipped", "Lights dimmed at 22:01"],
        ["late dinner", "long walk", "sauna"],
        zone=BERLIN,
        fahrenheit=fahrenheit,
    )


def _with_problem() -> CheckinDialog:
    dialog = _filled()
    dialog.time_edits["lights_out_at"].set_time(at(24, 22, 10).time())
    return dialog


WINDOWS = {
    "checkin-new": _new,
    "checkin-filled": _filled,
    "checkin-fahrenheit": lambda: _filled(fahrenheit=True),
    "checkin-problem": _with_problem,
}


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_checkin_renders_light_dark_and_at_200_percent(qtbot, tmp_path, name):
    saved = save_variants(WINDOWS[name], name, snapshot_dir(tmp_path), qtbot)
    light = assert_both_palettes_and_scales(saved)
    assert 560 <= light.width() <= 960  # fits a small laptop screen at 100 %
    assert light.height() <= 1000


def test_the_folded_dialog_is_short(qtbot):
    # The common path alone must fit without scrolling on a 768-pixel-high screen.
    dialog = _new()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() < 600
    assert not dialog.details.isVisible()
