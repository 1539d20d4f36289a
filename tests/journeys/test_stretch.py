"""The stretch journey: the window it builds follows the user's settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.settings import Settings
from companion.core.stretches import StretchSettings
from companion.journeys.stretch import build_stretch_window
from companion.services.cues import Cues


def test_the_window_follows_the_users_routine_and_cues(qtbot: QtBot) -> None:
    settings = Settings(
        sound_enabled=False,
        voice_enabled=False,
        volume=35,
        stretch=StretchSettings(stretches=("hamstring", "calf"), hold_seconds=45, rounds=2),
    )
    window = build_stretch_window(settings, clock=lambda: 100.0)
    qtbot.addWidget(window)
    window.start()
    window.skip()  # straight into the first hold
    assert window.position_label.text() == "1 of 8"
    assert window.title_label.text() == "Hamstring stretch"
    assert window.ring.time_text == "0:45"
    # The timer and the cues live and die with the window.
    assert window.timer.parent() is window
    (cues,) = window.findChildren(Cues)
    assert (cues.sound_enabled, cues.voice_enabled, cues.volume) == (False, False, 35)
