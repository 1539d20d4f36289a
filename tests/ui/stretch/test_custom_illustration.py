"""A stretch of the user's own shows their picture (both sides the same way round, never moving)
or, without one, a plain card with its name in the evening colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from companion.core.custom_stretches import CustomStretch, stretches_by_id
from companion.core.session import Hold, plan_holds
from companion.render.colour_roles import NIGHT
from companion.ui.stretch.illustration_view import IllustrationView
from tests.fakes import FakeClock


def _picture(folder: Path) -> str:
    """Left half red, right half blue: mirrored, it would read the other way round."""
    image = QImage(80, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    for x in range(40):
        for y in range(60):
            image.setPixelColor(x, y, QColor("red"))
    path = folder / "mine.png"
    assert image.save(str(path))
    return str(path)


def _holds(picture: str) -> tuple[Hold, ...]:
    own = CustomStretch("figure-four", "Figure-four stretch", ("Lie down.",), True, 30, picture)
    return plan_holds(["figure-four"], catalogue=stretches_by_id([own]))


def _view(qtbot: QtBot) -> tuple[IllustrationView, FakeClock]:
    clock = FakeClock()
    view = IllustrationView(clock)
    qtbot.addWidget(view)
    view.resize(QSize(480, 360))
    view.show()
    return view, clock


def test_the_users_picture_fills_the_area_the_same_way_round_on_both_sides(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view, clock = _view(qtbot)
    left, right = _holds(_picture(tmp_path))
    shown = []
    for hold in (left, right):
        view.set_hold(hold)
        view.show_neutral()
        view.start_move(clock())
        assert not view.is_moving  # a picture has no move into a pose
        assert view.progress == 1.0
        shown.append(view.pixmap(1.0).toImage())
    for image in shown:
        assert image.size() == QSize(480, 360)
        assert image.pixelColor(40, 180) == QColor("red")  # the left half stays on the left
        assert image.pixelColor(440, 180) == QColor("blue")


def test_without_a_picture_a_card_with_the_name_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    for picture in ("", str(tmp_path / "gone.png")):  # none, or one that went missing
        view, _clock = _view(qtbot)
        view.set_hold(_holds(picture)[0])
        image = view.pixmap(1.0).toImage()
        assert image.pixelColor(60, 60) == QColor(NIGHT["raised"])  # the card, not blank
        # The name is written across the middle in the text colour.
        row = [image.pixelColor(x, 180) for x in range(480)]
        assert any(c.lightnessF() > 0.7 for c in row)
