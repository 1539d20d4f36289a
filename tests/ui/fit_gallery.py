"""PNGs of the check-in, journal and setup windows as they open on the screen in effect, in the
day and the evening palette: `python -m tests.ui.fit_gallery OUT [SUFFIX]` (set QT_QPA_PLATFORM
to `tests.ui.fit.screen_config(...)` and QT_SCALE_FACTOR for the screen to picture)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from companion.ui.theme import palette
from tests.ui.fit import cut_texts
from tests.ui.fit_windows import WINDOWS


def main(folder: Path, suffix: str) -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    for theme in ("day", "evening"):
        app.setPalette(palette(theme == "evening"))
        for name, make in WINDOWS.items():
            window, _buttons = make()
            window.show()
            app.processEvents()
            frame = window.frameGeometry().getRect()
            print(name, theme, suffix, "frame", frame, "cut", cut_texts(window))
            window.grab().save(str(folder / f"{name}-{theme}-{suffix}.png"))
            window.close()
            window.deleteLater()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "100")
