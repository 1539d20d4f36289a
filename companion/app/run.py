"""Process start-up: one copy per data folder, the QApplication, clean exit on SIGTERM/SIGINT,
and the order the first moments run in (the tray icon first, DESIGN §5)."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from companion import BENCH_ENV
from companion.app.companion_app import (
    AUTOSTART_TRAY_WAIT_MS,
    REMINDERS_AFTER_MS,
    TRAY_WAIT_MS,
    CompanionApp,
)
from companion.app.qt_app import TerminationSignals, make_qt_app
from companion.core.words import translate
from companion.render import icons

if TYPE_CHECKING:
    from companion.store.paths import Paths


def run_gui(
    *,
    data_dir: str | None,
    command: str,
    options: dict[str, Any],
    demo: bool = False,
    autostart: bool = False,
) -> int:
    """Start the app, or hand `command` to the one already running for this data dir."""
    from companion.store.paths import resolve_paths

    if demo:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="bedtime-companion-demo-") as scratch:
            return _run(resolve_paths(scratch), command, options, demo=True)
    return _run(resolve_paths(data_dir), command, options, demo=False, autostart=autostart)


def _run(
    paths: Paths, command: str, options: dict[str, Any], *, demo: bool, autostart: bool = False
) -> int:
    from companion.services.instance import SingleInstance

    paths.ensure()
    instance = SingleInstance(paths.state_dir, paths.data_dir)
    if not instance.claim():
        if instance.forward(command, _plain(options)):
            return 0
        print(
            translate(
                "App",
                "bedtime-companion: another copy is running but did not answer; "
                "if it is stuck, end it and start again.",
            ),
            file=sys.stderr,
        )
        return 1
    app = make_qt_app()
    app.setQuitOnLastWindowClosed(False)  # the tray keeps running with no window open
    if demo:
        from companion.app.demo import NightSkipper, demo_clock, demo_settings

        settings = demo_settings()
        clock = demo_clock(settings, datetime.now().astimezone())
        companion = CompanionApp(paths, clock=clock, settings=settings, windows_apart=True)
        skipper = NightSkipper(clock, settings)
        companion.reminders_started.connect(skipper.watch)
        command = "show"
    else:
        # At login the desktop may bring its tray up well after us.
        wait = AUTOSTART_TRAY_WAIT_MS if autostart else TRAY_WAIT_MS
        # Each window in a process of its own: what it loads goes when it closes (DESIGN §5).
        companion = CompanionApp(paths, tray_wait_ms=wait, windows_apart=True)
    # Caught before the icon (a host may dock it at once, and a logout then must end the app
    # cleanly, not kill it), read by the event loop from just after it (qt_app.py says why).
    signals = TerminationSignals()
    companion.show_tray()
    signals.watch(app)
    app.setWindowIcon(icons.app_icon())  # for windows, which all open after this

    def finish_start() -> None:
        # In the event loop, so the icon's dock request has gone out to the tray host first. A
        # second launch meanwhile waits for the server (SingleInstance.forward retries).
        if demo:
            from companion.app.demo import BANNER

            companion.panel.set_banner(translate("App", BANNER))

        hook = None
        if os.environ.get(BENCH_ENV) == "1":  # bench/ measures the app: a user's never loads it
            from companion.app.bench_hook import install as install_bench_hook

            hook = install_bench_hook(companion)
        try:
            instance.serve()
            instance.command_received.connect(hook.handle if hook else companion.handle_command)
        except OSError as exc:
            # The reminders matter more than reaching this copy from a second launch.
            companion.startup_problems.append(
                translate(
                    "App",
                    "Bedtime Companion could not open its command socket ({reason}), so "
                    "starting it again will not reach this copy. Your reminders carry on.",
                ).format(reason=exc)
            )
        companion.start(command, _plain(options), reminders_after_ms=REMINDERS_AFTER_MS)
        if demo:
            companion.show_panel()

    QTimer.singleShot(0, finish_start)
    code = app.exec()
    companion.shut_down()
    instance.release()
    signals.close()
    return code


def _plain(options: dict[str, Any]) -> dict[str, Any]:
    """Only JSON-friendly option values travel to the running instance."""
    return {k: v for k, v in options.items() if isinstance(v, str | int | float | bool | None)}
