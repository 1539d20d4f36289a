"""Every foundation window renders in both palettes and both scales, with readable contrast."""

from __future__ import annotations

from datetime import time

import pytest

from companion.core.settings import Settings
from companion.ui.setup.onboarding import OnboardingDialog
from companion.ui.setup.settings_dialog import SettingsDialog
from companion.ui.tonight.panel import TimelineRow, TonightPanel

from .snapshots import assert_both_palettes_and_scales, save_variants, snapshot_dir

WINDOWS = {
    "onboarding": lambda: OnboardingDialog(time(22, 30), time(7, 0)),
    "settings": lambda: SettingsDialog(Settings(), "Europe/Berlin"),
    "tonight-no-tray": lambda: _panel_without_tray(),
    "tonight-timeline": lambda: _panel_with_timeline(),
}


def _panel_with_timeline() -> TonightPanel:
    panel = TonightPanel()
    panel.set_status("Stretches at 21:45 · now")
    rows = [
        ("magnesium", "Magnesium", "21:00", "done at 21:02", False, True),
        ("stretch", "Stretches", "21:45", "waiting for you", True, False),
        ("lights", "Lights down", "22:00", "coming up", False, False),
        ("bedtime", "Lights out", "22:30", "coming up", False, False),
        ("checkin", "Morning check-in", "07:15", "coming up", False, False),
    ]
    panel.set_timeline([TimelineRow(*row) for row in rows], can_snooze=True)
    return panel


def _panel_without_tray() -> TonightPanel:
    panel = TonightPanel()
    panel.set_stands_in_for_tray(True)
    return panel


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_window_renders_light_dark_and_at_200_percent(qtbot, tmp_path, name):
    saved = save_variants(WINDOWS[name], name, snapshot_dir(tmp_path), qtbot)
    assert_both_palettes_and_scales(saved)
