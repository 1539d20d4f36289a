"""The self-test's checks of the install: resources, sounds, speech, journal, plan, scheduler."""

from __future__ import annotations

import traceback
import wave
from datetime import datetime, timedelta
from pathlib import Path

from companion.core.words import translate


class SelfTestError(Exception):
    """A check found something wrong; the message says what."""


def describe(exc: BaseException) -> str:
    """One line saying what went wrong; for a surprise, also the file and line it came from."""
    text = str(exc) or type(exc).__name__
    if not isinstance(exc, SelfTestError | OSError | ImportError):
        # An unexpected exception: where it came from is the useful part.
        frame = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" ({Path(frame[0].filename).name}:{frame[0].lineno})" if frame else ""
        text = f"{type(exc).__name__}: {text}{where}"
    return text.splitlines()[0] if text else type(exc).__name__


def check_resource_root() -> None:
    from companion.store.resource_files import resources_root

    root = resources_root()
    if not root.is_dir():
        raise SelfTestError(
            translate("SelfTest", "resource folder {folder} is missing").format(folder=root)
        )


def check_icons() -> None:
    from PySide6.QtSvg import QSvgRenderer

    from companion.render import icons
    from companion.store.resource_files import resource_path

    names = ["bedtime-companion.svg"] + [
        f"tray-{shade}{paused}.svg" for shade in ("dark", "light") for paused in ("", "-paused")
    ]
    for name in names:
        path = resource_path("icons", name)
        if not path.is_file():
            raise SelfTestError(translate("SelfTest", "{file} is missing").format(file=path))
        if not QSvgRenderer(str(path)).isValid():
            raise SelfTestError(
                translate("SelfTest", "{file} is not a valid SVG").format(file=path)
            )
    # Through QIcon too: that goes through the svg icon-engine plug-in a bundle must carry.
    for icon in (icons.app_icon(), icons.tray_icon(dark_panel=True, paused=True)):
        if icon.pixmap(22, 22).isNull():
            raise SelfTestError(
                translate("SelfTest", "an SVG icon renders empty (is the svg icon engine missing?)")
            )


def check_stretches() -> None:
    from PySide6.QtCore import QSize

    from companion.render.illustration import STRETCH_IDS, render_stretch

    for stretch_id in STRETCH_IDS:
        for dark in (False, True):
            pixmap = render_stretch(stretch_id, QSize(160, 120), mirrored=dark, dark=dark)
            if pixmap.isNull():
                raise SelfTestError(
                    translate("SelfTest", "the {stretch} drawing renders empty").format(
                        stretch=stretch_id
                    )
                )


def check_translations() -> None:
    """Each language's catalogue is there and speaks (DESIGN §4.8); the app's own stays on."""
    from companion.services.language import SPOKEN, current_language, use_language

    before = current_language()
    try:
        for code in SPOKEN:
            use_language(code)  # type: ignore[arg-type]  # SPOKEN holds Language codes
            if current_language() != code or (code != "en" and translate("Tray", "Quit") == "Quit"):
                raise SelfTestError(
                    translate("SelfTest", "the {language} words are missing").format(language=code)
                )
    finally:
        use_language(before)  # type: ignore[arg-type]


def check_sounds() -> None:
    from companion.store.resource_files import resource_path

    folder = resource_path("sounds")
    sounds = sorted(folder.glob("*.wav"))
    if not sounds:
        raise SelfTestError(translate("SelfTest", "no sounds in {folder}").format(folder=folder))
    for path in sounds:
        try:
            with wave.open(str(path), "rb") as sound:
                if sound.getnframes() == 0:
                    raise SelfTestError(
                        translate("SelfTest", "{file} holds no audio").format(file=path.name)
                    )
        except wave.Error as exc:
            raise SelfTestError(
                translate("SelfTest", "{file} is not a readable WAV file: {problem}").format(
                    file=path.name, problem=exc
                )
            ) from None
    # The library the cues play them with. A machine without PulseAudio's client library
    # cannot import it; the app then stays silent by design, so that is not a failure.
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError as exc:
        if "libpulse" not in str(exc):
            raise
        return
    QSoundEffect()  # constructing one needs the multimedia back end, not an audio device


def check_speech() -> None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        raise SelfTestError(
            translate("SelfTest", "QtTextToSpeech does not import: {problem}").format(problem=exc)
        ) from None
    engines = QTextToSpeech.availableEngines()
    if not engines:
        raise SelfTestError(
            translate("SelfTest", "no text-to-speech engine plug-in found (expected at least mock)")
        )


# journal, plan, scheduler ---------------------------------------------------------------------


def check_journal(folder: Path) -> None:
    from companion.store.journal_store import open_journal
    from companion.store.paths import resolve_paths

    paths = resolve_paths(folder)
    paths.ensure()
    journal = open_journal(paths, datetime.now().astimezone())
    try:
        if journal.notice is not None:
            raise SelfTestError(journal.notice.message)
        if journal.integrity_check() != "ok":
            raise SelfTestError(
                translate("SelfTest", "a new journal fails SQLite's integrity check")
            )
    finally:
        journal.close()


def check_plan() -> None:
    from companion.core.plan import plan_for_night, which_night
    from companion.core.settings import Settings
    from companion.integration.system_zone import effective_zone

    settings = Settings()
    zone = effective_zone(settings)
    night = which_night(datetime.now(zone), zone)
    plan = plan_for_night(night, settings, zone)
    if not plan.steps:
        raise SelfTestError(translate("SelfTest", "tonight's plan has no steps"))


def check_scheduler() -> None:
    # APScheduler 3 finds its triggers, executors and job stores through package metadata
    # (entry points); a bundle without APScheduler's dist-info fails only here.
    from apscheduler.schedulers.base import BaseScheduler

    from companion.services.scheduler import OwnedTimerQtScheduler

    scheduler: BaseScheduler = OwnedTimerQtScheduler(timezone="UTC")
    scheduler.add_executor("debug", "gui")
    scheduler.start(paused=True)
    try:
        when = datetime.now().astimezone() + timedelta(days=1)
        scheduler.add_job(_nothing, "date", run_date=when, executor="gui")
        scheduler.add_job(_nothing, "interval", minutes=30)
        scheduler.add_job(_nothing, "cron", hour=3)
        if len(scheduler.get_jobs()) != 3:
            raise SelfTestError(translate("SelfTest", "APScheduler did not keep its jobs"))
    finally:
        scheduler.shutdown(wait=False)


def _nothing() -> None:
    """A job that is never run: the check only needs the scheduler to accept it."""


def check_local_server(folder: Path) -> None:
    """The command socket a second launch talks to: a Unix socket the app can listen on."""
    import socket

    folder.mkdir(mode=0o700)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        try:
            server.bind(str(folder / "self-test.sock"))
            server.listen(1)
        except OSError as exc:
            raise SelfTestError(
                translate("SelfTest", "The command socket cannot listen: {problem}").format(
                    problem=exc.strerror or exc
                )
            ) from exc
