"""Every check-in, journal and setup window, in every state, fits a 1280×720 screen below a
32 px panel at 100 % and at 200 % (2560×1440), keeps its buttons in view and cuts no text.

The windows open in a child process whose offscreen screen is exactly that free area (the
test suite's own offscreen screen is 800×800), once plainly and once with QT_SCALE_FACTOR=2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from tests.ui.fit import SCREEN_AREA, cut_texts, frame_problems, hidden_buttons, screen_config
from tests.ui.fit_windows import WINDOWS, welcome

CHILD = os.environ.get("FIT_CHILD_AREA")  # "x,y,w,h" inside the child process
in_child = pytest.mark.skipif(CHILD is None, reason="runs in the child process of the fit test")
in_parent = pytest.mark.skipif(CHILD is not None, reason="starts the child process")
# 1600×1000 at 200 % below a 32 px panel, in device-independent pixels.
SMALL_HIDPI_AREA = QRect(0, 16, 800, 484)


def _child_area() -> QRect:
    assert CHILD is not None
    return QRect(*(int(n) for n in CHILD.split(",")))


@in_child
@pytest.mark.parametrize("name", list(WINDOWS))
def test_window_fits_and_cuts_no_text(qtbot, name):
    window, buttons = WINDOWS[name]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area = _child_area()
    assert frame_problems(window, area) == []
    assert hidden_buttons(window, buttons) == []
    assert cut_texts(window) == []


@in_child
def test_unfolding_the_check_in_stays_on_the_screen(qtbot):
    window, buttons = WINDOWS["checkin-short"]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.details_button.click()
    # The unfolded part is laid out on the next pass of the event loop, as on a real screen.
    qtbot.waitUntil(lambda: window.details.height() >= window.details.minimumSizeHint().height())
    qtbot.waitUntil(lambda: cut_texts(window) == [], timeout=1000)
    assert frame_problems(window, _child_area()) == []
    assert hidden_buttons(window, buttons) == []


def _run_child(tmp_path: Path, area: QRect, scale: int, *tests: str) -> None:
    env = os.environ | {
        "QT_QPA_PLATFORM": screen_config(tmp_path, area, scale),
        "QT_SCALE_FACTOR": str(scale),
        "FIT_CHILD_AREA": ",".join(str(n) for n in area.getRect()),
    }
    # --noconftest: the suite's conftest would put the child back on the 800×800 screen.
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--noconftest"]
    result = subprocess.run(
        [*command, *tests], env=env, capture_output=True, text=True, timeout=110, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@in_parent
@pytest.mark.parametrize("scale", [1, 2])
def test_every_window_fits_a_1280x720_screen(tmp_path, scale):
    _run_child(tmp_path, SCREEN_AREA, scale, __file__)


@in_child
def test_welcome_keeps_its_time_fields_whole(qtbot):
    window, buttons = welcome()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for edit in (window.bedtime_edit, window.wake_edit):
        assert edit.size() == edit.sizeHint()
    assert frame_problems(window, _child_area()) == []
    assert hidden_buttons(window, buttons) == []


@in_parent
def test_welcome_on_1600x1000_at_200_percent(tmp_path):
    _run_child(
        tmp_path, SMALL_HIDPI_AREA, 2, f"{__file__}::test_welcome_keeps_its_time_fields_whole"
    )
