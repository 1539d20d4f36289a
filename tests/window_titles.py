"""How each window's title begins (in English), for tests that find windows by title."""

TITLES = {
    "journal": "Journal — ",
    "checkin": "Morning check-in — ",
    "settings": "Settings — ",
    "stretch": "Guided stretches — ",
    "breathing": "Breathing — ",
    "episode": "Legs restless now — ",
}
