"""The language the settings file chooses, read before anything else is loaded.

The tray menu needs its words before the tray icon goes up, and the icon must not wait for the
settings model and a TOML parser (DESIGN §5: start to tray). `language` is a top-level key of
the settings file (`store.settings_file` writes top-level keys before any table), so one pass
over the lines before the first `[table]` finds it. The full, validated reading comes later and
names a wrong value like any other setting.
"""

from __future__ import annotations

import re
from pathlib import Path

from companion.core.languages import LANGUAGES, Language

_LINE = re.compile(r"""^\s*language\s*=\s*["']([A-Za-z]+)["']\s*(#.*)?$""")


def settings_language(path: Path) -> Language:
    """The file's `language`, or "auto" when it has none, a wrong one, or cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return "auto"
    for line in text.splitlines():
        if line.lstrip().startswith("["):
            break
        found = _LINE.match(line)
        if found:
            return next((lang for lang in LANGUAGES if lang == found.group(1)), "auto")
    return "auto"
