"""The evening as the user meets it: prompt windows, answers in the journal, tray and panel."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QIcon, QPixmap, QPixmapCache

from companion.core.settings import Settings
from companion.journeys import reminders
from companion.journeys.prompt_kit import PromptKit, make_prompt_kit
from companion.journeys.reminders import Tonight
from companion.services.clock import ScaledClock
from companion.store.journal_store import open_journal
from companion.ui.tonight.panel import TonightPanel
from companion.ui.tray import Tray
from tests.fakes import BERLIN

SETTINGS = Settings(bedtime=time(23, 45), timezone="Europe/Berlin", onboarding_done=True)
NIGHT = datetime(2026, 11, 24).date()


@pytest.fixture
def evening(qtbot, paths):
    journal = open_journal(paths, datetime(2026, 11, 24, 12, tzinfo=BERLIN))
    clock = ScaledClock(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), 1.0)
    panel = TonightPanel()
    qtbot.addWidget(panel)
    tonight = Tonight(SETTINGS, journal, Tray(QIcon()), panel, clock=clock)
    tonight.start()
    yield tonight, journal, clock
    tonight.stop()
    journal.close()


def test_what_a_prompt_needs_is_made_shortly_before_the_first_step(qtbot, paths, monkeypatch):
    journal = open_journal(paths, datetime(2026, 11, 24, 12, tzinfo=BERLIN))
    # Half an hour before magnesium (22:15), an evening at 3,000×: the half hour is 0.6 s.
    clock = ScaledClock(datetime(2026, 11, 24, 21, 45, tzinfo=BERLIN), 3000.0)
    made_at: list[datetime] = []

    def make_kit(**parts: Any) -> PromptKit:
        made_at.append(clock.now())
        return make_prompt_kit(**parts)

    monkeypatch.setattr(reminders, "make_prompt_kit", make_kit)
    tonight = Tonight(SETTINGS, journal, Tray(QIcon()), None, clock=clock)
    try:
        tonight.start()
        assert not tonight.prompts_ready  # the reminders run; their notifications are not made
        qtbot.waitUntil(lambda: "magnesium" in tonight.prompts, timeout=5000)
        assert tonight.prompts["magnesium"].isVisible()
        assert len(made_at) == 1
        assert made_at[0] < datetime(2026, 11, 24, 22, 15, tzinfo=BERLIN)  # before it was due
    finally:
        tonight.stop()
        journal.close()


def answers(journal):
    return [(e.step, e.answer) for e in journal.events_for_night(NIGHT)]


def test_due_step_shows_its_prompt_and_done_is_recorded(qtbot, evening):
    tonight, journal, _clock = evening
    window = tonight.prompts["magnesium"]
    assert window.isVisible()
    assert answers(journal) == [("magnesium", None)]  # shown, not yet answered
    window.done_button.click()
    assert answers(journal) == [("magnesium", "done")]
    assert "magnesium" not in tonight.prompts
    assert tonight.panel.state_of("magnesium").startswith("done at 22:15")
    assert tonight.tray.status_action.text() == "Stretches at 23:00 · in 45 min"


def test_panel_buttons_answer_the_current_step(qtbot, evening):
    tonight, journal, _clock = evening
    assert tonight.panel.current_kind == "magnesium"
    tonight.panel.act_buttons["skipped"].click()
    assert answers(journal) == [("magnesium", "skipped")]
    assert tonight.panel.state_of("magnesium").startswith("skipped")


def test_snooze_then_the_prompt_returns(qtbot, evening):
    tonight, journal, clock = evening
    tonight.prompts["magnesium"].snooze_button.click()
    assert tonight.panel.state_of("magnesium") == "snoozed until 22:25"
    clock.jump(timedelta(minutes=10))
    tonight.scheduler.check_clock()
    assert tonight.prompts["magnesium"].isVisible()
    assert answers(journal) == [("magnesium", "snoozed"), ("magnesium", None)]


def test_start_now_on_the_stretch_prompt_asks_for_the_stretch_window(qtbot, evening):
    tonight, _journal, clock = evening
    tonight.prompts["magnesium"].done_button.click()
    clock.jump(timedelta(minutes=45))
    tonight.scheduler.check_clock()
    with qtbot.waitSignal(tonight.stretch_requested, timeout=1000):
        tonight.prompts["stretch"].done_button.click()


def test_pause_tonight_takes_prompts_down_until_resume(qtbot, evening):
    tonight, _journal, _clock = evening
    tonight.pause_action.trigger()
    assert tonight.prompts == {}
    assert tonight.pause_action.text() == "Resume tonight"
    assert tonight.tray.status_action.text() == "Paused tonight"
    tonight.pause_action.trigger()
    assert tonight.prompts["magnesium"].isVisible()  # still useful: it comes back


def test_settings_change_replans_at_once(qtbot, evening):
    tonight, _journal, _clock = evening
    tonight.prompts["magnesium"].done_button.click()
    tonight.set_settings(dataclasses.replace(SETTINGS, bedtime=time(23, 15)))
    assert tonight.tray.status_action.text() == "Stretches at 22:30 · in 15 min"


def test_answers_become_routine_factors_for_the_check_in(qtbot, evening):
    tonight, journal, _clock = evening
    tonight.prompts["magnesium"].done_button.click()
    factors = journal.factors_for(NIGHT)
    assert factors["magnesium"].value == "yes"
    assert factors["magnesium"].source == "routine"
    assert factors["magnesium_dose_mg"].value == "300"
    assert factors["magnesium_time"].value.startswith("2026-11-24T22:15")


def test_an_open_card_survives_other_replans_untouched(qtbot, evening):
    tonight, _journal, _clock = evening
    card = tonight.prompts["magnesium"]
    tonight.scheduler.replan()
    tonight.set_settings(dataclasses.replace(SETTINGS, snooze_minutes=5))
    assert tonight.prompts["magnesium"] is card  # not rebuilt, not notified again


def test_an_ignored_card_is_taken_down_when_its_step_is_missed(qtbot, evening):
    tonight, journal, clock = evening
    clock.jump(timedelta(minutes=50))  # 23:05: past the stretch time, magnesium is missed
    tonight.scheduler.check_clock()
    assert "magnesium" not in tonight.prompts
    assert "stretch" in tonight.prompts
    assert ("magnesium", "missed") in answers(journal)


def test_a_step_disabled_while_its_card_is_up_takes_the_card_down(qtbot, evening):
    tonight, _journal, _clock = evening
    tonight.set_settings(SETTINGS.with_step("magnesium", enabled=False))
    assert "magnesium" not in tonight.prompts


def test_morning_cards_stay_dark_until_the_evening_look_ends(qapp):
    from companion.journeys.prompt_cards import card_is_dark
    from companion.ui.theme import use_look_palette

    use_look_palette(qapp, True)  # the morning before the check-in is answered
    assert card_is_dark("checkin") and card_is_dark("morning_stretch")
    use_look_palette(qapp, False)  # by day
    assert not card_is_dark("checkin")
    assert card_is_dark("magnesium")  # evening cards are dark whatever the look


def test_a_self_experiment_turns_its_step_off_on_off_nights(qtbot, evening):
    from companion.core.n_of_1 import is_routine_on, plan_experiment

    tonight, journal, _clock = evening
    night = tonight.scheduler.plan.night
    for seed in range(50):  # a seed whose first block is "off" for magnesium
        experiment = plan_experiment(night, "magnesium", 2, 1, seed)
        if is_routine_on(experiment, night) is False:
            break
    assert tonight.scheduler.plan.step("magnesium") is not None  # before: every step
    journal.save_experiment(experiment)
    tonight.stop()
    tonight.start()  # as at the next start, or the next night
    assert tonight.scheduler.plan.step("magnesium") is None
    assert tonight.scheduler.plan.step("stretch") is not None


def test_a_tonight_window_first_opened_later_shows_what_was_answered_before(qtbot, paths):
    # The reminders run all day without the window (it is built when first opened).
    journal = open_journal(paths, datetime(2026, 11, 24, 12, tzinfo=BERLIN))
    clock = ScaledClock(datetime(2026, 11, 24, 22, 15, 5, tzinfo=BERLIN), 1.0)
    tonight = Tonight(SETTINGS, journal, Tray(QIcon()), None, clock=clock)
    tonight.start()
    try:
        tonight.prompts["magnesium"].done_button.click()
        panel = TonightPanel()
        qtbot.addWidget(panel)
        tonight.attach_panel(panel)
        assert panel.state_of("magnesium").startswith("done at 22:15")
        panel.pause_requested.emit()  # and it answers for tonight from then on
        assert tonight.scheduler.is_paused
    finally:
        tonight.stop()
        journal.close()


def test_pixmaps_left_by_last_nights_windows_are_dropped_when_the_night_turns(qtbot, evening):
    """Weeks of cards would otherwise fill Qt's pixmap cache (10 MB) with pixmaps no window
    can use again: each card draws its buttons in a palette of its own."""
    tonight, _journal, clock = evening
    tonight.prompts["magnesium"].grab()  # painted: the style caches what it drew the card with
    assert QPixmapCache.insert("a closed card's button", QPixmap(8, 8))
    tonight.prompts["magnesium"].done_button.click()
    clock.jump(timedelta(minutes=45))
    tonight.scheduler.check_clock()  # the same night: nothing dropped yet
    assert QPixmapCache.find("a closed card's button") is not None
    clock.jump(timedelta(hours=14))
    with qtbot.waitSignal(tonight.scheduler.night_changed, timeout=1000):
        tonight.scheduler.check_clock()
    assert QPixmapCache.find("a closed card's button") is None
