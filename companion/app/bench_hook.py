"""Bench-only commands (BEDTIME_COMPANION_BENCH=1): stats, close windows, answer prompts, jump.

Off unless the environment variable is set: then `install` returns None and the app is unchanged.
The benches in bench/ send these as ordinary forwarded commands through the instance socket:

  bench-idle {"out": PATH}     write JSON without touching a widget: reminders running (or
                               waiting for their night), the modules loaded, the QtWidgets
                               classes PySide6 has built
  bench-stats {"out": PATH}    write JSON: QTimers alive, Qt's top-level windows, visible ones,
                               the modules loaded (sys.modules), threads Python knows of
  bench-close                  close every visible window (as Escape/the close button would)
  bench-answer {"answer": A}   answer every prompt on screen with A (done/skipped/snoozed)
  bench-trim                   collect garbage and hand free heap back to the system (glibc),
                               to tell a leak from memory the allocator merely keeps
  bench-objects {"out": PATH}  write JSON, to find what grows night by night: live Python
                               objects and the types that grew most since the last ask, widgets,
                               the Python allocator's blocks and glibc's heap (bytes in use, and
                               free but kept: a leak grows the first, fragmentation the second)
  bench-jump {"seconds": N}    move a fast clock on by N plan seconds, as a suspend would
  bench-prompts {"out": PATH}  write JSON, cheaply (no garbage collection): the clock's now,
                               whether the reminders run yet, and each prompt since the last
                               ask: its step, due time, when the scheduler's timer fired and
                               when the card was up (plan time, ISO); the visible windows

No command lists QApplication's widgets (bench-objects excepted): that hands PySide6 the X11 tray
icon's widget, of a class private to Qt, and PySide6 then builds every QtWidgets class to place
it (~2.5 MB the benches would measure as the app's own). Qt's windows are listed instead.

With BEDTIME_COMPANION_BENCH_SCALE=S as well, the app runs on a fast clock (S plan seconds per
real second) that starts half a plan hour before tonight's first step (another lead, in plan
minutes: BEDTIME_COMPANION_BENCH_LEAD_MIN): far enough that no step comes due during start-up at
any scale the benches use (the reminders start REMINDERS_AFTER_MS after the icon), so a soak
measures prompts, not the start-up delay. The bench jumps the clock on once `reminders` says
they run.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion import BENCH_ENV as BENCH_ENV
from companion.journeys.evening_wait import EveningWait
from companion.services.clock import ScaledClock

if TYPE_CHECKING:
    from companion.app.companion_app import CompanionApp
    from companion.core.reminders import StepState
    from companion.journeys.reminders import Tonight

WINDOWS_HERE_ENV = "BEDTIME_COMPANION_BENCH_WINDOWS_HERE"
SCALE_ENV = "BEDTIME_COMPANION_BENCH_SCALE"
START_LEAD = timedelta(minutes=30)  # plan time between the fast clock's start and the first step
LEAD_ENV = "BEDTIME_COMPANION_BENCH_LEAD_MIN"  # another lead, in plan minutes (tests/e2e)
OBJECT_TYPES_SHOWN = 12  # bench-objects: the types that grew most since the last ask


def install(companion: CompanionApp) -> BenchHook | None:
    """A hook for the benches when BEDTIME_COMPANION_BENCH=1, else None."""
    if os.environ.get(BENCH_ENV) != "1":
        return None
    if os.environ.get(WINDOWS_HERE_ENV) == "1":  # bench_windows --here: the one-process way
        companion.windows_apart = False
    if scale := os.environ.get(SCALE_ENV):
        from companion.core.plan import plan_for_night, which_night

        zone = companion.zone()
        now = datetime.now().astimezone(zone)
        plan = plan_for_night(which_night(now, zone), companion.settings, zone)
        lead = timedelta(minutes=float(os.environ.get(LEAD_ENV, START_LEAD.total_seconds() / 60)))
        companion.clock = ScaledClock(plan.steps[0].at - lead, float(scale))
    return BenchHook(companion)


class BenchHook(QObject):
    """Answers bench-* commands; everything else goes on to the app as usual."""

    def __init__(self, companion: CompanionApp) -> None:
        super().__init__(companion)
        self.companion = companion
        self.prompts: list[dict[str, str | None]] = []  # drained by each bench-prompts
        self._types: Counter[str] = Counter()  # live Python objects by type, at the last ask
        self._fired_at: datetime | None = None  # the scheduler's timer, last time it went off
        companion.reminders_started.connect(self._watch)

    def _watch(self, tonight: Tonight) -> None:
        scheduler = tonight.scheduler
        # The job's signal leaves APScheduler's worker thread the moment its timer fires; a
        # direct connection stamps that moment before the queued re-plan runs on the GUI thread.
        scheduler._job_fired.connect(self._fired, Qt.ConnectionType.DirectConnection)
        # Connected after the journey's own slot, so this runs once the card is up.
        scheduler.prompt_due.connect(self._shown)

    def _fired(self) -> None:
        self._fired_at = self.companion.clock.now()

    def _shown(self, state: StepState) -> None:
        fired, self._fired_at = self._fired_at, None  # None: shown by a re-plan, not the timer
        self.prompts.append(
            {
                "step": state.step.kind,
                "due": state.due_at.isoformat(),
                "fired": fired.isoformat() if fired else None,
                "shown": self.companion.clock.now().isoformat(),
            }
        )

    def handle(self, command: str, options: dict[str, Any]) -> None:
        handlers = {
            "bench-idle": self.idle,
            "bench-stats": self.stats,
            "bench-close": self.close_windows,
            "bench-answer": self.answer,
            "bench-jump": self.jump,
            "bench-trim": self.trim,
            "bench-prompts": self.report_prompts,
            "bench-objects": self.objects,
        }
        handler = handlers.get(command)
        if handler is None:
            self.companion.handle_command(command, options)
        else:
            handler(options)

    def idle(self, options: dict[str, Any]) -> None:
        widgets = vars(sys.modules["PySide6.QtWidgets"])
        report = {
            "reminders": self.companion.tonight is not None,
            # start-up is over: the reminders run, or wait for their night (by day)
            "started": self.companion.pause_action is not None,
            "modules": sorted(sys.modules),
            "widget_classes": sorted(k for k, v in widgets.items() if isinstance(v, type)),
        }
        _write(options["out"], report)

    def stats(self, options: dict[str, Any]) -> None:
        gc.collect()
        timers = [o for o in gc.get_objects() if isinstance(o, QTimer)]
        app = QApplication.instance()
        timers += [t for t in app.findChildren(QTimer) if t not in timers] if app else []
        stats = {
            "qtimers": len(timers),
            "qtimers_active": sum(1 for t in timers if t.isActive()),
            "top_level_windows": len(QGuiApplication.topLevelWindows()),
            "visible_windows": self._visible_windows(),
            "python_threads": threading.active_count(),
            "modules": sorted(sys.modules),
            "now": self.companion.clock.now().isoformat(),
        }
        _write(options["out"], stats)

    def objects(self, options: dict[str, Any]) -> None:
        gc.collect()
        types = Counter(type(o).__qualname__ for o in gc.get_objects())
        growth = types - self._types  # only the types that grew since the last ask
        self._types = types
        report = {
            "objects": types.total(),
            "growing": dict(growth.most_common(OBJECT_TYPES_SHOWN)),
            # Not QApplication.findChildren: its wrappers stay owned by the application's, so
            # asking that would itself leave a few behind each night.
            "widgets": len(QApplication.allWidgets()),
            "top_level_widgets": len(QApplication.topLevelWidgets()),
            "python_blocks": sys.getallocatedblocks(),
            "heap": _heap(),
        }
        _write(options["out"], report)

    def report_prompts(self, options: dict[str, Any]) -> None:
        prompts, self.prompts = self.prompts, []
        report = {
            "now": self.companion.clock.now().isoformat(),
            "reminders": self.companion.tonight is not None,
            "prompts": prompts,
            "visible_windows": self._visible_windows(),
        }
        _write(options["out"], report)

    def close_windows(self, _options: dict[str, Any]) -> None:
        for window in QGuiApplication.topLevelWindows():
            if window.isVisible():
                window.close()  # a widget's window: as its close button would
        if self.companion.apart_started is not None:
            self.companion.apart_started.close_all()

    def _visible_windows(self) -> list[str]:
        """Ours and those of the windows' own processes (as they last reported)."""
        started = self.companion.apart_started
        apart = started.titles() if started is not None else []
        ours = [w.title() for w in QGuiApplication.topLevelWindows() if w.isVisible()]
        return sorted(ours + apart)

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
            elif (wait := self.companion.findChild(EveningWait)) is not None:
                wait.resume.resumed.emit()  # by day the reminders wait: as a resume would tell

    def trim(self, _options: dict[str, Any]) -> None:
        import ctypes.util

        gc.collect()
        if libc := ctypes.util.find_library("c"):
            ctypes.CDLL(libc).malloc_trim(0)


def _write(path: object, report: dict[str, Any]) -> None:
    # json and ctypes load with the first bench command, so the idle tray measured is the
    # user's (tests/app/test_idle_tray.py)
    import json

    with open(str(path), "w", encoding="utf-8") as out:
        json.dump(report, out)


def _heap() -> dict[str, int]:
    """glibc's heap: bytes in use and bytes free but kept (fragmentation), or {} elsewhere."""
    import ctypes.util

    class _MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
            "fordblks", "keepcost")]  # fmt: skip

    libc = ctypes.util.find_library("c")
    if not libc or not hasattr(ctypes.CDLL(libc), "mallinfo2"):
        return {}
    mallinfo2 = ctypes.CDLL(libc).mallinfo2
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return {"in_use": info.uordblks + info.hblkhd, "free": info.fordblks, "arena": info.arena}
