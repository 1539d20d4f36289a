from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from companion.core.session import Event, Session, plan_holds
from companion.services import cues as cues_module
from companion.services.cues import PHRASES, Cues, phrase_for
from tests.fakes import FakeClock

REPO = Path(__file__).resolve().parents[2]


def routine_events(ids: tuple[str, ...] = ("calf", "hamstring")) -> list[Event]:
    clock = FakeClock()
    session = Session(plan_holds(ids), clock=clock)  # type: ignore[arg-type]
    events = session.start()
    while (due := session.next_deadline()) is not None:
        clock.now = due
        events += session.poll()
    return events


@pytest.fixture
def make_cues(qtbot: QtBot) -> Iterator[Callable[..., Cues]]:
    """Cues objects that are deleted at the end of the test, on the GUI thread, rather than
    left to the garbage collector at interpreter exit (where PySide 6.12 has crashed in
    finalization with speech engines still alive)."""
    made: list[Cues] = []

    def make(**options: Any) -> Cues:
        made.append(Cues(**options))
        return made[-1]

    yield make
    for cues in made:
        cues.silence()
        shiboken6.delete(cues)


@pytest.fixture
def voice_only(make_cues: Callable[..., Cues]) -> Cues:
    return make_cues(sound_enabled=False, tts_engine="mock")


def test_phrases_in_the_right_order(voice_only: Cues) -> None:
    said: list[str] = []
    voice_only.spoken.connect(said.append)
    for event in routine_events():
        voice_only.on_event(event)
    assert said == [
        "Get ready for the calf stretch.",
        "Calf stretch, left leg. Hold for 30 seconds.",
        "Switch to the right leg.",
        "Calf stretch, right leg. Hold for 30 seconds.",
        "Get ready for the hamstring stretch.",
        "Hamstring stretch, left leg. Hold for 30 seconds.",
        "Switch to the right leg.",
        "Hamstring stretch, right leg. Hold for 30 seconds.",
        "All done.",
    ]


def test_the_mock_engine_really_speaks_the_cue(qtbot: QtBot, voice_only: Cues) -> None:
    assert voice_only.has_voice and voice_only.speech_engine == "mock"
    engine = voice_only.findChild(QTextToSpeech)
    assert engine is not None
    words: list[str] = []
    engine.sayingWord.connect(lambda word, *_: words.append(word))
    done = Event("done", 0.0)
    with qtbot.waitSignal(
        engine.sayingWord, timeout=5000, check_params_cb=lambda w, *_: w == "done"
    ):
        voice_only.on_event(done)
    assert words == ["All", "done"]


def test_voice_off_says_nothing(voice_only: Cues) -> None:
    said: list[str] = []
    voice_only.spoken.connect(said.append)
    voice_only.set_voice_enabled(False)
    for event in routine_events(("calf",)):
        voice_only.on_event(event)
    assert said == []


def test_phrase_table_holds_every_sentence() -> None:
    texts = {phrase_for(e) for e in routine_events(("quadriceps",))} - {None}
    templates = set(PHRASES.values())
    assert "All done." in texts and "All done." in templates
    assert all(text.endswith(".") for text in texts if text)


def test_unknown_engine_means_sounds_only(make_cues: Callable[..., Cues]) -> None:
    cues = make_cues(sound_enabled=False, tts_engine="no-such-engine")
    assert not cues.has_voice
    cues.say("Anything.")  # silently nothing


def test_sound_off_plays_nothing_and_opens_no_device(
    make_cues: Callable[..., Cues], with_audio: str
) -> None:
    cues = make_cues(sound_enabled=False, voice_enabled=False)
    played: list[str] = []
    cues.played.connect(played.append)
    for event in routine_events():
        cues.on_event(event)
    assert played == []
    assert not cues.is_sound_loaded


def test_sounds_play_for_the_right_events(
    qtbot: QtBot, make_cues: Callable[..., Cues], with_audio: str
) -> None:
    cues = make_cues(voice_enabled=False, volume=40)
    assert cues.has_sound
    effects = list(cues._sound_effects().values())
    assert len(effects) == 4
    qtbot.waitUntil(lambda: all(e.status() == QSoundEffect.Status.Ready for e in effects))
    played: list[str] = []
    cues.played.connect(played.append)
    for event in routine_events(("calf",)):
        cues.on_event(event)
    assert played == [
        "hold_start", "countdown", "countdown", "countdown",
        "switch", "hold_start", "countdown", "countdown", "countdown",
        "done",
    ]  # fmt: skip
    done = cues._sound_effects()["done"]
    qtbot.waitUntil(done.isPlaying, timeout=2000)
    assert 0 < done.volume() < 0.4  # 40 % on a loudness scale is quieter than 0.4 amplitude
    cues.silence()
    qtbot.waitUntil(lambda: not any(e.isPlaying() for e in effects), timeout=2000)


def test_volume_zero_is_silence_and_volume_is_clamped(
    make_cues: Callable[..., Cues], with_audio: str
) -> None:
    cues = make_cues(voice_enabled=False, volume=0)
    played: list[str] = []
    cues.played.connect(played.append)
    cues.play("done")
    assert played == []
    cues.set_volume(250)
    assert cues.volume == 100
    cues.set_volume(-5)
    assert cues.volume == 0


# Qt reports the broken files itself; what this test checks is that the cue goes on quietly.
@pytest.mark.qt_log_ignore(r"^Could not open media\.", r"^QSoundEffect: Error decoding source")
def test_a_sound_that_cannot_load_is_skipped(
    qtbot: QtBot,
    make_cues: Callable[..., Cues],
    with_audio: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "sounds").mkdir()
    for name in cues_module.SOUND_NAMES:
        (tmp_path / "sounds" / f"{name}.wav").write_bytes(b"not a wave file")
    monkeypatch.setattr(cues_module, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    cues = make_cues(voice_enabled=False)
    effects = list(cues._sound_effects().values())
    qtbot.waitUntil(lambda: all(e.status() == QSoundEffect.Status.Error for e in effects))
    played: list[str] = []
    cues.played.connect(played.append)
    cues.play("done")
    assert played == []


NO_AUDIO_SCRIPT = textwrap.dedent(
    """
    import json, time
    from PySide6.QtCore import QCoreApplication, QTimer
    from companion.core.session import Session, plan_holds
    from companion.services.cues import Cues
    from companion.services.session_timer import SessionTimer

    app = QCoreApplication([])
    cues = Cues()  # default engine choice, sound and voice on
    session = Session(plan_holds(("calf",)), clock=time.monotonic, hold_seconds=0.3,
                      switch_seconds=0.1, get_ready_seconds=0.1)
    timer = SessionTimer(session)
    timer.event_happened.connect(cues.on_event)
    result = {}
    def finished(summary):
        result.update(completed=summary.holds_completed, sound=cues.has_sound,
                      voice=cues.has_voice)
        app.quit()
    timer.finished.connect(finished)
    QTimer.singleShot(0, timer.start)
    QTimer.singleShot(10000, app.quit)  # a hang shows up as a missing result, not a stuck test
    app.exec()
    print(json.dumps(result))
    """
)


def test_no_audio_device_no_crash_no_hang(tmp_path: Path) -> None:
    # A separate process: QtMultimedia meets the sound server once per process, and this
    # one must meet none at all.
    env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{tmp_path / 'no-such-socket'}",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-c", NO_AUDIO_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"completed": 2, "sound": False, "voice": result["voice"]}


def test_the_voice_speaks_the_app_s_language(make_cues: Callable[..., Cues]) -> None:
    from PySide6.QtCore import QLocale

    from companion.services.language import use_language

    use_language("auto", QLocale("en_US"))
    american = make_cues(sound_enabled=False, tts_engine="mock")
    assert american.has_voice
    assert american._speech is not None and american._speech.locale().name() == "en_US"


def test_no_voice_for_the_language_means_sounds_alone(make_cues: Callable[..., Cues]) -> None:
    from PySide6.QtCore import QLocale

    from companion.services.language import use_language

    use_language("auto", QLocale("de_DE"))  # the mock engine has no German voice
    assert not make_cues(sound_enabled=False, tts_engine="mock").has_voice
