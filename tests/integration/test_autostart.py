"""Start at login: the Linux entry for real in a temp XDG dir; macOS and Windows by content."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest

from companion import APP_ID
from companion.integration import autostart
from companion.integration.autostart import (
    LinuxAutostart,
    MacAutostart,
    WindowsAutostart,
    desktop_exec,
    launch_command,
    linux_autostart_entry,
    macos_launch_agent,
    windows_run_value,
)

BUNDLE = ["/opt/Bedtime Companion/bedtime-companion"]


def test_linux_enable_writes_one_entry_in_the_xdg_autostart_folder(tmp_path: Path) -> None:
    starter = LinuxAutostart(tmp_path / "config")
    path = starter.enable(BUNDLE)
    assert path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert starter.is_enabled()
    text = path.read_text()
    assert 'Exec="/opt/Bedtime Companion/bedtime-companion" --autostart' in text
    assert "X-GNOME-Autostart-Delay=5" in text
    assert list((tmp_path / "config" / "autostart").iterdir()) == [path]


def test_linux_entry_is_private_and_the_desktops_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # whatever the umask: the mode a desktop gives it
    path = LinuxAutostart(tmp_path).enable(BUNDLE)
    assert path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o755


def test_linux_entry_is_valid_for_desktop_file_validate(tmp_path: Path) -> None:
    tool = "desktop-file-validate"
    import shutil

    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (Debian: desktop-file-utils)")
    path = LinuxAutostart(tmp_path).enable(["/usr/bin/bedtime-companion"])
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_linux_disable_removes_exactly_our_file(tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    folder.mkdir()
    neighbour = folder / "other-app.desktop"
    neighbour.write_text("[Desktop Entry]\nType=Application\nExec=other\n")
    starter = LinuxAutostart(tmp_path)
    starter.enable(BUNDLE)
    assert starter.disable() is True
    assert not starter.path.exists()
    assert neighbour.exists()
    assert starter.disable() is False  # nothing left to remove
    assert not starter.is_enabled()


def test_linux_disable_leaves_a_same_named_file_we_did_not_write(tmp_path: Path) -> None:
    starter = LinuxAutostart(tmp_path)
    starter.path.parent.mkdir(parents=True)
    starter.path.write_text("[Desktop Entry]\nType=Application\nExec=by-hand\n")
    assert not starter.is_enabled()
    assert starter.disable() is False
    assert starter.path.exists()


def test_linux_entry_switched_off_by_the_desktop_reads_as_disabled(tmp_path: Path) -> None:
    starter = LinuxAutostart(tmp_path)
    path = starter.enable(BUNDLE)
    path.write_text(path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not starter.is_enabled()


def test_linux_default_folder_follows_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert LinuxAutostart().path.parent == tmp_path / "cfg" / "autostart"


def test_exec_quotes_and_escapes_as_the_spec_asks() -> None:
    assert desktop_exec(["/usr/bin/bedtime-companion"]) == "/usr/bin/bedtime-companion"
    assert desktop_exec(["/a b/c", "100%"]) == '"/a b/c" 100%%'
    # "$" needs a backslash inside quotes, and every backslash is doubled in the file.
    assert desktop_exec(["/x/$y"]) == '"/x/\\\\$y"'


def test_launch_command_for_a_bundle_is_the_executable() -> None:
    assert launch_command(frozen=True, executable="/opt/bc/bedtime-companion") == [
        "/opt/bc/bedtime-companion"
    ]


def test_launch_command_for_a_wheel_is_the_console_script_beside_python(tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_text("")
    assert launch_command(frozen=False, executable=str(python), platform="linux") == [
        str(python), "-m", "companion"
    ]  # fmt: skip
    script = python.with_name("bedtime-companion")
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launch_command(frozen=False, executable=str(python), platform="linux") == [str(script)]


def test_macos_launch_agent_runs_the_app_once_at_login() -> None:
    agent = plistlib.loads(macos_launch_agent(["/Applications/Bedtime Companion.app/x"]))
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == ["/Applications/Bedtime Companion.app/x", "--autostart"]
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] is False
    assert agent["LimitLoadToSessionType"] == "Aqua"


def test_macos_enable_and_disable_touch_only_our_agent(tmp_path: Path) -> None:
    starter = MacAutostart(tmp_path)
    path = starter.enable(["/x"])
    assert path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    other = path.with_name("com.example.other.plist")
    other.write_bytes(plistlib.dumps({"Label": "com.example.other"}))
    assert starter.is_enabled()
    assert starter.disable() is True
    assert sorted(p.name for p in path.parent.iterdir()) == ["com.example.other.plist"]


class FakeRun(dict[str, str]):
    """HKCU\\...\\Run as a dict."""

    def get(self, name: str) -> str | None:  # type: ignore[override]
        return super().get(name)

    def set(self, name: str, value: str) -> None:
        self[name] = value

    def delete(self, name: str) -> None:
        del self[name]


def test_windows_run_value_is_a_quoted_command_line() -> None:
    value = windows_run_value([r"C:\Program Files\Bedtime Companion\bedtime-companion.exe"])
    assert value == r'"C:\Program Files\Bedtime Companion\bedtime-companion.exe" --autostart'


def test_windows_enable_and_disable_one_value(tmp_path: Path) -> None:
    registry = FakeRun(OneDrive="C:\\onedrive.exe /background")
    starter = WindowsAutostart(registry)
    starter.enable([r"C:\bc\bedtime-companion.exe"])
    assert registry[autostart.WINDOWS_VALUE_NAME] == r"C:\bc\bedtime-companion.exe --autostart"
    assert starter.is_enabled()
    assert starter.disable() is True
    assert registry == {"OneDrive": "C:\\onedrive.exe /background"}
    assert starter.disable() is False


def test_windows_wheel_install_starts_without_a_console(tmp_path: Path) -> None:
    python = tmp_path / "python.exe"
    python.write_text("")
    python.with_name("pythonw.exe").write_text("")
    command = launch_command(frozen=False, executable=str(python), platform="win32")
    assert command == [str(tmp_path / "pythonw.exe"), "-m", "companion"]


def test_for_this_system_picks_by_platform() -> None:
    assert isinstance(autostart.for_this_system("linux"), LinuxAutostart)
    assert isinstance(autostart.for_this_system("darwin"), MacAutostart)
    assert isinstance(autostart.for_this_system("win32"), WindowsAutostart)


def test_set_start_at_login_follows_the_setting(tmp_path: Path) -> None:
    starter = LinuxAutostart(tmp_path)
    autostart.set_start_at_login(True, starter)
    assert starter.is_enabled()
    autostart.set_start_at_login(False, starter)
    assert not starter.path.exists()


def test_entry_names_the_autostart_flag() -> None:
    assert "--autostart" in linux_autostart_entry(["/x"])


def _exec_argv(entry: str) -> list[str]:
    """The argv a desktop runs for an entry's Exec= line (Desktop Entry spec: string escapes,
    then quoting, then %% for %), written apart from the code under test."""
    line = next(v for v in entry.splitlines() if v.startswith("Exec="))[len("Exec=") :]
    value, i = "", 0
    while i < len(line):  # the string type's escapes: \\ \s \n \t \r
        if line[i] == "\\" and i + 1 < len(line):
            value += {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(line[i + 1], line[i + 1])
            i += 2
        else:
            value += line[i]
            i += 1
    argv: list[str] = []
    word, quoted, in_word, i = "", False, False, 0
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\":
            word += value[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted, in_word = not quoted, True
        elif ch == " " and not quoted:
            if in_word:
                argv.append(word.replace("%%", "%"))
            word, in_word = "", False
        else:
            word, in_word = word + ch, True
        i += 1
    if in_word:
        argv.append(word.replace("%%", "%"))
    return argv


@pytest.mark.parametrize(
    "folder_name", ["plain", "with space", 'quote " and $HOME `x`', "back\\slash 100%", "ümlaut"]
)
def test_start_at_login_keeps_the_data_folder_the_app_runs_on(
    tmp_path: Path, folder_name: str
) -> None:
    from companion.cli.main import build_parser

    folder = tmp_path / folder_name
    starter = LinuxAutostart(tmp_path / "config")
    autostart.set_start_at_login(True, starter, data_dir=folder)
    argv = _exec_argv(starter.path.read_text(encoding="utf-8"))
    assert argv[: len(launch_command())] == launch_command()
    args = build_parser().parse_args(argv[len(launch_command()) :])
    assert Path(args.data_dir) == folder  # the app at login opens the same journal
    assert args.autostart
    assert starter.path.stat().st_mode & 0o777 == 0o600


def test_start_at_login_without_a_data_folder_names_none() -> None:
    assert "--data-dir" not in autostart.with_data_dir(["/x"], None)
    assert autostart.with_data_dir(["/x"], Path("/h o")) == ["/x", "--data-dir", "/h o"]
    assert "--data-dir" in windows_run_value(autostart.with_data_dir(["/x"], Path("/h")))
    agent = plistlib.loads(macos_launch_agent(autostart.with_data_dir(["/x"], Path("/h"))))
    assert agent["ProgramArguments"] == ["/x", "--data-dir", "/h", "--autostart"]
