"""resources/linux: the .desktop file, AppStream metainfo and hicolor icons desktops look for."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion import APP_ID, __version__

LINUX = Path(__file__).resolve().parents[2] / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: {package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings or hints either


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_says_what_the_issue_asks() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    description = " ".join(ET.tostring(root.find("description"), "unicode").split())
    assert "not medical advice" in description
    assert root.find("content_rating").get("type").startswith("oars")  # type: ignore[union-attr]
    assert __version__ in [r.get("version") for r in root.iter("release")]
    images = [i.text or "" for i in root.iter("image")]
    assert any(url.endswith("/resources/screenshots/tray-and-welcome.png") for url in images)
    for url in images:  # every screenshot named is one we ship
        name = url.rsplit("/resources/", 1)[1]
        assert (LINUX.parent / name).is_file(), name


def test_desktop_file_names_our_icon_and_command() -> None:
    text = DESKTOP.read_text()
    assert f"Icon={APP_ID}\n" in text
    assert "Exec=bedtime-companion\n" in text


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_has_its_size(size: int) -> None:
    png = (LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (size, size)


def test_scalable_icon_is_the_app_svg() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    app_svg = LINUX.parent / "icons" / "bedtime-companion.svg"
    assert scalable.read_bytes() == app_svg.read_bytes()


def test_every_package_folder_goes_into_the_wheel() -> None:
    """pyproject lists the packages by hand (resources/ maps onto companion.resources): a new
    folder left out of the list would be missing from every install (the breathing window was)."""
    import tomllib

    root = LINUX.parents[1]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "companion").rglob("__init__.py")
    }
    assert found - listed == set()
