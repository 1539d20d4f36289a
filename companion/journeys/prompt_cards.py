"""Tonight's prompt cards: the look each takes, how one is made, what closed ones leave behind."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmapCache

from companion.core.custom_steps import step_by_kind
from companion.core.settings import Settings
from companion.ui.theme import is_dark

if TYPE_CHECKING:  # a card's words and window load with the first prompt
    from companion.core.prompt_texts import PromptText
    from companion.ui.tonight.prompts import PromptWindow

EVENING_STEPS = frozenset({"magnesium", "stretch", "lights", "breathing", "bedtime"})


def card_is_dark(kind: str, settings: Settings | None = None) -> bool:
    """Evening cards are always dark; the morning ones follow the app's look, which stays the
    evening's until the check-in is answered. A custom step counted back from bedtime is an
    evening one; one at a clock time (a noon caffeine cut-off) follows the app's look."""
    custom = step_by_kind(settings.custom_steps, kind) if settings is not None else None
    return kind in EVENING_STEPS or (custom is not None and custom.at is None) or is_dark()


def drop_closed_windows_pixmaps(_night: date) -> None:
    """Qt's style keeps the pixmaps it draws buttons and frames with, keyed by the palette they
    were drawn in. Every window built (five cards a night, the stretch and check-in windows) gets
    a palette of its own, so what a closed window left can never be used again, yet it piles up
    to the cache's 10 MB limit over weeks. By the night's turn (noon) last night's windows are
    gone: drop it all; a window still open redraws its few pixmaps on its next paint."""
    QPixmapCache.clear()


def ready_cards(settings: Settings) -> None:
    """Ready the first card ahead of its time: load a card's code and the screen readers'
    window roles, and build one card unshown and drop it, so that Qt's fonts, style and the
    classes a card uses are loaded too. Done at the first card, this took ~30 ms and made it
    that late (bench_soak at 30×: 1 plan s is 33 ms)."""
    from companion.core.prompt_texts import prompt_text
    from companion.ui.accessibility import install_window_roles

    install_window_roles()
    text = prompt_text("magnesium", settings, fahrenheit=False, late_since=None)
    card = make_card("magnesium", text, settings, can_snooze=True)
    card.adjustSize()  # lays the text out: the fonts load
    card.deleteLater()


def make_card(kind: str, text: PromptText, settings: Settings, *, can_snooze: bool) -> PromptWindow:
    """`kind`'s card in its look, not shown yet."""
    from companion.ui.tonight.prompts import PromptWindow

    window = PromptWindow(
        kind, text, dark=card_is_dark(kind, settings), snooze_minutes=settings.snooze_minutes
    )
    window.set_can_snooze(can_snooze)
    return window
