"""Build the PyInstaller bundle: one folder by default (fast start), one file on request.

    python packaging/build.py             # dist/bedtime-companion/bedtime-companion
    python packaging/build.py --onefile   # dist/bedtime-companion (a single executable)

On macOS the result is also dist/Bedtime Companion.app; on Windows dist/bedtime-companion/
bedtime-companion.exe. Needs PyInstaller in the same environment (pip install '.[package]').
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_parts as parts  # noqa: E402


def make_platform_icons(folder: Path) -> None:
    """The .ico / .icns the spec wants, drawn from the app's SVG by tools/make_icons.py."""
    wanted = {"windows": "--ico", "macos": "--icns"}.get(parts.platform_name())
    if wanted is None:
        return  # Linux desktops use the hicolor PNGs and the SVG in resources/linux
    suffix = "ico" if wanted == "--ico" else "icns"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), wanted,
         str(folder / f"bedtime-companion.{suffix}")],
        check=True, env=env,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--onefile", action="store_true", help="a single self-unpacking file")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--bare-script", type=Path, help=argparse.SUPPRESS)  # for bench/
    options = parser.parse_args(argv)
    kind = ("bare-" if options.bare_script else "") + ("onefile" if options.onefile else "onedir")
    icons = options.work / "icons"
    make_platform_icons(icons)
    command = [
        sys.executable, "-m", "PyInstaller", str(HERE / "companion.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(options.dist),
        "--workpath", str(options.work / f"pyinstaller-{kind}"),
        "--", "--icons", str(icons),
    ]  # fmt: skip
    if options.onefile:
        command.append("--onefile")
    if options.bare_script:
        command += ["--bare-script", str(options.bare_script.absolute())]
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
