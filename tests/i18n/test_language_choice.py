"""The app speaks the system's language, or the one chosen in settings; its dates, times,
units and first weekday follow the same locale (DESIGN §4.8)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from companion.core.settings import Settings
from companion.core.words import clock_time, translate
from companion.render.dates import long_date
from companion.services.language import current_language, use_language
from companion.services.locale_units import uses_fahrenheit
from companion.store.paths import Paths
from companion.ui.setup.settings_dialog import SettingsDialog
from tests.app.conftest import SET_UP, started_app


@pytest.mark.parametrize(
    ("system", "spoken", "weekday"),
    [("de_DE", "de", "Dienstag"), ("es_ES", "es", "martes"), ("fr_FR", "fr", "mardi")],
)
def test_the_system_locale_chooses_words_and_dates(system: str, spoken: str, weekday: str) -> None:
    use_language("auto", QLocale(system))
    assert current_language() == spoken
    assert weekday in long_date(date(2026, 3, 24))
    assert translate("Tray", "Quit") != "Quit"
    assert clock_time(time(22, 30)) == "22:30"
    assert not uses_fahrenheit(Settings())
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_an_american_system_gets_12_hours_fahrenheit_and_sunday_first() -> None:
    use_language("auto", QLocale("en_US"))
    assert current_language() == "en"
    shown = clock_time(time(22, 30))
    assert "10:30" in shown and "PM" in shown
    assert uses_fahrenheit(Settings())
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_a_language_we_do_not_speak_keeps_its_dates_and_falls_back_to_english() -> None:
    use_language("auto", QLocale("it_IT"))
    assert current_language() == "en"
    assert translate("Tray", "Quit") == "Quit"
    assert "marzo" in long_date(date(2026, 3, 24))


def test_the_settings_choice_overrides_the_system(paths: Paths, qtbot: object) -> None:
    use_language("auto", QLocale("en_US"))
    companion = started_app(paths, SET_UP + 'language = "de"\n')
    try:
        assert current_language() == "de"
        assert companion.stretch_action.text() == translate("Tray", "Start stretches now")
        assert companion.stretch_action.text() != "Start stretches now"
    finally:
        companion.shut_down()
        companion.panel.hide()


def test_the_settings_window_offers_each_language_in_its_own_words(qtbot) -> None:
    dialog = SettingsDialog(Settings(onboarding_done=True, language="fr"), "Europe/Berlin")
    qtbot.addWidget(dialog)
    box = dialog.language_combo
    assert box.currentText() == "Français"
    assert [box.itemData(i) for i in range(box.count())] == ["auto", "en", "de", "es", "fr"]
    box.setCurrentIndex(box.findData("de"))
    assert dialog.current().language == "de"


@pytest.mark.parametrize("lang", ["de_DE.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8"])
def test_the_command_line_speaks_the_system_language(tmp_path: Path, lang: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": lang, "LANGUAGE": ""}
    command = [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), "plan"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    english = subprocess.run(
        command, env=env | {"LANG": "C.UTF-8"}, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines()[0] != english.stdout.splitlines()[0]


def test_the_self_test_reports_in_the_system_language(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env |= {"LANG": "de_DE.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), "--self-test"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "alle Prüfungen bestanden" in done.stdout
