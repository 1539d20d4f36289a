"""What the PyInstaller spec keeps and leaves out, and its per-OS parts (checked on any OS)."""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import bundle_parts as parts

from companion import APP_ID, __version__

QT = "PySide6/Qt/"


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}lib/libQt6Qml.so.6",
        f"{QT}lib/libQt6Quick.so.6",
        f"{QT}lib/libQt6VirtualKeyboard.so.6",
        f"{QT}lib/libQt6Pdf.so.6",
        f"{QT}lib/libQt63DCore.so.6",
        f"{QT}lib/libQt6WebEngineCore.so.6",
        f"{QT}plugins/imageformats/libqpdf.so",
        f"{QT}plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{QT}plugins/platforms/libqeglfs.so",
        f"{QT}plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{QT}plugins/platformthemes/libqgtk3.so",
        f"{QT}plugins/multimedia/libffmpegmediaplugin.so",
        "libavcodec.so.61",
        "libfreetype.so.6",
        "libfontconfig.so.1",
        "libglib-2.0.so.0",
        "libssl.so.3",
        "libcrypto.so.3",
        "PySide6\\Qt\\plugins\\imageformats\\qpdf.dll",
    ],
)
def test_left_out(dest: str) -> None:
    assert parts.is_unwanted(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}lib/libQt6Core.so.6",
        f"{QT}lib/libQt6Widgets.so.6",
        f"{QT}lib/libQt6Svg.so.6",
        f"{QT}lib/libQt6DBus.so.6",
        f"{QT}lib/libQt6Network.so.6",
        f"{QT}lib/libQt6Multimedia.so.6",
        f"{QT}lib/libQt6TextToSpeech.so.6",
        f"{QT}lib/libQt6WaylandClient.so.6",
        f"{QT}plugins/platforms/libqxcb.so",
        f"{QT}plugins/platforms/libqwayland.so",
        f"{QT}plugins/platforms/libqoffscreen.so",
        f"{QT}plugins/wayland-shell-integration/libxdg-shell.so",
        f"{QT}plugins/imageformats/libqsvg.so",
        f"{QT}plugins/iconengines/libqsvgicon.so",
        f"{QT}plugins/texttospeech/libqtexttospeech_mock.so",
        f"{QT}plugins/texttospeech/libqtexttospeech_speechd.so",
        "libpulse.so.0",
        "libxcb-icccm.so.4",
        "libk5crypto.so.3",  # Kerberos' own crypto, which QtNetwork links; not OpenSSL
        "PySide6\\Qt6Svg.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
    ],
)
def test_kept(dest: str) -> None:
    assert not parts.is_unwanted(dest)


def test_keep_filters_a_toc() -> None:
    toc = [("libQt6Qml.so.6", "/x", "BINARY"), ("libQt6Gui.so.6", "/y", "BINARY")]
    assert parts.keep(toc) == [("libQt6Gui.so.6", "/y", "BINARY")]


def test_macos_plist_hides_the_dock_icon() -> None:
    plist = parts.macos_info_plist(__version__)
    assert plist["LSUIElement"] is True
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == __version__


def test_windows_version_resource() -> None:
    text = parts.windows_version_file("0.1.0")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this text
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert "filevers=(0, 1, 0, 0)" in text
    assert "StringStruct('ProductName', 'Bedtime Companion')" in text
    assert "StringStruct('OriginalFilename', 'bedtime-companion.exe')" in text


def test_version_tuple_pads_to_four() -> None:
    assert parts.version_tuple("1.2") == (1, 2, 0, 0)
    assert parts.version_tuple("0.1.0rc1") == (0, 1, 0, 1)


def test_ico_and_icns_are_well_formed(qapp: object) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import make_icons

    ico = make_icons.ico_bytes((16, 256))
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 2)
    width, _h, _c, _r, _planes, bits, size, offset = struct.unpack(
        "<BBBBHHII", ico[6 + 16 : 22 + 16]
    )
    assert (width, bits) == (0, 32)  # 0 = 256 px
    assert ico[offset : offset + 4] == b"\x89PNG" and offset + size == len(ico)

    icns = make_icons.icns_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    codes, at = [], 8
    while at < len(icns):
        codes.append(icns[at : at + 4])
        at += struct.unpack(">I", icns[at + 4 : at + 8])[0]
    assert at == len(icns) and b"ic10" in codes and b"icp4" in codes
