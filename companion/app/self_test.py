"""`bedtime-companion --self-test`: prove that this install (checkout, wheel or bundle) is whole.

Loads every shipped resource, opens a journal in a throw-away folder, builds tonight's plan,
makes sure APScheduler can find its plug-ins, and creates every window offscreen. Nothing touches
the user's own files or screen. Prints one line per failure and returns 1, or returns 0.

It exists mostly for the PyInstaller bundle: a missing Qt plug-in, package metadata or resource
file only shows up when the frozen app runs, so CI runs this inside the bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from companion.app import install_checks
from companion.app.install_checks import describe
from companion.app.window_checks import check_windows
from companion.core.words import QT_TRANSLATE_NOOP, translate

PROG = "bedtime-companion"
# A headless check must never open a window on the user's desktop, nor need a display at all.
PLATFORM = "offscreen"


def run_self_test(out: Any = None) -> int:
    """Run every check; 0 when all pass, else 1 after one line per failure on `out` (stderr)."""
    stream = out if out is not None else sys.stderr
    os.environ["QT_QPA_PLATFORM"] = PLATFORM
    failures: list[str] = []
    qt_messages, restore_handler = _capture_qt_messages()
    try:
        return _run_checks(failures, qt_messages, stream)
    finally:
        restore_handler()


def _run_checks(failures: list[str], qt_messages: list[str], stream: Any) -> int:
    app = _application(failures)
    if app is None:
        _report(failures, qt_messages, stream)
        return 1
    with tempfile.TemporaryDirectory(prefix="bedtime-companion-self-test-") as scratch:
        for name, check in _checks(Path(scratch)):
            try:
                check()
            except Exception as exc:  # every failure is reported, none stops the others
                failures.append(
                    translate("SelfTest", "{check}: {problem}").format(
                        check=translate("SelfTest", name), problem=describe(exc)
                    )
                )
            _close_windows()
    _report(failures, qt_messages, stream)
    return 1 if failures else 0


def _report(failures: list[str], qt_messages: list[str], stream: Any) -> None:
    if not failures:
        print(translate("SelfTest", "{prog} self-test: all checks passed").format(prog=PROG))
        return
    for line in failures:
        print(
            translate("SelfTest", "{prog} self-test: {line}").format(prog=PROG, line=line),
            file=stream,
        )
    # Qt's own words often name the missing plug-in or library; show them only when useful.
    for message in dict.fromkeys(qt_messages):
        print(
            translate("SelfTest", "{prog} self-test: (Qt) {message}").format(
                prog=PROG, message=message
            ),
            file=stream,
        )


def _capture_qt_messages() -> tuple[list[str], Callable[[], None]]:
    """Keep Qt's log lines instead of printing them: offscreen windows make harmless noise.

    Returns the list they go to and a function that puts the previous handler back (pytest-qt
    has its own while tests run)."""
    messages: list[str] = []
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:
        return messages, lambda: None

    def keep(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "does not support" not in text:
            messages.append(text)

    previous = qInstallMessageHandler(keep)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return messages, restore


def _application(failures: list[str]) -> Any:
    """The running QApplication (tests) or a new offscreen one; None if Qt cannot start."""
    try:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        failures.append(translate("SelfTest", "Qt widgets: {problem}").format(problem=exc))
        return None
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else PROG])
    if QGuiApplication.platformName() != PLATFORM:
        # A QApplication made before us on a real display: windows would flash up; refuse.
        name = QGuiApplication.platformName()
        failures.append(
            translate("SelfTest", "Qt platform: running on {name}, not {wanted}").format(
                name=repr(name), wanted=repr(PLATFORM)
            )
        )
        return None
    return app


def _checks(scratch: Path) -> list[tuple[str, Callable[[], None]]]:
    return [
        (QT_TRANSLATE_NOOP("SelfTest", "resources"), install_checks.check_resource_root),
        (QT_TRANSLATE_NOOP("SelfTest", "icons"), install_checks.check_icons),
        (QT_TRANSLATE_NOOP("SelfTest", "stretch illustrations"), install_checks.check_stretches),
        (QT_TRANSLATE_NOOP("SelfTest", "sounds"), install_checks.check_sounds),
        (QT_TRANSLATE_NOOP("SelfTest", "languages"), install_checks.check_translations),
        (QT_TRANSLATE_NOOP("SelfTest", "speech"), install_checks.check_speech),
        (
            QT_TRANSLATE_NOOP("SelfTest", "journal"),
            lambda: install_checks.check_journal(scratch / "journal"),
        ),
        (QT_TRANSLATE_NOOP("SelfTest", "tonight's plan"), install_checks.check_plan),
        (QT_TRANSLATE_NOOP("SelfTest", "scheduler"), install_checks.check_scheduler),
        (
            QT_TRANSLATE_NOOP("SelfTest", "single instance"),
            lambda: install_checks.check_local_server(scratch / "instance"),
        ),
        (QT_TRANSLATE_NOOP("SelfTest", "windows"), lambda: check_windows(scratch / "windows")),
    ]


def _close_windows() -> None:
    """Close and delete every top-level window a check left behind, before the next check."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    sys.exit(run_self_test())
