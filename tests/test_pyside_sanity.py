"""Guards against a Qt binding that cannot run a tray app for weeks."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ticked = Signal()
    said = Signal(str)


def test_signal_emits_do_not_leak_references(qapp):
    # PySide6 6.12.0 dropped a reference to True on every emit from Python, so a long-running
    # app (a tick a second while stretching) aborted with "bool_dealloc" within minutes.
    emitter = _Emitter()
    emitter.ticked.connect(lambda: None)
    emitter.said.connect(lambda _text: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ticked.emit()
        emitter.said.emit("x")
    assert abs(sys.getrefcount(True) - before) < 20
