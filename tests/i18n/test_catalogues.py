"""The translations are complete, up to date with the code, and load (DESIGN §4.8)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from companion.core import words
from companion.services.language import current_language, use_language
from tools import translations

LANGUAGES = (*translations.LANGUAGES, translations.PLURALS_ONLY)


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's code, in a temp folder."""
    folder = tmp_path_factory.mktemp("ts")
    for code in LANGUAGES:
        shutil.copyfile(translations.ts_path(code), translations.ts_path(code, folder))
    translations.update(folder)
    return folder


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_catalogue_holds_every_string_of_the_code(code: str, fresh: Path) -> None:
    committed = set(_messages(translations.ts_path(code)))
    wanted = set(_messages(translations.ts_path(code, fresh)))
    assert sorted(wanted - committed) == [], "run: python -m tools.translations"
    assert sorted(committed - wanted) == [], "strings no longer in the code; run the tool"


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_catalogue_is_translated_to_the_last_string(code: str) -> None:
    unfinished = [
        key
        for key, message in _messages(translations.ts_path(code)).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_each_qm_is_built_from_its_ts(tmp_path: Path) -> None:
    for built in translations.release(out=tmp_path):
        committed = translations.FOLDER / built.name
        assert committed.read_bytes() == built.read_bytes(), f"{built.name} is stale"


@pytest.mark.parametrize("code", translations.LANGUAGES)
def test_each_language_loads_and_speaks(code: str) -> None:
    use_language(code)  # type: ignore[arg-type]
    assert current_language() == code
    assert QLocale().name().startswith(code)
    assert words.translate("Tonight", "Tonight — {app}") != "Tonight — {app}"
    assert words.translate("Tray", "Quit") != "Quit"


def test_english_says_one_night_and_two_nights() -> None:
    use_language("en")
    saved = "Your report (%n pages) is saved as {path}."
    assert words.translate("Journal", saved, None, 1) == "Your report (1 page) is saved as {path}."
    assert words.translate("Journal", saved, None, 2) == "Your report (2 pages) is saved as {path}."


def test_the_reader_finds_every_form_a_string_is_written_in(tmp_path: Path) -> None:
    """The forms lupdate's Python parser misses: a count that is an expression or a variable."""
    module = tmp_path / "m.py"
    module.write_text(
        "def f(n, items, label):\n"
        "    translate('Ctx', 'plain')\n"
        "    translate('Ctx', '%n nights', None, len(items))\n"
        "    translate('Ctx', '%n holds', n=n)\n"
        "    translate('Ctx', 'Lights out', 'the step at bedtime')\n"
        "    QCoreApplication.translate('Ctx', 'from Qt')\n"
        "    translate('Steps', label)\n"  # a marked constant, looked up: not a new string
        "X = QT_TRANSLATE_NOOP('Steps', 'Magnesium')\n"
    )
    found = {(m.context, m.source, m.comment, m.plural) for m in translations.extract([module])}
    assert found == {
        ("Ctx", "plain", "", False),
        ("Ctx", "%n nights", "", True),
        ("Ctx", "%n holds", "", True),
        ("Ctx", "Lights out", "the step at bedtime", False),
        ("Ctx", "from Qt", "", False),
        ("Steps", "Magnesium", "", False),
    }


def test_every_string_with_a_count_is_translated_with_its_count() -> None:
    """A "%n" shown as is ("1 %n nights") would be a string translated without its number."""
    uncounted = [m for m in translations.extract(translations.sources()) if "%n" in m.source]
    assert [m.key for m in uncounted if not m.plural] == []
