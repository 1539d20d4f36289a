"""What every journey asks of the running app: settings, the journal, the zone, the clock, and a
way to tell the user something. `app.CompanionApp` provides it; tests provide a small fake.

Journeys sit below the app (DESIGN §3), so they know the app only through this protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from companion.core.settings import Settings
    from companion.services.clock import Clock
    from companion.store.journal_store import JournalStore
    from companion.store.paths import Paths


class AppHost(Protocol):
    """The running app, as a journey sees it."""

    @property
    def paths(self) -> Paths: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def settings(self) -> Settings:
        """The settings in force now (they change when the user applies new ones)."""
        ...

    @property
    def journal(self) -> JournalStore:
        """The journal, opened on first use."""
        ...

    def zone(self) -> ZoneInfo:
        """The zone tonight's plan runs in."""
        ...

    def tell(self, message: str) -> None:
        """A message the user must see."""
        ...
