"""Where a step's prompt appears: a card on screen, a desktop notification, or both."""

from __future__ import annotations

from typing import Literal

from companion.core.settings_error import SettingsError
from companion.core.words import translate

PromptSurface = Literal["auto", "cards", "notifications", "both"]
PROMPT_SURFACES: tuple[PromptSurface, ...] = ("auto", "cards", "notifications", "both")


def prompt_surface(value: str) -> PromptSurface:
    """The settings file's `prompts` value, checked."""
    for surface in PROMPT_SURFACES:
        if value == surface:
            return surface
    raise SettingsError(
        "prompts", translate("SettingsErrors", "must be auto, cards, notifications or both")
    )


def surfaces_for(
    choice: PromptSurface, *, has_tray: bool, answerable: bool, can_place_cards: bool = True
) -> tuple[bool, bool]:
    """(card, notification) for one prompt.

    "auto" (the default) is both: the card by the tray icon and the desktop's notification,
    answered on either — the other then goes away, so a step is still one prompt. With no tray
    (stock GNOME, a Wayland session without a StatusNotifier host) the notification goes out
    whatever the choice, since nothing else on the desktop tells of the step. A notification
    alone is enough only where it can be answered (the server offers actions); elsewhere the
    card stays, so a prompt is never one that cannot be answered.

    Where cards cannot be placed (Wayland gives an app no screen positions, so a card cannot sit
    by the tray and the compositor puts it mid-screen, often with the keyboard), "auto" sends
    the desktop's own answerable notification alone and keeps the card only where there is none.
    """
    notification = choice != "cards" or not has_tray
    card = choice != "notifications" or not answerable
    if choice == "auto" and not can_place_cards:
        notification, card = True, not answerable
    return card, notification
