"""Every window reads as a window to a screen reader, and every control in it has a name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.breathing import Pacer
from companion.core.prompt_texts import prompt_text
from companion.core.session import Session, plan_holds
from companion.core.settings import STEP_KINDS, Settings
from companion.core.stretches import STRETCH_IDS
from companion.services.session_timer import SessionTimer
from companion.ui.accessibility import install_window_roles
from companion.ui.breathing.window import BreathingWindow
from companion.ui.journal.state import TABS
from companion.ui.stretch.window import StretchWindow
from companion.ui.tonight.episode_dialog import EpisodeDialog
from companion.ui.tonight.prompts import PromptWindow
from tests.fakes import FakeClock
from tests.ui import fit_windows
from tests.ui.accessible_tree import problems
from tests.ui.tonight.test_panel import full_panel


def _stretch() -> QWidget:
    return StretchWindow(SessionTimer(Session(plan_holds(STRETCH_IDS), clock=FakeClock())), None)


def _breathing() -> QWidget:
    from tests.ui.breathing.test_window import RHYTHM

    return BreathingWindow(Pacer(RHYTHM, FakeClock()), QTimer(), None)


def _card(kind: str) -> QWidget:
    text = prompt_text(kind, Settings(), fahrenheit=False)
    return PromptWindow(kind, text, dark=True, snooze_minutes=10)


WINDOWS: dict[str, Callable[[], QWidget]] = {
    "welcome": lambda: fit_windows.welcome()[0],
    "settings": lambda: fit_windows.settings()[0],
    "tonight": full_panel,
    **{f"card-{kind}": (lambda kind=kind: _card(kind)) for kind in STEP_KINDS},  # type: ignore[misc]
    "stretch": _stretch,
    "breathing": _breathing,
    "checkin-short": lambda: fit_windows.checkin(False)[0],
    "checkin-details": lambda: fit_windows.checkin(True)[0],
    **{f"journal-{tab}": (lambda tab=tab: fit_windows.journal(tab)[0]) for tab in TABS},  # type: ignore[misc]
    "episode": lambda: EpisodeDialog(time(23, 42)),
}


@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_has_a_name_and_the_window_is_a_window(qtbot: QtBot, name: str) -> None:
    install_window_roles()  # as the app does at start-up
    window = WINDOWS[name]()
    qtbot.addWidget(window)
    window.show()
    assert problems(window) == []
