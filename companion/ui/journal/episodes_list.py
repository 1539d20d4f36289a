"""A night's night-time episodes in its detail: when each began and what relieved it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from companion.core.rls_records import Episode

NONE_YET = 'None recorded. Use "Legs restless now…" in the tray menu during the night.'


def episode_line(episode: Episode) -> str:
    """'23:40 — walked: cold water' (the wall time it was recorded with)."""
    relief = episode.relief or "nothing noted"
    return f"{episode.at:%H:%M} — {relief}"


class EpisodesList(QGroupBox):
    """The list of one night's episodes, in time order, in plain lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Night-time episodes", parent)
        self.lines = QLabel(NONE_YET)
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setAccessibleName("Night-time episodes")
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)

    def set_episodes(self, episodes: Sequence[Episode]) -> None:
        ordered = sorted(episodes, key=lambda e: e.at)
        self.lines.setText("\n".join(map(episode_line, ordered)) if ordered else NONE_YET)
