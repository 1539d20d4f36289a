"""The rules of DESIGN §3 a program can check: imports point down, core is pure, modules small."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.architecture.layers import check_layers, long_modules

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400


def test_every_import_points_down_the_layers() -> None:
    problems = check_layers(ROOT)
    assert not problems, "imports that break DESIGN §3:\n" + "\n".join(problems)


def test_no_module_is_over_400_lines() -> None:
    too_long = long_modules(ROOT, LIMIT)
    assert not too_long, f"modules over {LIMIT} lines:\n" + "\n".join(too_long)


def test_the_checker_reads_the_real_package() -> None:
    # Guards the two tests above against passing on an empty or misplaced tree.
    modules = list((ROOT / "companion").rglob("*.py"))
    assert len(modules) > 50
    assert (ROOT / "companion" / "__main__.py") in modules


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


PACKAGES = [
    "companion/__init__.py",
    *(
        f"companion/{layer}/__init__.py"
        for layer in ("cli", "app", "journeys", "ui", "render", "services", "integration")
    ),
    "companion/store/__init__.py",
    "companion/core/__init__.py",
    "companion/services/sub/__init__.py",
]


def test_the_checker_reports_each_kind_of_broken_rule(tmp_path: Path) -> None:
    write(tmp_path, dict.fromkeys(PACKAGES, ""))
    write(
        tmp_path,
        {
            "companion/ui/theme.py": "NIGHT = 1\n",
            "companion/ui/window.py": "from PySide6.QtWidgets import QWidget\n",
            "companion/core/upward.py": "from companion.ui.theme import NIGHT\n",
            "companion/store/late.py": """\
                def load():
                    from companion.services import x
                """,
            "companion/services/sub/rel.py": "from ...ui import y\n",
            "companion/integration/dynamic.py": """\
                import importlib

                def setup():
                    return importlib.import_module("companion.journeys.setup")
                """,
            "companion/render/typed.py": """\
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from companion.ui.theme import Theme
                """,
            "companion/core/impure.py": """\
                import platformdirs
                from PySide6 import QtCore

                def save():
                    import sqlite3
                """,
            "companion/journeys/disk.py": "from sqlite3 import connect\n",
            "companion/integration/qt.py": "from PySide6.QtCore import QSettings\n",
            "companion/cli/eager.py": "from PySide6.QtWidgets import QApplication\n",
            "companion/cli/through.py": "from companion.ui import window\n",
            "companion/cli/lazy.py": """\
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from PySide6.QtWidgets import QWidget

                def run():
                    from PySide6.QtWidgets import QApplication
                    from companion.ui.window import Window
                """,
            "companion/core/fine.py": """\
                from companion import APP_ID, __version__
                from . import upward
                from .upward import NIGHT
                """,
            "companion/__main__.py": "from companion.cli.lazy import run\n",
            "companion/widgets/stray.py": "",
        },
    )

    assert check_layers(tmp_path) == [
        "companion/cli/eager.py:1 cli imports PySide6.QtWidgets at module top level"
        " (PySide6.QtWidgets.QApplication)",
        "companion/cli/through.py:1 cli imports PySide6.QtWidgets at module top level"
        " (through companion.ui.window)",
        "companion/core/impure.py:1 core imports platformdirs (platformdirs)",
        "companion/core/impure.py:2 core imports PySide6 (PySide6.QtCore)",
        "companion/core/impure.py:5 core imports sqlite3 (sqlite3)",
        "companion/core/upward.py:1 core imports ui (companion.ui.theme.NIGHT)",
        "companion/integration/dynamic.py:4 integration imports journeys"
        " (companion.journeys.setup)",
        "companion/integration/qt.py:1 integration imports PySide6 (PySide6.QtCore.QSettings)",
        "companion/journeys/disk.py:1 journeys imports sqlite3 (sqlite3.connect)",
        "companion/render/typed.py:4 render imports ui (companion.ui.theme.Theme)",
        "companion/services/sub/rel.py:1 services imports ui (companion.ui.y)",
        "companion/store/late.py:2 store imports services (companion.services.x)",
        "companion/widgets/stray.py:1 widgets is not a layer of DESIGN §3",
    ]


def test_the_checker_finds_a_module_one_line_too_long(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "companion/__init__.py": "",
            "companion/core/__init__.py": "",
            "companion/core/at_limit.py": "x = 1\n" * LIMIT,
            "companion/core/over.py": "x = 1\n" * (LIMIT + 1),
        },
    )
    assert long_modules(tmp_path, LIMIT) == ["companion/core/over.py: 401 lines (limit 400)"]
