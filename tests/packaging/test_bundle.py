"""Smoke tests of a built PyInstaller bundle (CI builds it, then points BEDTIME_COMPANION_BUNDLE
at the folder or the one-file executable). Skipped when the variable is not set.

    python packaging/build.py
    BEDTIME_COMPANION_BUNDLE=dist/bedtime-companion python -m pytest tests/packaging
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from bench.xdesktop import missing_tools, wait_until, x_desktop
from companion import __version__
from tests.window_titles import TITLES

BUNDLE_ENV = "BEDTIME_COMPANION_BUNDLE"
EXE = "bedtime-companion"


@pytest.fixture(scope="module")
def bundle_exe() -> Path:
    where = os.environ.get(BUNDLE_ENV)
    if not where:
        pytest.skip(f"set {BUNDLE_ENV} to a built bundle (python packaging/build.py)")
    path = Path(where)
    exe = path / EXE if path.is_dir() else path
    assert exe.is_file() and os.access(exe, os.X_OK), f"{BUNDLE_ENV}={where} holds no {EXE}"
    return exe.absolute()


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "BEDTIME_COMPANION"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    return env


def test_version(bundle_exe: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle_exe), "--version"], env=_env(tmp_path), capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{EXE} {__version__}"


def test_self_test_passes_offscreen(bundle_exe: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle_exe), "--self-test"], env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_plan_command_runs_without_qt_widgets(bundle_exe: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle_exe), "--data-dir", str(tmp_path / "home"), "plan", "--json"],
        env=_env(tmp_path), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"steps"' in result.stdout


def test_bundle_leaves_out_unused_qt_and_host_font_libraries(bundle_exe: Path) -> None:
    root = bundle_exe.parent
    if not (root / "_internal").is_dir():
        pytest.skip("a one-file bundle has no folder to look into")
    names = {p.name for p in root.rglob("*")}
    unwanted = {
        "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "libqpdf.so", "libqeglfs.so",
        "libqtvirtualkeyboardplugin.so", "libfreetype.so.6", "libfontconfig.so.1",
        "libQt6WebEngineCore.so.6", "libffmpegmediaplugin.so",
    }  # fmt: skip
    wanted = {
        "libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvg.so", "libqsvgicon.so",
        "libqtexttospeech_mock.so", "libqtexttospeech_speechd.so", "libQt6Multimedia.so.6",
    }  # fmt: skip
    assert not unwanted & names
    assert wanted <= names


def test_bundle_carries_no_tls(bundle_exe: Path, tmp_path: Path) -> None:
    """The app never goes online: no OpenSSL in the folder, and the instance socket's name
    (SHA-256 of the data dir) still works without it (the dock test below starts the app)."""
    root = bundle_exe.parent
    if not (root / "_internal").is_dir():
        pytest.skip("a one-file bundle has no folder to look into")
    names = [p.name for p in root.rglob("*")]
    tls = [n for n in names if n.startswith(("libssl.so", "libcrypto.so", "_ssl.", "_hashlib."))]
    assert tls == []


@pytest.mark.e2e
def test_bundled_app_docks_its_tray_icon(bundle_exe: Path, tmp_path: Path) -> None:
    missing = missing_tools()
    if missing:
        message = f"needs {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    data = tmp_path / "home"
    data.mkdir(mode=0o700)
    (data / "settings.toml").write_text("onboarding_done = true\n")
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    with x_desktop(runtime) as desk:
        desk.env.update(HOME=str(tmp_path))
        app = desk.start([str(bundle_exe), "--data-dir", str(data)], stderr=subprocess.PIPE)
        icons = wait_until(
            lambda: desk.tray_icons() or app.poll() is not None, 60, "the tray icon to dock"
        )
        stderr = b""
        if app.poll() is not None and app.stderr is not None:
            stderr = app.stderr.read()
        assert icons is not True and app.poll() is None, stderr.decode(errors="replace")
        assert len(desk.tray_icons()) == 1
        # The SIGTERM handler is in place before the icon is asked for: a logout right now
        # still ends the app cleanly.
        app.terminate()
        assert app.wait(15) == 0
        stderr = app.stderr.read() if app.stderr else b""
        assert b"Traceback" not in stderr


@pytest.mark.parametrize("kind", list(TITLES))
def test_bundled_app_opens_a_window_in_a_process_of_its_own(
    bundle_exe: Path, tmp_path: Path, kind: str
) -> None:
    # As the tray process starts it (app/windows_apart.py): the bundle's own executable, asked
    # in the environment; it reports its window, and ends when the tray's end of the pipe closes.
    from companion.app import window_wire as wire
    from companion.store.paths import resolve_paths

    paths = resolve_paths(tmp_path / "home")
    paths.ensure()
    paths.settings_file.write_text("onboarding_done = true\n")
    request = wire.WindowRequest(kind, paths)  # type: ignore[arg-type]
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen", **{wire.WINDOW_ENV: request.to_text()})
    with subprocess.Popen(
        [str(bundle_exe)], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        assert process.stdout and process.stdin and process.stderr
        titles: list[str] = []
        while not titles:
            raw = process.stdout.readline()
            assert raw, f"ended before showing its window: {process.stderr.read()!r}"
            message = wire.read_line(raw) or {}
            if message.get("name") == wire.WINDOWS:
                titles = message["titles"]
        assert [t for t in titles if t.startswith(TITLES[kind])] != [], titles
        process.stdin.close()  # the tray quits
        assert process.wait(60) == 0
        assert "Traceback" not in process.stderr.read().decode()
