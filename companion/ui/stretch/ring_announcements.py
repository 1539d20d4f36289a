"""What the countdown ring tells a screen reader, and when: at phase changes, 10 s and 3-2-1.

The ring keeps one accessible name ("Time left"); the phase and the time left are its
description, kept current every second for a screen reader that asks, and said aloud only at
the moments a person on the floor needs them. A phase change is said with the first second
of the new phase (the timer's tick), never with the last second of the old one.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from companion.core.words import translate
from companion.ui.stretch.countdown_ring import CountdownRing
from companion.ui.stretch.texts import clock_text

TEN_SECONDS = 10
FINAL_COUNT = (3, 2, 1)


class RingAnnouncements:
    """Describes the ring each second and announces the moments that matter."""

    def __init__(self, ring: CountdownRing) -> None:
        self._ring = ring
        self._phase_is_new = True

    def phase_changed(self) -> None:
        """A new phase or hold: its caption is on the ring; the time comes with the next tick."""
        self._phase_is_new = True
        self._ring.describe(self._ring.caption)

    def pause_changed(self, seconds: int) -> None:
        """Paused or going on: said at once, with the time the ring stands at."""
        self._ring.announce(self._describe(seconds))

    def tick(self, seconds: int) -> None:
        status = self._describe(seconds)
        if self._phase_is_new:
            self._phase_is_new = False
            self._ring.announce(status)
        elif seconds == TEN_SECONDS:
            self._ring.announce(translate("Stretch", "%n seconds left", None, seconds))
        elif seconds in FINAL_COUNT:
            self._ring.announce(QLocale().toString(seconds))

    def _describe(self, seconds: int) -> str:
        status = translate("Stretch", "{phase}: {time} left").format(
            phase=self._ring.caption, time=clock_text(seconds)
        )
        self._ring.describe(status)
        return status
