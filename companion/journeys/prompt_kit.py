"""What a prompt needs beyond its card: the desktop's notifications, the away/full-screen gate
and the step's command. Made shortly before tonight's first prompt (journeys/reminders.py), not
when the reminders start: from then until the first step (an hour) the tray holds none of it,
nor QtDBus, which the notifications and the idle question load."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject

from companion.services.clock import Clock

if TYPE_CHECKING:
    from companion.core.reminders import StepState
    from companion.journeys.away import PromptGate
    from companion.services.commands import StepCommandRunner
    from companion.services.notifications import DesktopNotifier
    from companion.services.presence import Presence

# Made this long (plan time) before the next moment the reminders wake: loading it takes a few
# ms, which at a prompt's due time would make its card that much late.
PREPARE_LEAD = timedelta(minutes=5)


class PromptKit(NamedTuple):
    notifier: DesktopNotifier
    away: PromptGate
    commands: StepCommandRunner


def make_prompt_kit(
    *,
    notifier: DesktopNotifier | None,
    presence: Presence | Callable[[], Presence] | None,
    show: Callable[[StepState], None],
    hold: Callable[[StepState], None],
    state_of: Callable[[str], StepState | None],
    clock: Clock,
    parent: QObject,
) -> PromptKit:
    """The kit, with the given notifier and presence (tests, a compressed clock) or the
    desktop's; `presence` may be a callable that makes it (the system's sources load then)."""
    from companion.journeys.away import PromptGate
    from companion.services.commands import StepCommandRunner
    from companion.services.notifications import DesktopNotifier
    from companion.services.presence import Presence

    if callable(presence):
        presence = presence()
    gate = PromptGate(
        show=show, hold=hold, state_of=state_of, clock=clock,
        presence=presence or Presence(), parent=parent,
    )  # fmt: skip
    return PromptKit(
        notifier=notifier if notifier is not None else DesktopNotifier(parent),
        away=gate,
        commands=StepCommandRunner(parent),
    )
