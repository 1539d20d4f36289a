"""DESIGN §4.9: the window titles and tray entries people and scripts rely on."""

from __future__ import annotations

from companion.app.companion_app import CompanionApp
from tests.window_titles import TRAY_ENTRIES

TITLES = {
    "tonight": "Tonight — Bedtime Companion",
    "stretch": "Guided stretches — Bedtime Companion",
    "checkin": "Morning check-in — ",  # followed by the night it is for
    "journal": "Journal — Bedtime Companion",
    "settings": "Settings — Bedtime Companion",
}


def test_every_window_keeps_its_title(qtbot: object, app: CompanionApp) -> None:
    app.show_panel()
    app.stretch.open(None)
    app.checkin.open(None)
    app.journal_journey.open()
    app.open_window("settings")
    windows = {
        "tonight": app.panel,
        "stretch": app.stretch.window,
        "checkin": next(iter(app.checkin.dialogs.values())),
        "journal": app.journal_journey.window,
        "settings": app.setup.settings_dialog,
    }
    for name, title in TITLES.items():
        window = windows[name]
        assert window is not None, name
        assert window.windowTitle().startswith(title), (name, window.windowTitle())


def test_the_tray_menu_keeps_its_entries(qtbot: object, app: CompanionApp) -> None:
    texts = [a.text() for a in app.tray.menu.actions() if not a.isSeparator()]
    for entry in TRAY_ENTRIES:
        assert entry in texts
    assert any(text.startswith("About") for text in texts)
