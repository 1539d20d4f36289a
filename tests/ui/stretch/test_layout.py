"""The stretch window's layout, read from across the room: a big drawing, the ring and the side
always in the same place, text legible at 2 m, and a window that fits a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.custom_stretches import CustomStretch, stretches_by_id
from companion.core.session import Session, plan_holds
from companion.core.stretches import STRETCH_IDS
from companion.services.session_timer import SessionTimer
from companion.ui.stretch.window import StretchWindow, opening_size
from tests.fakes import FakeClock

WINDOWED = QSize(1280, 688)  # a 1280x720 screen less a 32 px panel
FULL = QSize(1920, 1080)


# A stretch of the user's own, done once, among the five: its card (no picture) and the
# built-in drawings must leave the ring and the side label where they are.
OWN = CustomStretch("figure-four", "Figure-four stretch", ("Lie on your back.",), False, 20)
WITH_OWN = ("figure-four", *STRETCH_IDS)


def _window(
    qtbot: QtBot, size: QSize, order: tuple[str, ...] = STRETCH_IDS
) -> tuple[StretchWindow, FakeClock]:
    clock = FakeClock()
    holds = plan_holds(order, catalogue=stretches_by_id([OWN]))
    window = StretchWindow(SessionTimer(Session(holds, clock=clock)))
    qtbot.addWidget(window)
    window.show()
    window.resize(size)
    QApplication.processEvents()
    return window, clock


def _place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("order", [STRETCH_IDS, WITH_OWN], ids=["built-in", "with-own"])
@pytest.mark.parametrize("size", [WINDOWED, FULL], ids=["windowed", "full"])
def test_ring_and_side_stand_still_for_every_stretch_and_phase(
    qtbot: QtBot, size: QSize, order: tuple[str, ...]
) -> None:
    window, _clock = _window(qtbot, size, order)
    window.start()
    places: set[tuple[QRect, QRect]] = set()
    seen: set[str] = set()

    def note() -> None:
        QApplication.processEvents()
        ring, side = _place(window.ring, window), _place(window.side_label, window)
        places.add((ring, side))
        seen.add(window.session.phase)

    while window.session.is_running:
        note()
        window.ask_to_stop()  # paused, with the question in the footer
        note()
        window.go_on()
        window.skip()  # every get-ready, switch and hold in turn
    assert seen == {"get_ready", "hold", "switch"}
    assert len(places) == 1, places


@pytest.mark.parametrize("size", [WINDOWED, FULL, QSize(1120, 630)])
def test_the_drawing_takes_over_half_the_width(qtbot: QtBot, size: QSize) -> None:
    window, _clock = _window(qtbot, size)
    window.start()
    assert window.illustration.drawing_size().width() >= size.width() / 2


def test_full_screen_countdown_is_a_quarter_of_the_height_and_hints_one_line(
    qtbot: QtBot,
) -> None:
    window, _clock = _window(qtbot, FULL)
    window.start()
    assert window.ring.height() >= FULL.height() / 4
    for label in (window.keys_label, window.question.keys_label):
        _assert_legible_one_line(label)


def test_hints_are_legible_on_one_line_in_the_window_too(qtbot: QtBot) -> None:
    window, _clock = _window(qtbot, WINDOWED)
    window.start()
    _assert_legible_one_line(window.keys_label)
    for label in (window.steps_label, window.safety_label, window.next_label):
        assert _points(label) >= 12


def _points(label: QLabel) -> float:
    """The label's type size on its own screen, from its pixel size: not QFontInfo, whose cache
    can answer with another device's resolution (the PDF writer's 300 dpi) after a report."""
    font = label.font()
    if font.pixelSize() > 0:
        return font.pixelSize() * 72 / label.logicalDpiY()
    return font.pointSizeF()


def _assert_legible_one_line(label: QLabel) -> None:
    # In English the hints fit one line; a longer language may wrap them onto a second line
    # (the gallery's language test checks those) rather than widen the window off the screen.
    assert _points(label) >= 12
    metrics = QFontMetrics(label.font())
    assert label.width() >= metrics.horizontalAdvance(label.text())  # whole, on one line


@pytest.mark.parametrize("size", [WINDOWED, FULL], ids=["windowed", "full"])
def test_every_stretchs_words_fit_their_column(qtbot: QtBot, size: QSize) -> None:
    window, _clock = _window(qtbot, size)
    window.start()
    while window.session.is_running:
        QApplication.processEvents()
        words = window.session_page.words
        layout = words.layout()
        assert layout is not None
        needed = layout.heightForWidth(words.width())
        assert needed <= words.height(), window.title_label.text()
        assert window.geometry().contains(_place(words, window).translated(window.pos()))
        window.skip()


@pytest.mark.parametrize(
    ("screen", "ratio"), [(QRect(0, 0, 1280, 688), 1), (QRect(0, 0, 2560, 1376), 2)]
)
def test_the_window_opens_whole_on_a_1280x720_screen(screen: QRect, ratio: int) -> None:
    # At 200 % Qt hands the window logical pixels: 2560x1440 is 1280x720 to it.
    logical = QRect(0, 0, screen.width() // ratio, screen.height() // ratio)
    size = opening_size(logical)
    assert size.width() + 16 <= logical.width() and size.height() + 40 <= logical.height()


def test_the_window_opens_windowed_at_a_size_that_holds_everything(qtbot: QtBot) -> None:
    clock = FakeClock()
    window = StretchWindow(SessionTimer(Session(plan_holds(STRETCH_IDS), clock=clock)))
    qtbot.addWidget(window)
    window.show()
    assert not window.isFullScreen()
    window.resize(opening_size(QRect(0, 0, 1280, 688)))
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= window.width()
    assert window.minimumSizeHint().height() <= window.height()


@pytest.mark.parametrize(
    "size", [QSize(1120, 630), WINDOWED, FULL], ids=["opening", "720p", "full"]
)
def test_no_word_on_the_window_is_cut(qtbot: QtBot, size: QSize) -> None:
    from tests.ui.fit import cut_texts

    window, clock = _window(qtbot, size)
    assert cut_texts(window) == []
    window.toggle_pause()
    clock.advance(10)
    assert cut_texts(window) == []
    window.session_page.show_full_screen(True)  # its longer words, "Leave full screen"
    button = window.full_screen_button
    assert button.minimumWidth() >= button.sizeHint().width()
