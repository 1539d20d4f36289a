"""The running app, offscreen, for a user who has done the first-run welcome."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from companion.app.companion_app import CompanionApp
from companion.services.clock import ScaledClock
from companion.store.paths import Paths
from tests.fakes import BERLIN


@pytest.fixture
def app(qtbot: object, paths: Paths) -> Iterator[CompanionApp]:
    paths.ensure()
    paths.settings_file.write_text('onboarding_done = true\ntimezone = "Europe/Berlin"\n')
    clock = ScaledClock(datetime(2026, 11, 24, 9, 30, tzinfo=BERLIN), 1.0)
    companion = CompanionApp(paths, clock=clock, tray_wait_ms=500)
    companion.start()
    yield companion
    companion.shut_down()
    for window in (companion.panel, *companion.checkin.dialogs.values()):
        window.hide()
