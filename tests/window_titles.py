"""How each window's title begins and the tray menu's entries (in English), for tests that
find them by their words."""

TITLES = {
    "journal": "Journal — ",
    "checkin": "Morning check-in — ",
    "settings": "Settings — ",
    "stretch": "Guided stretches — ",
    "breathing": "Breathing — ",
    "episode": "Legs restless now — ",
}

# DESIGN §4.9's tray entries ("About" is checked apart: its label names the app).
TRAY_ENTRIES = (
    "Start stretches now",
    "Log last night…",
    "Open journal…",
    "Pause tonight",
    "Settings…",
    "Quit",
)
