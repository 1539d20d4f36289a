from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

from companion import APP_ID
from companion.render.icons import tray_icon
from companion.ui.tray import Tray
from tests.render.test_icons import installed_theme  # noqa: F401  (a fixture)


def _icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill()
    return QIcon(pixmap)


def visible_texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]


def test_menu_lists_only_what_exists(qtbot):
    tray = Tray(_icon())
    assert visible_texts(tray) == ["Settings…", "About Bedtime Companion", "Quit"]


def test_menu_commands_emit_their_signals(qtbot):
    tray = Tray(_icon())
    with qtbot.waitSignal(tray.settings_requested, timeout=1000):
        tray.settings_action.trigger()
    with qtbot.waitSignal(tray.about_requested, timeout=1000):
        tray.about_action.trigger()
    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()


def test_status_line_leads_the_menu_and_the_tooltip(qtbot):
    tray = Tray(_icon())
    tray.set_status("Magnesium at 21:00 · in 25 min")
    assert visible_texts(tray)[0] == "Magnesium at 21:00 · in 25 min"
    assert not tray.status_action.isEnabled()  # information, not a command
    assert tray.icon.toolTip() == "Bedtime Companion\nMagnesium at 21:00 · in 25 min"
    tray.set_status(None)
    assert visible_texts(tray)[0] == "Settings…"
    assert tray.icon.toolTip() == "Bedtime Companion"


def test_feature_actions_go_above_settings(qtbot):
    tray = Tray(_icon())
    tray.add_feature_action("Start stretches now")
    assert visible_texts(tray) == [
        "Start stretches now",
        "Settings…",
        "About Bedtime Companion",
        "Quit",
    ]


def test_left_click_opens_the_panel(qtbot):
    tray = Tray(_icon())
    with qtbot.waitSignal(tray.panel_requested, timeout=1000):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def test_paused_tonight_shows_the_paused_glyph(qtbot):
    tray = Tray(_icon())
    running = tray.icon.icon().cacheKey()
    tray.set_paused(True)
    paused = tray.icon.icon().cacheKey()
    assert paused != running
    tray.set_paused(True)  # no change, no new icon (tray hosts redraw on every set)
    assert tray.icon.icon().cacheKey() == paused
    tray.set_paused(False)
    assert tray.icon.icon().cacheKey() != paused


# The offscreen platform has no tray, so its native interface lacks the signal a tray listens to.
@pytest.mark.qt_log_ignore(r"No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_shown_themed_the_icon_takes_the_theme_glyph_by_name(qtbot, installed_theme):  # noqa: F811
    """Start-up docks the outlined drawing; the glyph a panel host looks up by name follows."""
    tray = Tray(tray_icon(themed=False))
    tray.set_paused(True)
    tray.show(themed=True)
    try:
        assert tray.icon.icon().name() == f"{APP_ID}-paused-symbolic"
    finally:
        tray.hide()
