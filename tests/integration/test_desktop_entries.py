"""install-desktop / uninstall-desktop in a temp XDG data dir."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from companion import APP_ID
from companion.integration.desktop_entries import (
    desktop_entry_for,
    install_desktop,
    installed_paths,
    uninstall_desktop,
)

BUNDLE = ["/opt/Bedtime Companion/bedtime-companion"]


def test_install_writes_the_entry_metainfo_and_every_icon(tmp_path: Path) -> None:
    written = install_desktop(tmp_path, BUNDLE)
    assert sorted(written) == sorted(installed_paths(tmp_path))
    assert all(path.is_file() and path.stat().st_size > 0 for path in written)
    assert (tmp_path / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").read_bytes()[:4] == (
        b"\x89PNG"
    )
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()


def test_exec_lines_point_at_the_running_install(tmp_path: Path) -> None:
    install_desktop(tmp_path, BUNDLE)
    text = (tmp_path / "applications" / f"{APP_ID}.desktop").read_text()
    assert 'Exec="/opt/Bedtime Companion/bedtime-companion"\n' in text
    assert 'Exec="/opt/Bedtime Companion/bedtime-companion" stretch\n' in text
    assert 'TryExec="/opt/Bedtime Companion/bedtime-companion"\n' in text
    assert "Exec=bedtime-companion" not in text


def test_a_python_m_command_drops_try_exec() -> None:
    template = "[Desktop Entry]\nTryExec=bedtime-companion\nExec=bedtime-companion journal\n"
    text = desktop_entry_for(["/v/bin/python", "-m", "companion"], template)
    assert text == "[Desktop Entry]\nExec=/v/bin/python -m companion journal\n"


def test_installed_entry_validates(tmp_path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    install_desktop(tmp_path, BUNDLE)
    path = tmp_path / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path) -> None:
    neighbour = tmp_path / "applications" / "org.example.Other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n")
    other_icon = tmp_path / "icons/hicolor/48x48/apps/org.example.Other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    written = install_desktop(tmp_path, BUNDLE)
    removed = uninstall_desktop(tmp_path)
    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert neighbour.exists() and other_icon.exists()
    assert uninstall_desktop(tmp_path) == []


def test_default_target_is_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    written = install_desktop(argv=BUNDLE)
    assert all(path.is_relative_to(tmp_path / "share") for path in written)
    assert len(uninstall_desktop()) == len(written)


def test_installed_files_are_private_and_existing_folders_keep_their_mode(tmp_path: Path) -> None:
    applications = tmp_path / "applications"
    applications.mkdir(mode=0o755)
    applications.chmod(0o755)  # whatever the umask: the mode the desktop gave it
    written = install_desktop(tmp_path, BUNDLE)
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in written)
    assert applications.stat().st_mode & 0o777 == 0o755
