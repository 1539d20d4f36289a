"""Evening is dark: every window the app opens at 21:30 is dark; by day the desktop's palette."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle, QWidget

from companion.app.companion_app import CompanionApp
from companion.core.journal import Night
from companion.store.paths import Paths
from tests.fakes import BERLIN

from .conftest import SET_UP, started_app

EVENING = datetime(2026, 11, 24, 21, 30, tzinfo=BERLIN)
AFTERNOON = datetime(2026, 11, 24, 14, 0, tzinfo=BERLIN)
MORNING = datetime(2026, 11, 25, 7, 30, tzinfo=BERLIN)
DARK_ENOUGH = 0.30


def mean_luminance(image: QImage) -> float:
    """Mean luminance (Rec. 709 weights on the stored values) over every 4th pixel."""
    total, count = 0.0, 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            c = image.pixelColor(x, y)
            total += 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
            count += 1
    return total / count


@pytest.fixture
def restore_palette() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(QPalette())


def start(paths: Paths, at: datetime, settings: str = SET_UP) -> CompanionApp:
    companion = started_app(paths, settings, at=at)
    return companion


def windows(app: CompanionApp) -> dict[str, Callable[[], QWidget]]:
    night = date(2026, 11, 23)

    def checkin() -> QWidget:
        app.open_window("checkin", {"night": night.isoformat()})
        return app.checkin.dialogs[night]

    def message() -> QWidget:
        app.tell("The journal was backed up.")
        return app.messages[-1]

    def about() -> QWidget:
        app.open_about()
        assert app.about_box is not None
        return app.about_box

    def settings() -> QWidget:
        app.open_window("settings")
        assert app.setup.settings_dialog is not None
        return app.setup.settings_dialog

    def journal() -> QWidget:
        app.journal_journey.open()
        assert app.journal_journey.window is not None
        return app.journal_journey.window

    def welcome() -> QWidget:
        app.setup.open_onboarding()
        assert app.setup.onboarding is not None
        return app.setup.onboarding

    def tonight() -> QWidget:
        app.show_panel()
        return app.panel

    return {"journal": journal, "check-in": checkin, "settings": settings, "welcome": welcome,
            "about": about, "Tonight": tonight, "message": message}  # fmt: skip


@pytest.mark.parametrize(
    "name", ["journal", "check-in", "settings", "welcome", "about", "Tonight", "message"]
)
def test_every_window_opened_in_the_evening_is_dark(qtbot, paths, restore_palette, name):
    app = start(paths, EVENING)
    try:
        window = windows(app)[name]()
        qtbot.waitExposed(window)
        luminance = mean_luminance(window.grab().toImage())
        assert luminance < DARK_ENOUGH, f"{name}: {luminance:.2f}"
    finally:
        app.shut_down()
        for widget in QApplication.topLevelWidgets():
            widget.hide()


def test_by_day_the_desktop_palette_stays_with_our_accent(qtbot, paths, restore_palette):
    desktop = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    app = start(paths, AFTERNOON)
    try:
        assert app.look is not None and app.look.is_evening is False
        app.show_panel()  # the look reaches the first window as it shows (none before)
        qtbot.waitExposed(app.panel)
        pal = app.panel.palette()
        assert pal.color(QPalette.ColorRole.Window) == desktop
        assert pal.color(QPalette.ColorRole.Highlight).name() != "#308cc6"  # Qt's own blue
    finally:
        app.shut_down()
        app.panel.hide()


def test_the_setting_forces_the_evening_by_day(qtbot, paths, restore_palette):
    app = start(paths, AFTERNOON, SET_UP + 'appearance = "evening"\n')
    try:
        assert app.look is not None and app.look.is_evening is True
        app.show_panel()
        qtbot.waitExposed(app.panel)
        assert app.panel.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    finally:
        app.shut_down()
        app.panel.hide()


def test_answering_the_morning_check_in_brings_the_day(qtbot, paths, restore_palette):
    app = start(paths, MORNING)
    try:
        assert app.look is not None and app.look.is_evening is True
        with qtbot.waitSignal(app.look.changed) as changed:
            app.journal.save_night(Night(date(2026, 11, 24), quality=4))
            app.open_window("checkin", {"night": "2026-11-24"})
            app.checkin.dialogs[date(2026, 11, 24)].reject()
        assert changed.args == [False]
    finally:
        app.shut_down()


def test_dialogs_use_our_icons_not_stock_ones(qtbot, paths, restore_palette):
    app = start(paths, EVENING)
    try:
        style = QApplication.style()
        assert not style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Save).icon().isNull()
        app.tell("Saved.")
        icon = app.messages[-1].iconPixmap().toImage()
        assert not icon.isNull()  # the app icon, not the stock "i"
    finally:
        app.shut_down()


@pytest.fixture
def no_style_yet() -> Iterator[None]:
    """As in a fresh process: our style not installed (each test process installs it once)."""
    from companion.ui import app_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = list(app_style._installed)
    app_style._installed.clear()
    app.setStyle("Fusion")
    yield
    app_style._installed[:] = installed
    app.setStyle(app_style.CompanionStyle())


def test_our_style_comes_with_the_first_dialog_not_with_the_tonight_window(
    qtbot, paths, restore_palette, no_style_yet
):
    from companion.ui.app_style import CompanionStyle

    app = start(paths, AFTERNOON)
    try:
        app.show_panel()
        qtbot.waitExposed(app.panel)
        assert not isinstance(QApplication.style(), CompanionStyle)  # nothing it would change
        app.tell("The journal was backed up.")  # a message box: its button, its icon
        assert isinstance(QApplication.style(), CompanionStyle)
    finally:
        app.shut_down()
        app.panel.hide()
        for box in list(app.messages):
            box.close()


def test_the_evening_cards_do_not_bring_our_style_in(qtbot, paths, restore_palette, no_style_yet):
    """Installed, Qt would ask it about the tray icon's private widget (see ui/app_style.py)."""
    from companion.ui.app_style import CompanionStyle

    app = start(paths, EVENING)  # a step's card is up
    try:
        assert app.tonight is not None and app.tonight.prompts
        assert not isinstance(QApplication.style(), CompanionStyle)
    finally:
        app.shut_down()
