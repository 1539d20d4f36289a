"""What the guided-session journeys (stretches, breathing) share: one window at a time, a running
session raised rather than doubled, a finished one (showing its summary) replaced by a new one,
and the window let go only when the user closes it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance

from companion.journeys.host import AppHost
from companion.services.memory import delete_and_release
from companion.ui.present import Presentable, present


class StepSettler(Protocol):
    """Tonight's reminders (`journeys.reminders.Tonight`), or their stand-in in a window's own
    process, as far as a finished session goes."""

    def settle_after_session(self, kind: str, answer: str) -> None: ...


class SessionWindow(Presentable, Protocol):
    """The part of a session window its journey drives."""

    @property
    def finished(self) -> SignalInstance: ...  # with the session's summary, as it ends

    @property
    def closed(self) -> SignalInstance: ...  # the user closed the window

    @property
    def summary(self) -> object | None: ...  # None while the session runs

    def start(self) -> None: ...

    def close(self) -> bool: ...

    def deleteLater(self) -> None: ...  # noqa: N802 (Qt's name)

    @property
    def destroyed(self) -> SignalInstance: ...  # Qt's: the window is really gone


class GuidedSessionJourney(QObject):
    """The window bookkeeping; a subclass builds its window and records the session's end."""

    def __init__(
        self,
        host: AppHost,
        reminders: Callable[[], StepSettler | None] = lambda: None,
        parent: QObject | None = None,
        *,
        session_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`session_clock`: the monotonic clock the sessions run on (a test fakes it)."""
        super().__init__(parent)
        self.host = host
        self.reminders = reminders  # tonight's reminders, once they run
        self._session_clock = session_clock
        self.window: SessionWindow | None = None

    def _start(self, build: Callable[[], SessionWindow]) -> bool:
        """Raise the running session, or start a new one from `build`; whether one started."""
        if self.window is not None and self.window.summary is None:
            present(self.window)
            return False
        if self.window is not None:  # the last session's summary: a new session replaces it
            self.window.close()
        window = build()
        window.finished.connect(self.finished)
        window.closed.connect(lambda: self._forget(window))
        self.window = window
        present(window)
        window.start()
        return True

    def finished(self, summary: Any) -> None:  # each journey's own summary type
        """Record the session that just ended (the window stays open on its summary)."""
        raise NotImplementedError

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _forget(self, window: SessionWindow) -> None:
        """The user closed the window (its summary, or part-way: then `finished` came first)."""
        if self.window is window:
            self.window = None
        delete_and_release(window)
