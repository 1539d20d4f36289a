"""The self-test's window check: every window built the way the app builds it, shown offscreen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from companion.app.install_checks import SelfTestError, describe
from companion.core.words import translate


def check_windows(folder: Path) -> None:
    """Create each window the way the app does and show it once (offscreen)."""
    from companion.core.prompt_texts import prompt_text
    from companion.core.settings import Settings, StepKind
    from companion.integration.system_zone import effective_zone, system_zone_name
    from companion.render import icons
    from companion.store.journal_store import open_journal
    from companion.store.paths import resolve_paths
    from companion.ui.setup.onboarding import OnboardingDialog
    from companion.ui.setup.settings_dialog import SettingsDialog
    from companion.ui.tonight.panel import TonightPanel
    from companion.ui.tray import Tray

    settings = Settings()
    zone = effective_zone(settings)
    problems: list[str] = []

    def attempt(name: str, make: Callable[[], Any]) -> None:
        try:
            window = make()
            window.show()
            window.close()
        except Exception as exc:  # one broken window must not hide the others
            problems.append(f"{name} ({describe(exc)})")

    attempt("onboarding", lambda: OnboardingDialog(settings.bedtime, settings.wake_time))
    attempt("settings", lambda: SettingsDialog(settings, system_zone_name()))
    attempt("tonight panel", TonightPanel)
    kinds: tuple[StepKind, ...] = (
        "magnesium",
        "stretch",
        "breathing",
        "lights",
        "bedtime",
        "checkin",
    )
    for kind in (*kinds, "morning_stretch"):
        text = prompt_text(kind, settings, fahrenheit=False)
        attempt(f"{kind} prompt", partial(_prompt, kind, text, settings.snooze_minutes))
    attempt("tray", lambda: _TrayProbe(Tray(icons.tray_icon(dark_panel=True))))

    paths = resolve_paths(folder)
    paths.ensure()
    journal = open_journal(paths, datetime.now().astimezone())
    try:
        night = datetime.now(zone).date() - timedelta(days=1)
        attempt("check-in", lambda: _checkin_dialog(journal, night, settings, zone))
        attempt("journal", lambda: _journal_window(journal, zone))
        attempt("stretch", _stretch_window)
        attempt("breathing", _breathing_window)
    finally:
        journal.close()
    if problems:
        raise SelfTestError(
            translate("SelfTest", "could not create {windows}").format(windows="; ".join(problems))
        )


def _prompt(kind: str, text: Any, snooze_minutes: int) -> Any:
    from companion.ui.tonight.prompts import PromptWindow

    return PromptWindow(kind, text, dark=True, snooze_minutes=snooze_minutes)


class _TrayProbe:
    """The tray as a window-like thing: show and hide its icon."""

    def __init__(self, tray: Any) -> None:
        self.tray = tray

    def show(self) -> None:
        self.tray.show()

    def close(self) -> None:
        self.tray.hide()


def _checkin_dialog(journal: Any, night: date, settings: Any, zone: Any) -> Any:
    from companion.journeys.checkin import make_checkin_dialog  # the very dialog the app opens

    return make_checkin_dialog(journal, night, settings, zone)


def _journal_window(journal: Any, zone: Any) -> Any:
    from companion.journeys.journal import connect_window
    from companion.journeys.journal_data import load_journal_data
    from companion.ui.journal.window import JournalWindow, JournalWindowState

    window = JournalWindow(
        load_journal_data(journal), state=JournalWindowState.from_dict({}), tz=zone
    )
    connect_window(window, journal)
    return window


def _stretch_window() -> Any:
    """The very window the stretch journey opens, with its timer and cues."""
    from companion.core.settings import Settings
    from companion.journeys.stretch import build_stretch_window

    return build_stretch_window(Settings())


def _breathing_window() -> Any:
    """The pacer the breathing journey opens, with its frame timer and cues."""
    from companion.core.settings import Settings
    from companion.journeys.breathing import build_breathing_window

    return build_breathing_window(Settings())
