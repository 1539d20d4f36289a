"""A night's night-time episodes in its detail: when each began and what relieved it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from companion.core.rls_records import Episode
from companion.core.words import QT_TRANSLATE_NOOP, clock_time, translate

# Marked here, translated where shown (context "Journal").
NONE_YET = QT_TRANSLATE_NOOP(
    "Journal", 'None recorded. Use "Legs restless now…" in the tray menu during the night.'
)


def episode_line(episode: Episode) -> str:
    """'23:40 — walked: cold water' (the wall time it was recorded with)."""
    relief = episode.relief or translate("Journal", "nothing noted", "no relief written down")
    line = translate("Journal", "{time} — {relief}", "an episode: when, and what relieved it")
    return line.format(time=clock_time(episode.at), relief=relief)


class EpisodesList(QGroupBox):
    """The list of one night's episodes, in time order, in plain lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Journal", "Night-time episodes"), parent)
        self.lines = QLabel(translate("Journal", NONE_YET))
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setAccessibleName(translate("Journal", "Night-time episodes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)

    def set_episodes(self, episodes: Sequence[Episode]) -> None:
        ordered = sorted(episodes, key=lambda e: e.at)
        none_yet = translate("Journal", NONE_YET)
        self.lines.setText("\n".join(map(episode_line, ordered)) if ordered else none_yet)
