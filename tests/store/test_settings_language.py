"""The language is read from the settings file before anything else loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.settings import Settings
from companion.store.settings_file import save_settings
from companion.store.settings_language import settings_language


def test_the_language_the_app_saved_is_the_one_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings(path, Settings(language="fr"))
    assert settings_language(path) == "fr"


@pytest.mark.parametrize(
    "text",
    ["", 'language = "klingon"\n', '[steps]\nlanguage = "de"\n', "\xff\xfe", "language = 3\n"],
)
def test_no_usable_language_means_the_system_s(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(text.encode("latin-1"))
    assert settings_language(path) == "auto"
    assert settings_language(tmp_path / "missing.toml") == "auto"
