"""The app's sense of time. Real by default; compressed for the demo and for tests."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


class Clock:
    """Wall-clock now, and how many real seconds lie between now and a plan moment."""

    scale: float = 1.0  # plan seconds per real second

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def real_seconds_until(self, moment: datetime) -> float:
        return max(0.0, (moment - self.now()).total_seconds() / self.scale)


class ScaledClock(Clock):
    """Plan time running `scale` times faster than real time from `start` (the demo: 60×)."""

    def __init__(self, start: datetime, scale: float) -> None:
        if start.tzinfo is None:
            raise ValueError("ScaledClock needs an aware start")
        self.scale = scale
        self._start = start
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        elapsed = time.monotonic() - self._t0
        return (self._start + timedelta(seconds=elapsed * self.scale)).astimezone(UTC)

    def jump(self, delta: timedelta) -> None:
        """Move the wall clock as a suspend or a manual clock change would (tests)."""
        self._start += delta

    def monotonic(self) -> float:
        # The gap check compares wall and monotonic time in the same (plan) units.
        return (time.monotonic() - self._t0) * self.scale
