"""`install-desktop` / `uninstall-desktop`: the menu entry and icons for this user."""

from __future__ import annotations

import argparse

from companion.cli.usage import UsageError
from companion.core.words import translate
from companion.integration.desktop_entries import install_desktop, uninstall_desktop


def install(args: argparse.Namespace) -> int:
    try:
        for path in install_desktop():
            print(path)
    except OSError as exc:
        raise UsageError(
            translate("Desktop", "install-desktop: {cause}: {file}").format(
                cause=exc.strerror, file=exc.filename
            )
        ) from None
    return 0


def uninstall(args: argparse.Namespace) -> int:
    for path in uninstall_desktop():
        print(path)
    return 0
