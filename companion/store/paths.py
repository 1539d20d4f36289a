"""Where the app keeps its files: the platform's folders, or one folder given by --data-dir / env.

On Linux and the BSDs the XDG Base Directory variables are read here directly (a dozen lines);
elsewhere platformdirs answers. Importing platformdirs costs the tray ~0.4 MB it would carry
for weeks for three paths (issue 19); tests/store/test_paths.py checks both give the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "bedtime-companion"
HOME_ENV = "BEDTIME_COMPANION_HOME"
DIR_MODE = 0o700
FILE_MODE = 0o600
SETTINGS_NAME = "settings.toml"


class Paths(NamedTuple):
    """The folders the app writes to; each is created private (0700) on first use.

    A NamedTuple, not a dataclass: it is read before the tray icon shows, and the dataclasses
    module with a frozen class costs ~2.5 ms there (DESIGN §5); it is just as immutable.
    """

    config_dir: Path
    data_dir: Path
    state_dir: Path
    # The one folder given by --data-dir or BEDTIME_COMPANION_HOME (None: the platform's), so
    # that an app started at login finds the same files.
    root: Path | None = None

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_NAME

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "companion.log"

    def ensure(self) -> None:
        """Create every folder with owner-only permissions (tightening existing ones)."""
        for folder in (self.config_dir, self.data_dir, self.state_dir):
            make_private_dir(folder)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """One folder for everything when asked (flag, then environment), else the platform's."""
    # An empty (or blank) variable means "not set", never the current folder. An empty flag
    # is refused by the command line before it gets here.
    root = data_dir if data_dir is not None else (os.environ.get(HOME_ENV) or "").strip() or None
    if root is not None:
        base = Path(root).expanduser().absolute()
        return Paths(config_dir=base, data_dir=base, state_dir=base, root=base)
    if sys.platform.startswith(XDG_PLATFORMS):
        return Paths(
            config_dir=xdg_config_home() / APP_NAME,
            data_dir=xdg_data_home() / APP_NAME,
            state_dir=xdg_home("XDG_STATE_HOME", "~/.local/state") / APP_NAME,
        )
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        state_dir=Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
    )


XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def xdg_home(variable: str, default: str) -> Path:
    """An XDG base directory: the variable when it holds an absolute path (the spec says a
    relative one is to be ignored), else its default under the home folder."""
    value = os.environ.get(variable, "")
    return Path(value if os.path.isabs(value) else os.path.expanduser(default))


def make_private_dir(folder: Path) -> None:
    """mkdir -p with 0700 on the folder itself, whatever the umask; every parent the app has
    to create is 0700 too, and parents that exist keep their mode."""
    make_missing_dirs(folder)
    if folder.stat().st_mode & 0o777 != DIR_MODE:
        folder.chmod(DIR_MODE)


def make_missing_dirs(folder: Path) -> None:
    """mkdir -p where each folder made here is 0700 and each that was there keeps its mode (for
    folders the desktop owns, e.g. ~/.config/autostart: DESIGN §4.2)."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for made in reversed(missing):
        made.mkdir(exist_ok=True, mode=DIR_MODE)
        made.chmod(DIR_MODE)  # mkdir's mode is cut by the umask


# Folders the user's desktop owns, where integration/ puts its entries: XDG on every platform,
# since only Linux desktops read them and a macOS or Windows build must not be sent to Library
# or AppData.


def xdg_config_home() -> Path:
    """$XDG_CONFIG_HOME, default ~/.config (holds autostart/)."""
    return xdg_home("XDG_CONFIG_HOME", "~/.config")


def xdg_data_home() -> Path:
    """$XDG_DATA_HOME, default ~/.local/share (holds applications/, icons/, metainfo/)."""
    return xdg_home("XDG_DATA_HOME", "~/.local/share")


def launch_agents_dir(home: Path | None = None) -> Path:
    """macOS's per-user LaunchAgents folder under `home` (default: the user's home)."""
    return (home or Path.home()) / "Library" / "LaunchAgents"
