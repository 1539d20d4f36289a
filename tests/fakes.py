"""Test doubles shared across the suite (STYLE: shared fakes live in one place).

Tests fake the clock, never the system (DESIGN §3): `FakeClock` is the monotonic clock a
`companion.core.session.Session` takes, moved by hand. For the app's wall clock use the real
`companion.services.clock.ScaledClock` with a fixed start and `jump()`.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


class FakeClock:
    """A monotonic clock in seconds that the test moves by hand: set `now` or `advance()`."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
