"""Giving memory back once a closed window is really gone: a tray app runs for weeks."""

from __future__ import annotations

import contextlib
import gc
import linecache
from typing import Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtGui import QPixmapCache


class Deletable(Protocol):
    """A window (any QObject) as far as deleting it goes."""

    @property
    def destroyed(self) -> SignalInstance: ...

    def deleteLater(self) -> None: ...


def settle_start_up() -> None:
    """After start-up: drop the module sources PySide6 may have read (companion.app.source_lines
    stops the PySide6 we know from keeping them, ~8 MB; another might), collect start-up's
    garbage, and set what is left (modules, classes, the tray) aside from the collector, so a
    full collection in the evening scans only what came since, not the whole app: a pause of
    tens of ms could make a card late."""
    linecache.clearcache()
    gc.collect()
    gc.freeze()


def release_memory() -> None:
    """Collect the closed window's cycles and give glibc's free heap back to the system, so the
    tray does not keep a window's peak for weeks."""
    import ctypes  # here: only once a window has been closed, not at start-up

    # The style caches the pictures of buttons and frames by the window's palette; a closed
    # window's are never drawn again (each window has its own palette), and the cache would
    # keep up to 10 MB of them. An open window redraws its few on the next paint.
    QPixmapCache.clear()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError, TypeError):  # not glibc: macOS, Windows
        ctypes.CDLL(None).malloc_trim(0)


def delete_and_release(window: Deletable) -> None:
    """Have Qt delete `window` (not merely hide it) and, once it is gone, release the memory.

    The release waits for `destroyed` and then for one more turn of the event loop: only then
    have Python's wrappers of the window's children lost their last reference.
    """
    window.destroyed.connect(lambda: QTimer.singleShot(0, _release))
    window.deleteLater()


def _release() -> None:
    # `release_memory` looked up when it runs, not when connected: a test can watch it happen.
    release_memory()
