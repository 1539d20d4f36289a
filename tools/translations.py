"""Update the translation sources from the code, and build the catalogues the app loads.

    python -m tools.translations           # lupdate every .ts, then lrelease every .qm
    python -m tools.translations --release # only lrelease (after editing a .ts by hand)

The `.ts` files (resources/translations) are what translators edit; the `.qm` beside each is
what the app loads, committed so a checkout runs without Qt's tools (DESIGN §4.8).
tests/i18n checks that both are up to date with the code.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "bedtime-companion"
LANGUAGES = ("de", "es", "fr")  # complete translations
PLURALS_ONLY = "en"  # English needs only its plural forms ("%n nights" → "1 night")
_QT_TOOLS = Path(PySide6.__file__).resolve().parent


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def sources() -> list[Path]:
    """Every module of the app, in a stable order (lupdate's output follows it)."""
    return sorted(p for p in (ROOT / "companion").rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path = FOLDER) -> None:
    """Bring each .ts up to date with the code: new strings in, strings gone out."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    base = ["-silent", "-locations", "none", "-no-obsolete", *files]
    for code in (*LANGUAGES, PLURALS_ONLY):
        target = ts_path(code, folder)
        extra = ["-pluralonly"] if code == PLURALS_ONLY else []
        # Into a copy, then renamed: a run that stops half-way never leaves a broken .ts.
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / target.name
            if target.exists():
                shutil.copyfile(target, work)
            args = [*base, *extra, "-target-language", code, "-ts", str(work)]
            _run("lupdate", args)
            shutil.move(work, target)


def release(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Build each .qm from its .ts (into `out`, default beside it); returns the .qm paths."""
    built = []
    for code in (*LANGUAGES, PLURALS_ONLY):
        source = ts_path(code, folder)
        target = (out or folder) / source.with_suffix(".qm").name
        _run("lrelease", ["-silent", "-nounfinished", str(source), "-qm", str(target)])
        built.append(target)
    return built


def _run(tool: str, args: list[str]) -> None:
    program = _QT_TOOLS / tool
    if not program.exists():  # PySide6 on Windows names its tools with .exe
        program = program.with_suffix(".exe")
    subprocess.run([str(program), *args], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations", description=__doc__)
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    options = parser.parse_args(argv)
    if not options.release:
        update()
    for path in release():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
