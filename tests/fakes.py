"""Test doubles shared across the suite (STYLE: shared fakes live in one place).

Tests fake the clock, never the system (DESIGN §3): `FakeClock` is the monotonic clock a
`companion.core.session.Session` takes, moved by hand. For the app's wall clock use the real
`companion.services.clock.ScaledClock` with a fixed start and `jump()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtDBus import QDBusConnection

from companion.core.away import IdleReading
from companion.core.settings import Settings
from companion.services.clock import ScaledClock
from companion.services.notifications import DesktopNotifier
from companion.store.journal_store import JournalStore
from companion.store.paths import Paths

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


class JournalHost:
    """Just what a journey asks of the app (`journeys.host.AppHost`), on a real journal in
    Berlin, its clock stopped at `now`; what it would tell the user is kept in `told`."""

    def __init__(
        self, paths: Paths, store: JournalStore, now: datetime, settings: Settings | None = None
    ) -> None:
        self.paths = paths
        self.clock = ScaledClock(now, 1.0)
        self.settings = settings or Settings()
        self.journal = store
        self.told: list[str] = []

    def zone(self) -> ZoneInfo:
        return BERLIN

    def tell(self, message: str) -> None:
        self.told.append(message)


class FakeClock:
    """A monotonic clock in seconds that the test moves by hand: set `now` or `advance()`."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeIdle:
    """An idle source the test sets: who is at the computer (`companion.services.idle`)."""

    def __init__(self, reading: IdleReading | None = None) -> None:
        self.reading = reading if reading is not None else IdleReading()
        self.reads = 0  # how often the app asked: never by day with nothing due

    def read(self) -> IdleReading:
        self.reads += 1
        return self.reading

    def leave(self) -> None:
        """The user walked away: no input for ten minutes."""
        self.reading = IdleReading(screen_saver=False, idle_for=timedelta(minutes=10))

    def come_back(self) -> None:
        self.reading = IdleReading(screen_saver=False, idle_for=timedelta(seconds=5))


class FakeFullScreen:
    """A full-screen probe the test sets (`companion.services.fullscreen`)."""

    def __init__(self, full_screen: bool | None = None) -> None:
        self.full_screen = full_screen
        self.reads = 0

    def is_full_screen(self) -> bool | None:
        self.reads += 1
        return self.full_screen


class RecordingNotifier(DesktopNotifier):
    """A notification server that records what it is sent; `press` answers on a notification."""

    def __init__(self) -> None:
        super().__init__(bus=QDBusConnection("no-bus"))  # never reaches a real server
        self.has_actions = True
        self.shown: list[tuple[str, bool]] = []  # (step kind, quiet)
        self.showing: set[str] = set()

    @property
    def available(self) -> bool:
        return False

    def notify(  # type: ignore[override]
        self,
        kind: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        persistent: bool = False,
        quiet: bool = False,
    ) -> bool:
        self.shown.append((kind, quiet))
        self.showing.add(kind)
        return True

    def withdraw(self, kind: str) -> None:
        self.showing.discard(kind)

    def press(self, kind: str, answer: str) -> None:
        self.showing.discard(kind)
        self.answered.emit(kind, answer)
