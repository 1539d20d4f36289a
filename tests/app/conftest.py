"""The running app, offscreen, for a user who has done the first-run welcome."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from companion.app.companion_app import CompanionApp
from companion.services.clock import ScaledClock
from companion.store.paths import Paths
from tests.fakes import BERLIN

SET_UP = 'onboarding_done = true\ntimezone = "Europe/Berlin"\n'
MORNING = datetime(2026, 11, 24, 9, 30, tzinfo=BERLIN)


def started_app(
    paths: Paths,
    settings_text: str | None = SET_UP,
    *,
    at: datetime = MORNING,
    tray_wait_ms: int = 100,
    windows_apart: bool = False,
) -> CompanionApp:
    """The app started on `paths` with this settings file (None: none yet), its clock at `at`."""
    paths.ensure()
    if settings_text is not None:
        paths.settings_file.write_text(settings_text)
    companion = CompanionApp(
        paths, clock=ScaledClock(at, 1.0), tray_wait_ms=tray_wait_ms, windows_apart=windows_apart
    )
    companion.start()
    return companion


@pytest.fixture
def app(qtbot: object, paths: Paths) -> Iterator[CompanionApp]:
    companion = started_app(paths, tray_wait_ms=500)
    yield companion
    companion.shut_down()
    for window in (companion.panel, *companion.checkin.dialogs.values()):
        window.hide()
