"""Bedtime Companion: a tray app for an evening routine against restless legs."""

__version__ = "0.1.0"

# Reverse-DNS id: the .desktop file name, the AppStream id and what Wayland shows for our icon.
APP_ID = "io.github.bedtime_companion.BedtimeCompanion"

# Set by the tray process on a window it starts in a process of its own (app/window_process.py).
WINDOW_ENV = "BEDTIME_COMPANION_WINDOW"

# The login start's flag (integration/autostart.py writes it): started like a plain launch.
AUTOSTART_FLAG = "--autostart"

# Set by bench/ on the app it measures: the app then also answers bench-* commands.
BENCH_ENV = "BEDTIME_COMPANION_BENCH"
