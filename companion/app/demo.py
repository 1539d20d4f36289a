"""`--demo`: a whole evening in a few minutes (1 plan minute = 1 s) on a throw-away data dir."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from companion.core.plan import plan_for_night, which_night
from companion.core.settings import Settings
from companion.core.words import QT_TRANSLATE_NOOP
from companion.integration.system_zone import effective_zone
from companion.services.clock import ScaledClock

if TYPE_CHECKING:
    from companion.journeys.reminders import Tonight
    from companion.services.scheduler import StepScheduler

SCALE_ENV = "BEDTIME_COMPANION_DEMO_SCALE"  # tests run the demo faster still
DEFAULT_SCALE = 60.0
LEAD_IN = timedelta(minutes=1)  # plan time before the first prompt
BANNER = QT_TRANSLATE_NOOP(
    "App",
    "Demo: tonight's routine runs at sixty times normal speed, so each reminder appears within "
    "a few minutes. Nothing you do here is kept.",
)


def demo_settings() -> Settings:
    return Settings(onboarding_done=True)


def demo_clock(settings: Settings, real_now: datetime) -> ScaledClock:
    """Plan time starting just before tonight's first step."""
    zone = effective_zone(settings)
    plan = plan_for_night(which_night(real_now.astimezone(zone), zone), settings, zone)
    scale = float(os.environ.get(SCALE_ENV) or DEFAULT_SCALE)
    return ScaledClock(plan.steps[0].at - LEAD_IN, scale)


class NightSkipper(QObject):
    """Once lights-out is settled, jump the demo clock to just before the morning check-in."""

    def __init__(self, clock: ScaledClock, settings: Settings) -> None:
        super().__init__()
        self.clock = clock
        self.settings = settings
        self.scheduler: StepScheduler | None = None
        self.done = False

    def watch(self, tonight: Tonight) -> None:
        self.scheduler = tonight.scheduler
        self.scheduler.status_changed.connect(self.check)

    def check(self, _status: str) -> None:
        # Asked of the scheduler's states, not of the status line: that is in the user's words.
        if self.done or self.scheduler is None or self.scheduler.is_paused:
            return
        pending = [s for s in self.scheduler.states() if s.is_pending]
        if not pending:
            return
        shown = [s for s in pending if s.should_show]  # the tray names what is on screen first
        upcoming = shown[-1] if shown else min(pending, key=lambda s: s.due_at)
        if upcoming.step.kind != "checkin":
            return
        zone = effective_zone(self.settings)
        now = self.clock.now()
        plan = plan_for_night(which_night(now.astimezone(zone), zone), self.settings, zone)
        checkin = plan.step("checkin")
        if checkin is None or checkin.at - now <= LEAD_IN:
            return
        self.done = True
        self.clock.jump(checkin.at - now - LEAD_IN)
        if self.scheduler is not None:
            self.scheduler.on_resumed()
