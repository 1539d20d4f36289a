"""Raster icons made from resources/icons/bedtime-companion.svg.

* hicolor PNGs for Linux desktops (committed; re-run after changing the SVG):

      python tools/make_icons.py

  writes resources/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for the sizes menus, docks,
  task switchers and software centres ask for, plus scalable/apps/<APP_ID>.svg and the tray's
  symbolic icons (scalable/apps/<APP_ID>-symbolic.svg, -paused-symbolic.svg), which
  StatusNotifierItem hosts find by name once install-desktop has copied them;

* the tray's drawings as PNGs (committed), resources/icons/tray/<drawing>-<N>.png: the app
  draws its own tray icon from these, so the running tray never loads Qt's SVG modules (~2 MB
  that it would carry for weeks, issue 19);

* the Windows .ico and the macOS .icns for the bundle (made at build time, not committed):

      python tools/make_icons.py --ico build/icons/app.ico --icns build/icons/app.icns

Both container formats accept PNG-compressed images, so they are written here byte by byte
from Qt's PNGs; no Pillow, no iconutil, and the same on every OS.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion import APP_ID  # noqa: E402
from companion.render.icons import TRAY_DRAWINGS, TRAY_SIZES, tray_icon_name  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "bedtime-companion.svg"
HICOLOR = ROOT / "resources" / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)  # Windows: small, medium, large and jumbo views
# ICNS entry types holding PNG data, by pixel size (Apple's "icp*" and "ic*" codes; the @2x
# codes hold the same pixels as the next size up, so Retina screens get sharp icons).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn into a size x size transparent square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Kept on the module: a QGuiApplication collected mid-run takes Qt's font state with it.
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes
        raise OSError(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows icon: ICONDIR, one 16-byte entry per image, then the PNGs (Vista and later)."""
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(sizes, images, strict=True):
        edge = 0 if size >= 256 else size  # 0 means 256 in a one-byte field
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """A macOS icon: 'icns', total length, then (type, length, PNG) for each entry."""
    rendered: dict[int, bytes] = {}
    body = b""
    for code, size in ICNS_TYPES:
        png = rendered.setdefault(size, render_png(size))
        body += code + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write_hicolor(target: Path = HICOLOR) -> list[Path]:
    """The freedesktop icon-theme tree for our app id; returns the files written."""
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        path = target / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(size))
        written.append(path)
    scalable = target / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    for paused, drawing in ((False, "tray-outlined.svg"), (True, "tray-outlined-paused.svg")):
        symbolic = scalable.parent / f"{tray_icon_name(paused=paused)}.svg"
        shutil.copyfile(ICONS / drawing, symbolic)
        written.append(symbolic)
    return written


def write_tray_pngs(target: Path = ICONS / "tray") -> list[Path]:
    """Each tray drawing at each size a panel asks for (companion.render.icons reads them)."""
    written: list[Path] = []
    target.mkdir(parents=True, exist_ok=True)
    for drawing in TRAY_DRAWINGS:
        for size in TRAY_SIZES:
            path = target / f"{drawing}-{size}.png"
            path.write_bytes(render_png(size, ICONS / f"{drawing}.svg"))
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ico", type=Path, help="write a Windows .ico here (and no hicolor)")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns here (and no hicolor)")
    options = parser.parse_args(argv)
    if options.ico is None and options.icns is None:
        for path in write_hicolor() + write_tray_pngs():
            print(path.relative_to(ROOT))
        return 0
    for path, make in ((options.ico, ico_bytes), (options.icns, icns_bytes)):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(make())
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
