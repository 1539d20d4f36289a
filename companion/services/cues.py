"""Sound and spoken cues for the guided stretch: the user is on the floor, not at the screen.

Sounds are short chimes (`resources/sounds/*.wav`, made by `tools/make_sounds.py`) played with
QSoundEffect; speech goes through QTextToSpeech when an engine works. Both are optional
extras: with no audio device, no sound server, no speech engine or no QtMultimedia at all,
the cue silently does less — it never raises, blocks or stops the session.

Debian needs `libpulse0` for QtMultimedia to import, and `libpipewire-0.3-0` so that Qt's
PipeWire probe finds its library instead of logging a warning at start-up.
"""

from __future__ import annotations

import ctypes.util
import logging
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal

from companion.core.session import Event, Hold
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.store.resource_files import resource_path

# QtMultimedia and QtTextToSpeech come with PySide6-Addons and need system libraries
# (libpulse0); without them the app runs silently rather than not at all.
try:
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect, QtAudio
except ImportError:  # pragma: no cover - depends on the machine
    QMediaDevices = QSoundEffect = QtAudio = None  # type: ignore[assignment,misc]
try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # pragma: no cover - depends on the machine
    QTextToSpeech = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)

SoundName = Literal["hold_start", "countdown", "switch", "done"]
SOUND_NAMES: tuple[SoundName, ...] = ("hold_start", "countdown", "switch", "done")

# Every spoken sentence in one place, marked for translation (the voice speaks the user's
# language); one whole sentence per side, so no sentence is built from translated pieces.
PHRASES: dict[str, str] = {
    "get_ready": QT_TRANSLATE_NOOP("Cues", "Get ready for the {stretch}."),
    "hold_left": QT_TRANSLATE_NOOP("Cues", "{Stretch}, left leg. Hold for %n seconds."),
    "hold_right": QT_TRANSLATE_NOOP("Cues", "{Stretch}, right leg. Hold for %n seconds."),
    "hold_both_sides": QT_TRANSLATE_NOOP("Cues", "{Stretch}. Hold for %n seconds."),
    "switch_left": QT_TRANSLATE_NOOP("Cues", "Switch to the left leg."),
    "switch_right": QT_TRANSLATE_NOOP("Cues", "Switch to the right leg."),
    "done": QT_TRANSLATE_NOOP("Cues", "All done."),
}

DEFAULT_VOLUME = 70  # percent


def phrase_for(event: Event) -> str | None:
    """The sentence to say for a session event, or None for events that are not spoken."""
    hold = event.hold
    if event.kind == "done":
        return translate("Cues", PHRASES["done"])
    if hold is None:
        return None
    if event.kind == "get_ready":
        return translate("Cues", PHRASES["get_ready"]).format(**_words(hold))
    if event.kind == "hold_started":
        seconds = round(event.seconds if event.seconds is not None else 0)
        key = f"hold_{hold.side}" if hold.side is not None else "hold_both_sides"
        return translate("Cues", PHRASES[key], None, seconds).format(**_words(hold))
    if event.kind == "switch_sides" and hold.side is not None:
        return translate("Cues", PHRASES[f"switch_{hold.side}"])
    return None


def sound_for(event: Event) -> SoundName | None:
    """The chime for a session event, or None for events that make no sound."""
    if event.kind == "hold_started":
        return "hold_start"
    if event.kind == "countdown":
        return "countdown"
    if event.kind == "switch_sides":
        return "switch"
    # The first get-ready follows the user's own click: a chime there would only startle.
    if event.kind == "get_ready" and event.hold is not None and event.hold.index > 0:
        return "switch"
    if event.kind == "done":
        return "done"
    return None


def _words(hold: Hold) -> dict[str, str]:
    name = translate("Stretches", hold.stretch.name)
    return {"Stretch": name, "stretch": name.lower()}


def speech_engine_names() -> list[str]:
    """Engines worth trying for real speech, best first (never the test-only `mock`)."""
    if QTextToSpeech is None:
        return []
    names = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    # Qt ships the speechd plug-in even where libspeechd is missing; loading it then logs a
    # critical message and fails, so ask the linker first (a cheap check, done once).
    if "speechd" in names and ctypes.util.find_library("speechd") is None:
        names.remove("speechd")
    return names


class Cues(QObject):
    """Turns session events into chimes and speech. Connect `on_event` to the session driver.

    `played` and `spoken` report what was actually handed to the audio and speech back ends
    (for tests and for a visual echo in the UI).
    """

    played = Signal(str)
    spoken = Signal(str)

    def __init__(
        self,
        *,
        sound_enabled: bool = True,
        voice_enabled: bool = True,
        volume: int = DEFAULT_VOLUME,
        tts_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound_enabled = sound_enabled
        self._voice_enabled = voice_enabled
        self._volume = _clamp_volume(volume)
        self._tts_engine_name = tts_engine
        self._effects: dict[SoundName, QSoundEffect] | None = None
        self._broken: set[str] = set()
        self._speech: QTextToSpeech | None = None
        self._speech_tried = False
        # Nothing touches the audio system until a cue is wanted: sound off means no device
        # is ever opened, and start-up pays nothing for the stretch feature.

    # -- settings --------------------------------------------------------------------------

    @property
    def sound_enabled(self) -> bool:
        return self._sound_enabled

    def set_sound_enabled(self, enabled: bool) -> None:
        self._sound_enabled = enabled
        if not enabled and self._effects:
            for effect in self._effects.values():
                effect.stop()

    @property
    def voice_enabled(self) -> bool:
        return self._voice_enabled

    def set_voice_enabled(self, enabled: bool) -> None:
        self._voice_enabled = enabled
        if not enabled and self._speech is not None:
            self._speech.stop()

    @property
    def volume(self) -> int:
        return self._volume

    def set_volume(self, percent: int) -> None:
        """One volume, 0-100, for chimes and speech alike."""
        self._volume = _clamp_volume(percent)
        if self._effects:
            for effect in self._effects.values():
                effect.setVolume(self._effect_volume())
        if self._speech is not None:
            self._speech.setVolume(self._volume / 100)

    @property
    def has_sound(self) -> bool:
        """Whether chimes can play (loads them on first use)."""
        return bool(self._sound_effects())

    @property
    def has_voice(self) -> bool:
        return self._speech_engine() is not None

    @property
    def speech_engine(self) -> str | None:
        engine = self._speech_engine()
        return engine.engine() if engine is not None else None

    # -- cues ------------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        if event.kind in ("paused", "stopped"):
            self.silence()
            return
        sound = sound_for(event)
        if sound is not None:
            self.play(sound)
        text = phrase_for(event)
        if text is not None:
            self.say(text)

    def play(self, name: SoundName) -> None:
        if not self._sound_enabled or self._volume == 0:
            return
        effect = self._sound_effects().get(name)
        if effect is None or name in self._broken:
            return
        if effect.status() == QSoundEffect.Status.Error:
            self._mark_broken(name)
            return
        # Effects are shared by every Cues object, so each one brings its own volume.
        effect.setVolume(self._effect_volume())
        effect.stop()  # restart a chime still ringing: the newest cue is the one that counts
        effect.play()
        self.played.emit(name)

    def say(self, text: str) -> None:
        if not self._voice_enabled or self._volume == 0:
            return
        engine = self._speech_engine()
        if engine is None:
            return
        # say() replaces whatever is still being spoken: a stale sentence is worse than a
        # cut one when the session has already moved on.
        engine.say(text)
        self.spoken.emit(text)

    def silence(self) -> None:
        if self._effects:
            for effect in self._effects.values():
                effect.stop()
        if self._speech is not None:
            self._speech.stop()

    # -- back ends -------------------------------------------------------------------------

    def _effect_volume(self) -> float:
        # A slider feels even when it moves loudness, not amplitude, evenly.
        if QtAudio is None:
            return self._volume / 100
        return float(
            QtAudio.convertVolume(
                self._volume / 100,
                QtAudio.VolumeScale.LogarithmicVolumeScale,
                QtAudio.VolumeScale.LinearVolumeScale,
            )
        )

    def _sound_effects(self) -> dict[SoundName, QSoundEffect]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if QSoundEffect is None or QMediaDevices is None:
            log.info("cues: QtMultimedia is not available; chimes are off")
            return self._effects
        # With no output device QSoundEffect only ends in an error state after logging a
        # warning; asking first keeps a machine without audio quiet.
        if not QMediaDevices.audioOutputs():
            log.info("cues: no audio output device; chimes are off")
            return self._effects
        for name in SOUND_NAMES:
            path = resource_path("sounds", f"{name}.wav")
            if not path.is_file():
                log.warning("cues: missing sound file %s", path)
                continue
            self._effects[name] = _shared_effect(str(path), self._effect_volume())
        return self._effects

    def _mark_broken(self, name: str) -> None:
        if name not in self._broken:
            self._broken.add(name)
            log.info("cues: sound %s cannot play here; going on without it", name)

    @property
    def is_sound_loaded(self) -> bool:
        """Whether this object has touched the audio system at all (never with sound off)."""
        return self._effects is not None

    def _speech_engine(self) -> QTextToSpeech | None:
        if self._speech_tried:
            return self._speech
        self._speech_tried = True
        if QTextToSpeech is None:
            return None
        if self._tts_engine_name is not None:
            wanted = [self._tts_engine_name]
            if wanted[0] not in QTextToSpeech.availableEngines():
                log.info("cues: speech engine %r is not installed", wanted[0])
                return None
        else:
            wanted = speech_engine_names()
        for name in wanted:
            engine = QTextToSpeech(name, self)
            if engine.state() == QTextToSpeech.State.Error:
                log.info("cues: speech engine %s failed: %s", name, engine.errorString())
                engine.deleteLater()
                continue
            if not _speaks_our_language(engine):
                # German words in an English voice would be worse than the sounds alone.
                log.info("cues: %s has no %s voice; sounds only", name, QLocale().name())
                engine.deleteLater()
                continue
            engine.setVolume(self._volume / 100)
            engine.stateChanged.connect(self._on_speech_state)
            self._speech = engine
            return engine
        log.info("cues: no working speech engine; sounds only")
        return None

    def _on_speech_state(self, state: QTextToSpeech.State) -> None:
        # An engine can fail later (speech-dispatcher gone); from then on, sounds only.
        if state == QTextToSpeech.State.Error and self._speech is not None:
            log.info("cues: speech engine failed: %s", self._speech.errorString())
            self._speech.deleteLater()
            self._speech = None


def _speaks_our_language(engine: QTextToSpeech) -> bool:
    """Give the engine a voice in the app's language (DESIGN §4.8); False when it has none."""
    wanted = QLocale()
    if wanted.language() == QLocale.Language.C:
        return True  # no language set: the engine's own voice reads our English words
    voices = [v for v in engine.availableLocales() if v.language() == wanted.language()]
    if not voices:
        return False
    engine.setLocale(next((v for v in voices if v.territory() == wanted.territory()), voices[0]))
    return True


# One QSoundEffect per sound file for the life of the process. Qt 6.12's PulseAudio back end
# can spin forever on "QSocketNotifier: Invalid socket" when a QSoundEffect that has played is
# destroyed while the event loop runs (seen here with pulseaudio 16), so effects are created
# once, owned by the application object, and only go away with it at exit.
_EFFECTS: dict[str, QSoundEffect] = {}


def _shared_effect(path: str, volume: float) -> QSoundEffect:
    effect = _EFFECTS.get(path)
    if effect is None:
        effect = QSoundEffect(QCoreApplication.instance())
        effect.setVolume(volume)
        effect.setSource(QUrl.fromLocalFile(path))
        _EFFECTS[path] = effect
    return effect


def _clamp_volume(percent: int) -> int:
    return max(0, min(100, int(percent)))
