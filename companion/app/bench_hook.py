"""Bench-only commands (BEDTIME_COMPANION_BENCH=1): stats, close windows, answer prompts, jump.

Off unless the environment variable is set: then `install` returns None and the app is unchanged.
The benches in bench/ send these as ordinary forwarded commands through the instance socket:

  bench-stats {"out": PATH}    write JSON: QTimers alive, top-level widgets, visible windows,
                               the modules loaded (sys.modules), threads Python knows of
  bench-close                  close every visible window (as Escape/the close button would)
  bench-answer {"answer": A}   answer every prompt on screen with A (done/skipped/snoozed)
  bench-trim                   collect garbage and hand free heap back to the system (glibc),
                               to tell a leak from memory the allocator merely keeps
  bench-jump {"seconds": N}    move a fast clock on by N plan seconds, as a suspend would

With BEDTIME_COMPANION_BENCH_SCALE=S as well, the app runs on a fast clock (S plan seconds per
real second) that starts one plan minute before tonight's first step, as the demo's does.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from companion.services.clock import ScaledClock

if TYPE_CHECKING:
    from companion.app.companion_app import CompanionApp

BENCH_ENV = "BEDTIME_COMPANION_BENCH"
SCALE_ENV = "BEDTIME_COMPANION_BENCH_SCALE"


def install(companion: CompanionApp) -> BenchHook | None:
    """A hook for the benches when BEDTIME_COMPANION_BENCH=1, else None."""
    if os.environ.get(BENCH_ENV) != "1":
        return None
    if scale := os.environ.get(SCALE_ENV):
        from companion.app.demo import LEAD_IN
        from companion.core.plan import plan_for_night, which_night

        zone = companion.zone()
        now = datetime.now().astimezone(zone)
        plan = plan_for_night(which_night(now, zone), companion.settings, zone)
        companion.clock = ScaledClock(plan.steps[0].at - LEAD_IN, float(scale))
    return BenchHook(companion)


class BenchHook(QObject):
    """Answers bench-* commands; everything else goes on to the app as usual."""

    def __init__(self, companion: CompanionApp) -> None:
        super().__init__(companion)
        self.companion = companion

    def handle(self, command: str, options: dict[str, Any]) -> None:
        handlers = {
            "bench-stats": self.stats,
            "bench-close": self.close_windows,
            "bench-answer": self.answer,
            "bench-jump": self.jump,
            "bench-trim": self.trim,
        }
        handler = handlers.get(command)
        if handler is None:
            self.companion.handle_command(command, options)
        else:
            handler(options)

    def stats(self, options: dict[str, Any]) -> None:
        gc.collect()
        timers = [o for o in gc.get_objects() if isinstance(o, QTimer)]
        app = QApplication.instance()
        timers += [t for t in app.findChildren(QTimer) if t not in timers] if app else []
        widgets = QApplication.topLevelWidgets()
        stats = {
            "qtimers": len(timers),
            "qtimers_active": sum(1 for t in timers if t.isActive()),
            "top_level_widgets": len(widgets),
            "visible_windows": sorted(w.windowTitle() for w in widgets if w.isVisible()),
            "python_threads": threading.active_count(),
            "modules": sorted(sys.modules),
            "now": self.companion.clock.now().isoformat(),
        }
        with open(str(options["out"]), "w", encoding="utf-8") as out:
            json.dump(stats, out)

    def close_windows(self, _options: dict[str, Any]) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow():
                widget.close()

    def answer(self, options: dict[str, Any]) -> None:
        tonight = self.companion.tonight
        if tonight is not None:
            for kind in list(tonight.prompts):
                tonight.answer(kind, str(options.get("answer", "done")))

    def jump(self, options: dict[str, Any]) -> None:
        clock = self.companion.clock
        if isinstance(clock, ScaledClock):
            clock.jump(timedelta(seconds=float(options["seconds"])))
            if self.companion.tonight is not None:
                self.companion.tonight.scheduler.on_resumed()

    def trim(self, _options: dict[str, Any]) -> None:
        import ctypes
        import ctypes.util

        gc.collect()
        if libc := ctypes.util.find_library("c"):
            ctypes.CDLL(libc).malloc_trim(0)
