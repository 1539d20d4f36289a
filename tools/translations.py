"""Update the translation sources from the code, and build the catalogues the app loads.

    python -m tools.translations           # update every .ts, then lrelease every .qm
    python -m tools.translations --release # only lrelease (after editing a .ts by hand)

The `.ts` files (resources/translations) are what translators edit; the `.qm` beside each is
what the app loads, committed so a checkout runs without Qt's tools (DESIGN §4.8).
tests/i18n checks that both are up to date with the code.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

import PySide6

from companion.core.languages import NATIVE_NAMES
from companion.services.language import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PLURALS_ONLY = "en"  # English needs only its plural forms ("%n nights" → "1 night")
LANGUAGES = tuple(c for c in NATIVE_NAMES if c != PLURALS_ONLY)  # complete translations
_QT_TOOLS = Path(PySide6.__file__).resolve().parent


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def sources() -> list[Path]:
    """Every module of the app, in a stable order."""
    return sorted(p for p in (ROOT / "companion").rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path = FOLDER) -> None:
    """Bring each .ts up to date with the code: new strings in, strings gone out, translations
    of the strings that stay kept."""
    folder.mkdir(parents=True, exist_ok=True)
    found = extract(sources())
    for code in (*LANGUAGES, PLURALS_ONLY):
        target = ts_path(code, folder)
        wanted = [m for m in found if m.plural] if code == PLURALS_ONLY else found
        kept = read_translations(target) if target.exists() else {}
        text = write_ts(code, wanted, kept)
        # Into a copy, then renamed: a run that stops half-way never leaves a broken .ts.
        work = target.with_suffix(".ts.tmp")
        work.write_text(text, encoding="utf-8")
        work.replace(target)


@dataclass(frozen=True)
class Message:
    """One string of the code, as a translator sees it."""

    context: str
    source: str
    comment: str
    plural: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def extract(files: list[Path]) -> list[Message]:
    """Every literal `translate(ctx, text[, comment[, n]])` and `QT_TRANSLATE_NOOP(ctx, text)`.

    Our own reader rather than lupdate's: lupdate's Python parser drops a call whose count is
    an expression (`len(nights)`) and never sees a plural whose count is a variable.
    """
    found: dict[tuple[str, str, str], Message] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            message = _message(node)
            if message is not None:
                old = found.get(message.key)
                found[message.key] = (
                    message if old is None else replace(old, plural=old.plural or message.plural)
                )
    return sorted(found.values(), key=lambda m: m.key)


def _message(node: ast.AST) -> Message | None:
    if not isinstance(node, ast.Call):
        return None
    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
    if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
        return None
    context, source = (_literal(a) for a in node.args[:2])
    if context is None or source is None:
        return None  # a run-time lookup of a marked constant: found where it was marked
    comment = _literal(node.args[2]) if len(node.args) > 2 else None
    plural = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
    # A marked constant counts something when it holds %n (Qt's QT_TRANSLATE_N_NOOP, in one).
    plural = plural or (name == "QT_TRANSLATE_NOOP" and "%n" in source)
    return Message(context, source, comment or "", plural)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


Translation = str | list[str]


def read_translations(ts: Path) -> dict[tuple[str, str, str], Translation]:
    """The finished translations of a .ts, by (context, source, comment)."""
    done: dict[tuple[str, str, str], Translation] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            done[key] = forms if forms else (translation.text or "")
    return done


def write_ts(
    code: str, messages: list[Message], kept: dict[tuple[str, str, str], Translation]
) -> str:
    """The .ts text: messages grouped by context, each with its kept translation or unfinished."""
    root = ET.Element("TS", version="2.1", language=code)
    context_element: ET.Element | None = None
    for message in messages:
        if context_element is None or context_element.findtext("name") != message.context:
            context_element = ET.SubElement(root, "context")
            ET.SubElement(context_element, "name").text = message.context
        element = ET.SubElement(context_element, "message")
        if message.plural:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        done = kept.get(message.key)
        if done is None:
            translation.set("type", "unfinished")
        if message.plural:
            forms = done if isinstance(done, list) else [done or "", done or ""]
            for form in forms or ["", ""]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = done if isinstance(done, str) else (done or [""])[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


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
