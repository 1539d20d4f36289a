"""Each window of the check-in, journal and setup journeys in each of its states, with the
buttons that must stay in view: shared by the fit test and the PNG gallery of these windows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from companion.core.insights import JournalData, make_record
from companion.core.journal import FactorValue, Night
from companion.core.settings import Settings
from companion.ui.checkin.dialog import CheckinDialog
from companion.ui.journal.state import TABS
from companion.ui.journal.window import JournalWindow, JournalWindowState
from companion.ui.setup.onboarding import OnboardingDialog
from companion.ui.setup.settings_dialog import SettingsDialog
from tests.nights import full_night

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 24)
START = date(2024, 3, 1)

# A window in one state, and the buttons that must be visible in it.
Built = tuple[QWidget, list[QWidget]]


def checkin(details: bool) -> Built:
    factors = {"tag:late dinner": FactorValue("tag:late dinner", "yes", "manual")}
    dialog = CheckinDialog(
        NIGHT,
        full_night(NIGHT, BERLIN, note="Warm bath before bed.") if details else None,
        factors if details else {},
        ["Magnesium at 21:02", "Stretches 10/10 holds", "Lights dimmed"],
        ["late dinner", "sauna", "travel"],
        zone=BERLIN,
    )
    dialog.set_details_shown(details)
    return dialog, [dialog.save_button, dialog.cancel_button]


def journal_data(count: int = 120) -> JournalData:
    records = []
    for i in range(count):
        day = START + timedelta(days=i)
        factors = {"magnesium": FactorValue("magnesium", "yes" if i % 2 else "no", "routine")}
        if i % 5 == 0:
            factors["tag:sauna"] = FactorValue("tag:sauna", "yes", "manual")
        night = Night(day, rls_intensity=i % 11, quality=1 + i % 5, sleep_onset_min=10 + i)
        records.append(make_record(night, factors))
    return JournalData(records, ["tag:sauna"])


def journal(tab: str) -> Built:
    state = JournalWindowState(tab=tab, chart_range=90, experiment_start=START + timedelta(60))
    window = JournalWindow(journal_data(), state=state, tz=UTC)
    buttons: list[QWidget] = [window.report_button]
    if tab in ("calendar", "list"):
        buttons += [window.editor.save_button, window.editor.revert_button]
    return window, buttons


def welcome() -> Built:
    dialog = OnboardingDialog(time(22, 30), time(7, 0))
    return dialog, [dialog.start_button]


def settings() -> Built:
    dialog = SettingsDialog(Settings(onboarding_done=True), "Europe/Berlin")
    kinds = QDialogButtonBox.StandardButton
    return dialog, [dialog.buttons.button(k) for k in (kinds.Ok, kinds.Cancel, kinds.Apply)]


WINDOWS: dict[str, Callable[[], Built]] = {
    "checkin-short": lambda: checkin(False),
    "checkin-details": lambda: checkin(True),
    **{f"journal-{tab}": (lambda tab=tab: journal(tab)) for tab in TABS},  # type: ignore[misc]
    "welcome": welcome,
    "settings": settings,
}
