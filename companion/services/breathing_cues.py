"""The breathing pacer's optional cues: a soft chime, or a quiet "Breathe in" / "Breathe out",
as each breath turns, through the stretch's own sound and speech back ends (`services.cues`)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from companion.core.breathing import PHASE_WORDS, BreathingSettings
from companion.services.cues import Cues


class BreathingCues(QObject):
    """Turns the pacer's phase changes into the chosen cue; "off" never touches the audio."""

    def __init__(
        self, settings: BreathingSettings, volume: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.cue = settings.cue
        self.cues = Cues(
            sound_enabled=settings.cue == "chime",
            voice_enabled=settings.cue == "voice",
            volume=volume,
            parent=self,
        )

    def on_phase(self, phase: str) -> None:
        """A breath turned: `phase` is "in" or "out"."""
        if self.cue == "chime":
            # The softest of the chimes, and only as the breath turns in: one a breath is enough.
            if phase == "in":
                self.cues.play("countdown")
        elif self.cue == "voice":
            self.cues.say(PHASE_WORDS[phase])

    def on_end(self) -> None:
        if self.cue == "chime":
            self.cues.play("done")
        elif self.cue == "voice":
            self.cues.say(PHASE_WORDS["done"])

    def silence(self) -> None:
        self.cues.silence()
