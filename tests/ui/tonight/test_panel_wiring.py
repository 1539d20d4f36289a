"""The Tonight window's buttons reach the same journeys as the tray menu, in the running app."""

from __future__ import annotations

from companion.app.companion_app import CompanionApp
from tests.app.conftest import started_app


def test_panel_buttons_open_the_trays_windows_and_pause_tonight(qtbot, paths):
    app: CompanionApp = started_app(paths, tray_wait_ms=100)
    try:
        panel = app.panel
        app.show_panel()
        assert app.tonight is not None and panel.pause_button.isEnabled()
        panel.stretch_button.click()
        assert app.stretch.window is not None and app.stretch.window.isVisible()
        panel.checkin_button.click()
        assert any(dialog.isVisible() for dialog in app.checkin.dialogs.values())
        panel.journal_button.click()
        assert app.journal_journey.window is not None and app.journal_journey.window.isVisible()
        panel.settings_button.click()
        assert app.setup.settings_dialog is not None and app.setup.settings_dialog.isVisible()
        panel.about_button.click()
        assert app.about_box is not None and app.about_box.isVisible()

        running_icon = app.tray.icon.icon().cacheKey()
        panel.pause_button.click()
        assert app.tonight.scheduler.is_paused
        assert panel.pause_button.text() == "Resume tonight"
        assert "Resume tonight" in [a.text() for a in app.tray.menu.actions()]
        assert app.tray.icon.icon().cacheKey() != running_icon  # the paused glyph
        panel.pause_button.click()
        assert not app.tonight.scheduler.is_paused
        assert panel.pause_button.text() == "Pause tonight"
    finally:
        app.shut_down()
        for window in (app.panel, app.about_box, *app.checkin.dialogs.values()):
            if window is not None:
                window.hide()
