"""A prompt as a notification with Done / Snooze / Skip: answered there, it is settled too."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtGui import QIcon

from companion.core.prompt_surface import surfaces_for
from companion.core.settings import Settings, SettingsError, settings_from_dict, to_dict
from companion.journeys.reminders import Tonight
from companion.services.clock import ScaledClock
from companion.services.notifications import DesktopNotifier, gvariant_text
from companion.store.journal_store import open_journal
from companion.ui.tonight.panel import TonightPanel
from companion.ui.tray import Tray
from tests.fakes import BERLIN

SETTINGS = Settings(bedtime=time(23, 45), timezone="Europe/Berlin", onboarding_done=True)
NIGHT = datetime(2026, 11, 24).date()


class FakeNotifier(DesktopNotifier):
    """A notification server; a test presses the buttons with `press`."""

    @property
    def available(self) -> bool:
        return False  # never reaches a real server (nor starts gdbus)

    def notify(self, kind, title, body, actions=(), *, persistent=False) -> bool:  # type: ignore[no-untyped-def]
        self.shown.append((kind, title, tuple(a for a, _label in actions), persistent))
        self.showing.add(kind)
        return True

    def withdraw(self, kind: str) -> None:
        self.showing.discard(kind)

    def press(self, kind: str, answer: str) -> None:
        self.showing.discard(kind)  # the server takes a notification down once answered
        self.answered.emit(kind, answer)


@pytest.fixture
def evening(qtbot, paths):
    def start(prompts: str, *, actions: bool = True, asking: bool = False):
        journal = open_journal(paths, datetime(2026, 11, 24, 12, tzinfo=BERLIN))
        clock = ScaledClock(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), 1.0)
        panel = TonightPanel()
        qtbot.addWidget(panel)
        notifier = FakeNotifier()
        notifier.shown, notifier.showing = [], set()
        notifier.has_actions = actions
        notifier._asking = asking  # the server's answer on buttons still on its way
        settings = dataclasses.replace(SETTINGS, prompts=prompts)
        tonight = Tonight(settings, journal, Tray(QIcon()), panel, clock=clock, notifier=notifier)
        started.append((tonight, journal))
        tonight.start()
        return tonight, journal, clock, notifier

    started: list = []
    yield start
    for tonight, journal in started:
        tonight.stop()
        journal.close()


def answers(journal):
    return [(e.step, e.answer) for e in journal.events_for_night(NIGHT)]


def test_done_on_the_notification_is_recorded_and_the_card_goes(evening):
    tonight, journal, _clock, notifier = evening("both")
    assert tonight.prompts["magnesium"].isVisible()
    assert notifier.shown == [
        ("magnesium", "Time for your magnesium", ("done", "snoozed", "skipped"), False)
    ]
    notifier.press("magnesium", "done")
    assert answers(journal) == [("magnesium", "done")]  # as from the card: one record
    assert "magnesium" not in tonight.prompts
    assert tonight.panel.state_of("magnesium").startswith("done at 22:15")
    assert len(notifier.shown) == 1  # not prompted again


def test_done_on_the_card_takes_the_notification_away(evening):
    tonight, journal, _clock, notifier = evening("both")
    tonight.prompts["magnesium"].done_button.click()
    assert answers(journal) == [("magnesium", "done")]
    assert notifier.showing == set()


def test_a_snooze_from_the_notification_comes_back_as_one_replacing_prompt(evening):
    tonight, journal, clock, notifier = evening("notifications")
    assert tonight.prompts == {}  # the notification is the prompt, and it stays up
    assert notifier.shown[-1][3] is True
    notifier.press("magnesium", "snoozed")
    assert tonight.panel.state_of("magnesium") == "snoozed until 22:25"
    clock.jump(timedelta(minutes=10))
    tonight.scheduler.check_clock()
    assert tonight.prompts == {}
    assert [kind for kind, *_rest in notifier.shown] == ["magnesium", "magnesium"]
    assert notifier.showing == {"magnesium"}
    assert answers(journal) == [("magnesium", "snoozed"), ("magnesium", None)]


def test_skip_on_the_notification_is_recorded_like_the_cards(evening):
    tonight, journal, _clock, notifier = evening("notifications")
    notifier.press("magnesium", "skipped")
    assert answers(journal) == [("magnesium", "skipped")]
    assert tonight.panel.state_of("magnesium").startswith("skipped")


def test_without_buttons_on_notifications_the_card_stays(evening):
    tonight, _journal, _clock, notifier = evening("notifications", actions=False)
    assert tonight.prompts["magnesium"].isVisible()
    assert notifier.shown[-1][3] is False  # beside a card it expires as before


def test_pausing_takes_the_notification_down_too(evening):
    tonight, _journal, _clock, notifier = evening("both")
    tonight.pause_action.trigger()
    assert tonight.prompts == {}
    assert notifier.showing == set()


@pytest.mark.parametrize(
    ("choice", "has_tray", "answerable", "expected"),
    [
        ("auto", True, True, (True, True)),  # both by default, answered on either
        ("auto", False, True, (True, True)),
        ("cards", False, True, (True, True)),
        ("cards", True, True, (True, False)),
        ("notifications", True, True, (False, True)),
        ("notifications", True, False, (True, True)),  # a notification without buttons
        ("both", True, True, (True, True)),
    ],
)
def test_where_a_prompt_appears(choice, has_tray, answerable, expected):
    assert surfaces_for(choice, has_tray=has_tray, answerable=answerable) == expected


@pytest.mark.parametrize(
    ("choice", "has_tray", "answerable", "expected"),
    [
        ("auto", True, True, (False, True)),  # the desktop's notification, not a stray card
        ("auto", False, True, (False, True)),
        ("auto", True, False, (True, True)),  # nothing to answer it on: the card, centred
        ("cards", True, True, (True, False)),  # an explicit choice is kept
        ("both", True, True, (True, True)),
    ],
)
def test_where_cards_cannot_be_placed(choice, has_tray, answerable, expected):
    placed = surfaces_for(choice, has_tray=has_tray, answerable=answerable, can_place_cards=False)
    assert placed == expected


def test_on_wayland_the_answerable_notification_is_the_prompt(evening, on_wayland):
    tonight, journal, _clock, notifier = evening("auto")
    assert tonight.prompts == {}  # no card in the middle of the screen
    assert notifier.shown == [
        ("magnesium", "Time for your magnesium", ("done", "snoozed", "skipped"), True)
    ]  # and the notification stays until answered
    notifier.press("magnesium", "done")
    assert answers(journal) == [("magnesium", "done")]


def test_on_wayland_without_notification_buttons_the_card_still_comes(evening, on_wayland):
    tonight, _journal, _clock, notifier = evening("auto", actions=False)
    assert tonight.prompts["magnesium"].isVisible()
    assert notifier.shown[-1][3] is False


def test_the_setting_is_kept_in_the_settings_file():
    chosen = dataclasses.replace(SETTINGS, prompts="notifications")
    assert to_dict(chosen)["prompts"] == "notifications"
    assert settings_from_dict(to_dict(chosen)).prompts == "notifications"
    assert settings_from_dict({}).prompts == "auto"
    with pytest.raises(SettingsError, match="prompts: must be auto, cards, notifications or both"):
        settings_from_dict({"prompts": "popups"})


def test_text_reaches_gdbus_as_one_string():
    assert gvariant_text("It's 22:15\n[now]") == "'It\\'s 22:15\\n[now]'"


def test_on_wayland_a_prompt_due_at_start_waits_to_know_the_buttons(evening, on_wayland):
    tonight, _journal, _clock, notifier = evening("auto", actions=False, asking=True)
    assert tonight.prompts == {}
    assert notifier.shown == []
    notifier._read_capabilities("(['actions', 'body'],)")  # as gdbus prints GetCapabilities
    assert tonight.prompts == {}  # the notification can be answered: no card after all
    assert [(kind, persistent) for kind, _t, _a, persistent in notifier.shown] == [
        ("magnesium", True)
    ]
