"""The yardsticks: the smallest PySide6 tray app, and (`--scheduler`) that app with APScheduler.

    python bench/bare_tray.py               # an icon, a menu with Quit, nothing else
    python bench/bare_tray.py --scheduler   # the same, plus a started QtScheduler with one
                                            # date job armed: the stack's memory floor (DESIGN §5)

The scheduler floor configures APScheduler as companion.services.scheduler does (UTC, coalesce,
the default thread-pool executor, one persistent QTimer for the wake-up), so the difference
between the app and this floor is the app's own cost.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def arm_scheduler() -> Any:
    """A started QtScheduler with one date job an hour ahead (loaded after the icon, as the app
    loads its scheduler after the icon)."""
    from apscheduler.schedulers.qt import QtScheduler
    from PySide6.QtCore import Qt, QTimer

    class OwnedTimerQtScheduler(QtScheduler):  # type: ignore[misc]
        def __init__(self, **options: Any) -> None:
            self._own_timer = QTimer()
            self._own_timer.setSingleShot(True)
            self._own_timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._own_timer.timeout.connect(self._process_jobs)
            super().__init__(**options)

        def _start_timer(self, wait_seconds: float | None) -> None:
            self._own_timer.stop()
            if wait_seconds is not None:
                self._own_timer.start(min(max(0, int(wait_seconds * 1000)), 2**31 - 1))

        def _stop_timer(self) -> None:
            self._own_timer.stop()

    scheduler = OwnedTimerQtScheduler(
        timezone=UTC, job_defaults={"coalesce": True, "misfire_grace_time": None}
    )
    scheduler.start()
    scheduler.add_job(
        lambda: None, "date", run_date=datetime.now(UTC) + timedelta(hours=1), id="next-step"
    )
    return scheduler


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#445"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    quit_action = QAction("Quit", menu)
    quit_action.triggered.connect(app.quit)
    menu.addAction(quit_action)
    tray.setContextMenu(menu)
    tray.show()
    held: list[Any] = []
    if "--scheduler" in sys.argv[1:]:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(300, lambda: held.append(arm_scheduler()))  # as the app: after the icon
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
