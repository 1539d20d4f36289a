"""The reminders journey: scheduler → prompt cards → answers → journal → tray line and panel.

It also looks after the journal the reminders write to: a failed write is told once a day (the
reminders carry on and retry), and the daily backup is taken when the night turns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QAction

from companion.core.prompt_surface import surfaces_for
from companion.core.prompt_texts import PromptText, prompt_text
from companion.core.reminders import StepState
from companion.core.routine_record import routine_factors
from companion.core.settings import Settings
from companion.core.words import translate
from companion.integration.system_zone import effective_zone
from companion.journeys.prompt_cards import drop_closed_windows_pixmaps, make_card, ready_cards
from companion.journeys.prompt_kit import PREPARE_LEAD, PromptKit, make_prompt_kit
from companion.services.clock import Clock
from companion.services.locale_units import uses_fahrenheit
from companion.services.resume import ResumeWatcher
from companion.services.scheduler import STORE_ERRORS, StepScheduler
from companion.services.window_placement import places_windows
from companion.store.journal_store import JournalStore
from companion.ui.tray import Tray

if TYPE_CHECKING:  # windows load when first shown: the reminders run for hours without them
    from companion.journeys.away import PromptGate
    from companion.services.commands import StepCommandRunner
    from companion.services.notifications import DesktopNotifier
    from companion.services.presence import Presence
    from companion.ui.tonight.panel import TonightPanel
    from companion.ui.tonight.prompts import PromptWindow

log = logging.getLogger(__name__)


class Tonight(QObject):
    """Shows each step's prompt when the scheduler says so and records the answer."""

    stretch_requested = Signal(str)  # "Start now" on a stretch prompt: its step kind
    checkin_requested = Signal()  # "Check in" on the morning prompt
    breathing_requested = Signal()  # "Start now" on the breathing prompt

    def __init__(
        self,
        settings: Settings,
        journal: JournalStore,
        tray: Tray,
        panel: TonightPanel | None,
        *,
        clock: Clock | None = None,
        tray_anchor: Callable[[], QRect | None] = lambda: None,
        tell: Callable[[str], None] = log.warning,
        notifier: DesktopNotifier | None = None,
        presence: Presence | Callable[[], Presence] | None = None,
        pause_action: QAction | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.journal = journal
        self.tray = tray
        self.panel: TonightPanel | None = None  # attached when the Tonight window is first built
        self._status = ""
        self._stopped = False
        self.tray_anchor = tray_anchor
        self.tell = tell
        self._failure_told: date | None = None
        self.scheduler = StepScheduler(settings, journal, clock=clock, zone=self.zone, parent=self)
        self.prompts: dict[str, PromptWindow] = {}
        self._held: dict[str, StepState] = {}  # prompts waiting to know the server's buttons
        # What a prompt needs beyond its card is made shortly before the first one (prompt_kit).
        self._kit: PromptKit | None = None
        self._given = (notifier, presence)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.timeout.connect(self._prepare_ahead)
        self.scheduler.status_changed.connect(self._prepare_before_next)
        self.resume = ResumeWatcher(self)
        self.resume.resumed.connect(self.scheduler.on_resumed)
        self.scheduler.prompt_due.connect(self._offer)
        self.scheduler.prompt_expired.connect(self.close_prompt)
        self.scheduler.status_changed.connect(self._refresh)
        self.scheduler.journal_failed.connect(self._journal_failed)
        self.scheduler.night_changed.connect(self._read_experiment)
        self.scheduler.night_changed.connect(self._back_up_journal)
        self.scheduler.night_changed.connect(drop_closed_windows_pixmaps)
        if panel is not None:
            self.attach_panel(panel)
        if pause_action is None:  # else the app's, from before the reminders ran: it is wired
            pause_action = tray.add_feature_action(translate("Tray", "Pause tonight"))
            pause_action.triggered.connect(self.toggle_pause)
        self.pause_action: QAction = pause_action

    def zone(self) -> ZoneInfo:
        return effective_zone(self.settings)

    @property
    def prompts_ready(self) -> bool:
        """Whether what a prompt needs is made (journeys/prompt_kit.py)."""
        return self._kit is not None

    @property
    def notifier(self) -> DesktopNotifier:
        return self._prepare().notifier

    @property
    def away(self) -> PromptGate:
        return self._prepare().away

    @property
    def commands(self) -> StepCommandRunner:
        return self._prepare().commands

    def _prepare(self) -> PromptKit:
        if self._kit is None:
            notifier, presence = self._given
            self._kit = make_prompt_kit(
                notifier=notifier, presence=presence, show=self.show_prompt,
                hold=self._hold_quietly, state_of=self.state_of, clock=self.scheduler.clock,
                parent=self,
            )  # fmt: skip
            self._kit.notifier.answered.connect(self.answer)
            self._kit.notifier.capabilities_known.connect(self._show_held)
            self._kit.commands.failed.connect(self._command_failed)
        return self._kit

    def _prepare_ahead(self) -> None:
        """The kit, and the first card readied (a prompt made on demand has its card next)."""
        if self._kit is None:
            self._prepare()
            ready_cards(self.settings)

    def _offer(self, state: StepState) -> None:
        self.away.offer(state)  # due prompts pass the away/full-screen gate on their way

    def _prepare_before_next(self, _status: str) -> None:
        """Made PREPARE_LEAD before the reminders next wake (a step, a snooze's end)."""
        wake = self.scheduler.next_wakeup_at
        if self._kit is not None or wake is None or self._stopped:
            return
        seconds = self.scheduler.clock.real_seconds_until(wake - PREPARE_LEAD)
        if seconds <= 0:
            self._prepare_ahead()
        else:
            self._prepare_timer.start(min(int(seconds * 1000), 2**31 - 1))

    def attach_panel(self, panel: TonightPanel) -> None:
        """The Tonight window, built when first opened: from then on it shows what the tray does."""
        self.panel = panel
        panel.answered.connect(self.answer)
        panel.pause_requested.connect(self.toggle_pause)
        if not self._stopped:  # after shut-down the journal is closed: nothing left to show
            self._show_on_panel()

    def start(self) -> None:
        self._read_experiment()
        self.scheduler.start()

    def _read_experiment(self, _night: date | None = None) -> None:
        """A self-experiment turns steps off on its "off" nights: read it now and each new night
        (it may have been planned from the command line meanwhile)."""
        try:
            experiment = self.journal.experiment()
        except STORE_ERRORS as exc:
            self._journal_failed(str(exc))
            return
        if experiment != self.scheduler.experiment:
            self.scheduler.experiment = experiment
            if _night is not None:  # tonight's plan was made before: make it again, after this
                QTimer.singleShot(0, self.scheduler.replan)

    def stop(self) -> None:
        self._stopped = True
        self.scheduler.stop()
        self._prepare_timer.stop()
        for window in list(self.prompts.values()):
            window.close()
        if self._kit is not None:
            self._kit.away.stop()
            self._kit.notifier.close()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.scheduler.set_settings(settings)

    def toggle_pause(self) -> None:
        self.scheduler.set_paused(not self.scheduler.is_paused)
        if self.scheduler.is_paused:
            for kind in list(self.prompts):
                self.close_prompt(kind)

    # prompts --------------------------------------------------------------------------------

    def show_prompt(self, state: StepState) -> None:
        kind = state.step.kind
        if self.notifier.is_asking and not places_windows():
            # Where cards cannot be placed, whether one is needed depends on the server's
            # buttons: a prompt due as the app starts waits the few ms for its answer.
            self._held[kind] = state
            return
        late = state.step.at if state.status == "late" else None
        text = prompt_text(kind, self.settings, fahrenheit=self._fahrenheit(), late_since=late)
        card, notification = surfaces_for(
            self.settings.prompts,
            has_tray=self.tray.icon.isVisible(),
            answerable=self.notifier.has_actions,
            can_place_cards=places_windows(),
        )
        # A prompt shown again (after a restart, or when a snooze ends) replaces its old card
        # and its old notification; the scheduler already counts it as on screen.
        self._close_card(kind)
        if notification:
            self._notify(kind, text, can_snooze=state.can_snooze, alone=not card)
        else:
            self.notifier.withdraw(kind)
        if card:
            self._show_card(kind, text, can_snooze=state.can_snooze)
        self.scheduler.mark_shown(state)
        if state.status in ("due", "late"):
            self.commands.run_for(kind, self.settings)

    def _show_held(self) -> None:
        held, self._held = list(self._held.values()), {}
        for state in held:
            self.show_prompt(state)

    def _show_card(self, kind: str, text: PromptText, *, can_snooze: bool) -> None:
        window = make_card(kind, text, self.settings, can_snooze=can_snooze)
        window.answered.connect(lambda answer, k=kind: self.answer(k, answer))
        self.prompts[kind] = window
        window.show_near(self.tray_anchor())

    def _hold_quietly(self, state: StepState) -> None:
        """A full-screen window is up: a quiet notification now, the card when it ends."""
        late = state.step.at if state.status == "late" else None
        text = prompt_text(state.step.kind, self.settings, fahrenheit=self._fahrenheit(),
                           late_since=late)  # fmt: skip
        self._notify(state.step.kind, text, can_snooze=state.can_snooze, alone=True, quiet=True)

    def _notify(
        self, kind: str, text: PromptText, *, can_snooze: bool, alone: bool, quiet: bool = False
    ) -> None:
        """The notification carries the card's buttons; alone (no card) it stays until answered."""
        snooze_label = translate("Notifications", "Snooze {minutes} min").format(
            minutes=self.settings.snooze_minutes
        )
        snooze = [("snoozed", snooze_label)] if can_snooze else []
        actions = [("done", text.done_label), *snooze, ("skipped", text.skip_label)]
        body = text.body.split("\n")[0]
        if quiet:
            self.notifier.notify(kind, text.title, body, actions, persistent=alone, quiet=True)
        else:
            self.notifier.notify(kind, text.title, body, actions, persistent=alone)

    def close_prompt(self, kind: str) -> None:
        """Take a card down for good (expired, paused); the scheduler may show it again."""
        self._take_down(kind)
        if self._kit is not None:
            self._kit.away.forget(kind)
        self.scheduler.prompt_closed(kind)

    def _take_down(self, kind: str) -> None:
        """Both surfaces go: answered on one, the prompt is settled on the other too."""
        self._held.pop(kind, None)
        self._close_card(kind)
        if self._kit is not None:  # else no notification was ever sent
            self._kit.notifier.withdraw(kind)

    def _close_card(self, kind: str) -> None:
        window = self.prompts.pop(kind, None)
        if window is not None:
            window.close()
            window.deleteLater()

    def answer(self, kind: str, answer: str) -> None:
        """An answer from a prompt or the panel; Start/Check in also open their window."""
        if answer == "snoozed" and not self.scheduler.can_snooze(kind):
            # The snooze window closed while the card was up: keep it, without Snooze.
            if (window := self.prompts.get(kind)) is not None:
                window.set_can_snooze(False)
            elif (state := self.state_of(kind)) is not None:  # answered on its notification
                self.show_prompt(state)  # again, now without Snooze
            return
        if not self.scheduler.answer(kind, answer):
            return  # not recorded (the journal said why): the card stays for another try
        self._take_down(kind)
        self._record_factors(kind, answer)
        if answer == "done" and kind in ("stretch", "morning_stretch"):
            self.stretch_requested.emit(kind)
        elif answer == "done" and kind == "checkin":
            self.checkin_requested.emit()
        elif answer == "done" and kind == "breathing":
            self.breathing_requested.emit()

    def state_of(self, kind: str) -> StepState | None:
        """Where tonight's step `kind` stands, or None when tonight has no such step."""
        return next((s for s in self.scheduler.states() if s.step.kind == kind), None)

    def settle(self, kind: str, answer: str) -> None:
        """Answer a step from outside its prompt (a stretch session ended): its card goes."""
        self.close_prompt(kind)
        self.scheduler.answer(kind, answer)

    def settle_after_session(self, kind: str, answer: str) -> None:
        """A guided session (stretches, breathing) ended: settle its step if still waiting, or
        mark one that "Start now" already answered "done" as only partly done."""
        state = self.state_of(kind)
        if state is None:
            return
        if state.is_pending or (state.status == "done" and answer != "done"):
            self.settle(kind, answer)

    def _record_factors(self, kind: str, answer: str) -> None:
        plan = self.scheduler.plan
        if plan is None:
            return
        now = self.scheduler.clock.now().astimezone(plan.bedtime.tzinfo)
        values = routine_factors(kind, answer, now, self.settings)
        if values:
            try:
                self.journal.set_factors(plan.night, values, "routine")
            except STORE_ERRORS as exc:
                self.scheduler.journal_failed.emit(str(exc))

    def _command_failed(self, kind: str, message: str) -> None:
        window = self.prompts.get(kind)
        if window is not None:
            window.set_note(message)

    # the journal --------------------------------------------------------------------------

    def _journal_failed(self, message: str) -> None:
        """Tell once a day: the app keeps trying, and a stream of boxes would not help."""
        night = self.scheduler.clock.now().astimezone().date()
        if night == self._failure_told:
            return
        self._failure_told = night
        self.tell(
            translate(
                "Reminders",
                "Bedtime Companion could not write to your journal "
                "({reason}). It will keep trying; your reminders carry on.",
            ).format(reason=message)
        )

    def _back_up_journal(self, _night: date) -> None:
        """A tray app runs for weeks: take the daily backup when the day turns, too."""
        try:
            self.journal.back_up_daily(self.scheduler.clock.now().astimezone().date())
        except STORE_ERRORS as exc:
            self._journal_failed(
                translate("Reminders", "the daily backup failed: {reason}").format(reason=exc)
            )

    # tray line and panel --------------------------------------------------------------------

    def _refresh(self, status: str) -> None:
        self.tray.set_status(status or None)
        self.pause_action.setText(
            translate("Tray", "Resume tonight")
            if self.scheduler.is_paused
            else translate("Tray", "Pause tonight")
        )
        self.tray.set_paused(self.scheduler.is_paused)
        self._status = status
        self._show_on_panel()

    def _show_on_panel(self) -> None:
        if self.panel is None:
            return
        from companion.ui.tonight.panel import timeline_rows

        self.panel.set_paused(self.scheduler.is_paused)
        self.panel.set_status(self._status)
        rows = timeline_rows(self.scheduler.states())
        current = next((r.kind for r in rows if r.is_current), None)
        can_snooze = current is not None and self.scheduler.can_snooze(current)
        self.panel.set_timeline(rows, can_snooze=can_snooze)

    def _fahrenheit(self) -> bool:
        return uses_fahrenheit(self.settings)
