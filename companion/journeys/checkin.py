"""The morning check-in journey: open the dialog for a night, fill it from the journal, save.

The dialog holds widgets only and the store no widgets; this controller carries the data
between them (`load_checkin`, `save_checkin`) and keeps one dialog per night.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from companion.core.events import FINAL_ANSWERS, RoutineEvent
from companion.core.journal import (
    TAG_PREFIX,
    FactorValue,
    Night,
    describe_night,
    tag_key,
)
from companion.core.settings import STEP_LABELS, StepKind
from companion.core.words import clock_time, translate
from companion.journeys.host import AppHost
from companion.services.locale_units import uses_fahrenheit
from companion.services.memory import delete_and_release
from companion.store.journal_store import JournalStore, JournalStoreError
from companion.ui.present import present_dialog

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from companion.core.settings import Settings
    from companion.ui.checkin.dialog import CheckinDialog

# The routine steps the summary speaks of, in the evening's order.
_STEPS: tuple[StepKind, ...] = ("magnesium", "stretch", "lights", "bedtime")


@dataclass(frozen=True)
class CheckinData:
    """Everything the dialog shows for one night, as plain values."""

    night_date: date
    night: Night | None
    factors: dict[str, FactorValue]
    routine: list[str]
    tags: list[str]


class CheckinAnswers(Protocol):
    """What the dialog's `saved` signal carries (`ui.checkin_dialog.CheckinAnswers`)."""

    @property
    def night(self) -> Night: ...

    @property
    def factors(self) -> Mapping[str, str | None]: ...

    @property
    def tags(self) -> Sequence[str]: ...


class _SignalInstance(Protocol):
    def connect(self, slot: Callable[[CheckinAnswers], None]) -> object: ...


class CheckinWindow(Protocol):
    """The two things `connect_checkin` needs of the dialog."""

    @property
    def saved(self) -> _SignalInstance: ...

    def refuse_save(self, message: str) -> None: ...


def load_checkin(store: JournalStore, night: date) -> CheckinData:
    """The stored night (or None), its factors, the routine's summary and every tag name."""
    factors = store.factors_for(night)
    tags = [m.label for m in store.factor_definitions() if m.is_tag]
    return CheckinData(
        night_date=night,
        night=store.get_night(night),
        factors=factors,
        routine=routine_summary(store.events_for_night(night), factors),
        tags=tags,
    )


def save_checkin(store: JournalStore, answers: CheckinAnswers) -> list[str]:
    """Write the night, its changed factors and its tags in ONE transaction; what is now stored.

    Tags not yet defined are defined (`add_tag`); tags that were on the night and are no longer
    chosen are removed. Raises JournalStoreError (or JournalValueError) with nothing written.
    """
    night = answers.night
    changes: dict[str, str | None] = dict(answers.factors)
    wanted = {tag_key(name) for name in answers.tags}
    with store.transaction():
        current = store.factors_for(night.night)
        for name in answers.tags:
            key = tag_key(name)
            if key not in current:
                store.add_tag(name)
                changes[key] = "yes"
        for key in current:
            if key.startswith(TAG_PREFIX) and key not in wanted:
                changes[key] = None
        store.save_night(night, changes, "manual")
    return describe_night(night, store.factors_for(night.night))


def connect_checkin(dialog: CheckinWindow, store: JournalStore) -> None:
    """Save whatever the dialog hands over; if the journal refuses, the dialog stays open."""

    def on_saved(answers: CheckinAnswers) -> None:
        try:
            save_checkin(store, answers)
        except (JournalStoreError, ValueError) as exc:  # ValueError: JournalValueError
            dialog.refuse_save(translate("Checkin", "Not saved: {reason}").format(reason=exc))

    dialog.saved.connect(on_saved)


def routine_summary(
    events: Sequence[RoutineEvent], factors: Mapping[str, FactorValue]
) -> list[str]:
    """What the evening routine recorded, one short phrase per step, e.g. "Magnesium at 21:02".

    Factor values written by the routine (dose, time, holds) say more than a prompt's answer,
    so they win; otherwise the step's last answer speaks. Steps with neither are left out.
    """
    last: dict[str, RoutineEvent] = {}
    for event in events:
        # The settled answer counts; a later open or snoozed prompt does not undo it.
        settled = last.get(event.step)
        if settled is None or settled.answer not in FINAL_ANSWERS or event.answer in FINAL_ANSWERS:
            last[event.step] = event
    lines: list[str] = []
    for step in _STEPS:
        line = _from_factors(step, factors) or _from_event(step, last.get(step))
        if line:
            lines.append(line)
    return lines


def _value(factors: Mapping[str, FactorValue], key: str) -> str | None:
    fv = factors.get(key)
    return fv.value if fv is not None else None


def _from_factors(step: StepKind, factors: Mapping[str, FactorValue]) -> str | None:
    if step == "magnesium":
        return _magnesium_line(factors)
    if step == "stretch":
        done = _value(factors, "stretch_holds_done")
        planned = _value(factors, "stretch_holds_planned")
        if done is not None:
            if planned:
                return translate("Checkin", "Stretches {done}/{planned} holds").format(
                    done=done, planned=planned
                )
            return translate("Checkin", "Stretches {done} holds").format(done=done)
        stretched = _value(factors, "stretched")
        if stretched == "yes":
            return translate("Checkin", "Stretched")
        return translate("Checkin", "No stretches") if stretched == "no" else None
    if step == "lights":
        dimmed = _value(factors, "lights_dimmed")
        if dimmed == "yes":
            return translate("Checkin", "Lights dimmed")
        return translate("Checkin", "Lights not dimmed") if dimmed == "no" else None
    return None


def _magnesium_line(factors: Mapping[str, FactorValue]) -> str | None:
    taken = _value(factors, "magnesium")
    if taken == "no":
        return translate("Checkin", "No magnesium")
    at = _value(factors, "magnesium_time")
    dose = _value(factors, "magnesium_dose_mg")
    if taken != "yes" and at is None:
        return None
    time = _clock(datetime.fromisoformat(at)) if at else ""
    if dose and at:
        text = translate("Checkin", "Magnesium {dose} mg at {time}")
    elif dose:
        text = translate("Checkin", "Magnesium {dose} mg")
    elif at:
        text = translate("Checkin", "Magnesium at {time}")
    else:
        text = translate("Checkin", "Magnesium")
    return text.format(dose=dose, time=time)


def _from_event(step: StepKind, event: RoutineEvent | None) -> str | None:
    if event is None:
        return None
    name = translate("Steps", STEP_LABELS[step])
    answer = event.answer
    if answer == "done":
        at = _clock(event.answered_at) if event.answered_at else None
        if step == "lights":
            if at:
                return translate("Checkin", "Lights dimmed at {time}").format(time=at)
            return translate("Checkin", "Lights dimmed")
        if step == "bedtime":
            if at:
                return translate("Checkin", "Lights out at {time}").format(time=at)
            return translate("Checkin", "Lights out")
        if at:
            return translate("Checkin", "{step} at {time}").format(step=name, time=at)
        return name
    if answer == "partial":
        return translate("Checkin", "{step} partly done").format(step=name)
    if answer == "skipped":
        return translate("Checkin", "{step} skipped").format(step=name)
    if answer == "missed":
        return translate("Checkin", "{step} missed").format(step=name)
    # shown or snoozed, then never settled
    return translate("Checkin", "{step}: no answer").format(step=name)


def _clock(moment: datetime) -> str:
    # The wall time the user saw then: a stored moment keeps the offset it was recorded with.
    return clock_time(moment)


class CheckinJourney(QObject):
    """The morning check-in: one dialog per night, filled from the journal and saved back to it."""

    def __init__(self, host: AppHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.dialogs: dict[date, CheckinDialog] = {}

    def open(self, night: date | None) -> None:
        """The check-in for `night` (default: the night that ended this morning)."""
        zone = self.host.zone()
        if night is None:
            night = self.host.clock.now().astimezone(zone).date() - timedelta(days=1)
        if (open_dialog := self.dialogs.get(night)) is not None:
            present_dialog(open_dialog)
            return
        dialog = make_checkin_dialog(self.host.journal, night, self.host.settings, zone)
        dialog.finished.connect(lambda _r, n=night: self._forget(n))
        self.dialogs[night] = dialog
        present_dialog(dialog)

    def close_all(self) -> None:
        for dialog in list(self.dialogs.values()):
            dialog.close()

    def _forget(self, night: date) -> None:
        dialog = self.dialogs.pop(night, None)
        if dialog is not None:  # deleted, not just hidden: a morning's dialog is not kept
            delete_and_release(dialog)


def make_checkin_dialog(
    journal: JournalStore, night: date, settings: Settings, zone: ZoneInfo
) -> CheckinDialog:
    """The check-in for one night, filled from the journal and saving back to it."""
    from companion.ui.checkin.dialog import CheckinDialog

    data = load_checkin(journal, night)
    dialog = CheckinDialog(
        data.night_date,
        data.night,
        data.factors,
        data.routine,
        data.tags,
        zone=zone,
        fahrenheit=uses_fahrenheit(settings),
        bedtime=settings.bedtime_for(night),
        wake=settings.wake_time,
    )
    connect_checkin(dialog, journal)
    return dialog
