"""Every word the stretch window shows, and the few rules that turn a session into words."""

from __future__ import annotations

import html

from companion.core.session import Hold, Summary
from companion.core.stretches import Side, Stretch
from companion.core.texts import APP_NAME
from companion.core.words import QT_TRANSLATE_NOOP, translate

# The window's fixed words, in one place; `text(key)` translates one where it is shown.
TEXTS: dict[str, str] = {
    "ring_hold": QT_TRANSLATE_NOOP("Stretch", "Hold"),
    "ring_get_ready": QT_TRANSLATE_NOOP("Stretch", "Get ready"),
    "ring_switch_both": QT_TRANSLATE_NOOP("Stretch", "Change position"),
    "ring_paused": QT_TRANSLATE_NOOP("Stretch", "Paused"),
    "ring_idle": QT_TRANSLATE_NOOP("Stretch", "Ready when you are"),
    "next_last": QT_TRANSLATE_NOOP("Stretch", "Last one — then you are done"),
    "pause": QT_TRANSLATE_NOOP("Stretch", "Pause"),
    "resume": QT_TRANSLATE_NOOP("Stretch", "Resume"),
    "back": QT_TRANSLATE_NOOP("Stretch", "Back"),
    "skip": QT_TRANSLATE_NOOP("Stretch", "Skip"),
    "stop": QT_TRANSLATE_NOOP("Stretch", "Stop"),
    "full_screen": QT_TRANSLATE_NOOP("Stretch", "Full screen"),
    "leave_full_screen": QT_TRANSLATE_NOOP("Stretch", "Leave full screen"),
    "close": QT_TRANSLATE_NOOP("Stretch", "Close"),
    "tip_pause": QT_TRANSLATE_NOOP("Stretch", "Pause or resume the timer (Space)"),
    "tip_back": QT_TRANSLATE_NOOP(
        "Stretch", "Start this hold again, or go back one if it has only just begun (←)"
    ),
    "tip_skip": QT_TRANSLATE_NOOP("Stretch", "Move on to the next hold (→)"),
    "tip_stop": QT_TRANSLATE_NOOP(
        "Stretch", "Pause and choose whether to end tonight's stretches here (Esc)"
    ),
    "tip_full_screen": QT_TRANSLATE_NOOP(
        "Stretch", "Fill the whole screen, or go back to a window (F)"
    ),
    "tip_close": QT_TRANSLATE_NOOP("Stretch", "Close this window (Enter)"),
    "a11y_pause": QT_TRANSLATE_NOOP("Stretch", "Pause the stretch timer"),
    "a11y_resume": QT_TRANSLATE_NOOP("Stretch", "Resume the stretch timer"),
    "a11y_back": QT_TRANSLATE_NOOP("Stretch", "Go back"),
    "a11y_skip": QT_TRANSLATE_NOOP("Stretch", "Skip this hold"),
    "a11y_stop": QT_TRANSLATE_NOOP("Stretch", "Stop the stretches"),
    "a11y_full_screen": QT_TRANSLATE_NOOP("Stretch", "Toggle full screen"),
    "a11y_close": QT_TRANSLATE_NOOP("Stretch", "Close the stretch window"),
    # Non-breaking spaces keep each key with its word when the line wraps.
    "keys": QT_TRANSLATE_NOOP(
        "Stretch", "Space pause · ← back · → skip · F full screen · Esc stop"
    ),
    "ask_stop": QT_TRANSLATE_NOOP("Stretch", "Stop tonight's stretches?"),
    "ask_keys": QT_TRANSLATE_NOOP("Stretch", "S stop · G or Esc go on"),
    "stop_now": QT_TRANSLATE_NOOP("Stretch", "Stop"),
    "go_on": QT_TRANSLATE_NOOP("Stretch", "Go on"),
    "tip_stop_now": QT_TRANSLATE_NOOP("Stretch", "End here and see what you did (S)"),
    "tip_go_on": QT_TRANSLATE_NOOP("Stretch", "Carry on with the stretches (G or Esc)"),
    "a11y_stop_now": QT_TRANSLATE_NOOP("Stretch", "Stop the stretches now"),
    "a11y_go_on": QT_TRANSLATE_NOOP("Stretch", "Go on with the stretches"),
    "done_heading": QT_TRANSLATE_NOOP("Stretch", "All done"),
    "stopped_heading": QT_TRANSLATE_NOOP("Stretch", "That's it for tonight"),
    "nothing_heading": QT_TRANSLATE_NOOP("Stretch", "No stretches this time"),
    "done_closing": QT_TRANSLATE_NOOP(
        "Stretch", "Nicely done. Let your legs rest and wind down for sleep."
    ),
    "some_closing": QT_TRANSLATE_NOOP(
        "Stretch", "Every stretch counts. Let your legs rest and wind down for sleep."
    ),
    "nothing_body": QT_TRANSLATE_NOOP(
        "Stretch", "That's fine — you can start again from the tray whenever you like."
    ),
}


def text(key: str) -> str:
    """One of TEXTS, in the user's language."""
    return translate("Stretch", TEXTS[key])


def window_title() -> str:
    return translate("Stretch", "Guided stretches — {app}").format(app=APP_NAME)


def side_words(side: Side) -> str:
    """ "Left leg" / "Right leg"."""
    if side == "left":
        return translate("Stretch", "Left leg")
    return translate("Stretch", "Right leg")


def switch_words(side: Side | None) -> str:
    """The ring's caption while the user changes sides or position."""
    if side == "left":
        return translate("Stretch", "Switch to the left leg")
    if side == "right":
        return translate("Stretch", "Switch to the right leg")
    return text("ring_switch_both")


def clock_text(seconds: int) -> str:
    """What the ring shows: m:ss, e.g. 0:30 or 1:05."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


def summary_body(summary: Summary) -> str:
    """What was done, in the active time (pauses left out, as the journal records it)."""
    done, planned = summary.holds_completed, summary.holds_planned
    if summary.active_seconds < 60:
        if summary.completed_all:
            return translate("Stretch", "You completed all %n holds in under a minute.", None, done)
        return translate(
            "Stretch", "You completed {completed} of %n holds in under a minute.", None, planned
        ).format(completed=done)
    minutes = round(summary.active_seconds / 60)
    if summary.completed_all:
        return translate(
            "Stretch", "You completed all {planned} holds in %n minutes.", None, minutes
        ).format(planned=planned)
    return translate(
        "Stretch", "You completed {completed} of {planned} holds in %n minutes.", None, minutes
    ).format(completed=done, planned=planned)


def summary_texts(summary: Summary) -> tuple[str, str, str]:
    """(heading, what was done, a gentle closing line) for the end screen."""
    if summary.holds_completed == 0:
        return text("nothing_heading"), text("nothing_body"), ""
    body = summary_body(summary)
    heading = text("done_heading") if summary.finished else text("stopped_heading")
    closing = text("done_closing") if summary.completed_all else text("some_closing")
    return heading, body, closing


def summary_ring_text(done: int, planned: int) -> str:
    return translate("Stretch", "{completed} of {planned}", "holds done, in the ring").format(
        completed=done, planned=planned
    )


def stretch_name(stretch: Stretch) -> str:
    """The stretch's name: ours translated, the user's own as they wrote it."""
    return stretch.name if stretch.custom else translate("Stretches", stretch.name)


def next_text(hold: Hold | None) -> str:
    if hold is None:
        return text("next_last")
    name = stretch_name(hold.stretch)
    if hold.side == "left":
        return translate("Stretch", "Next: {name}, left leg").format(name=name)
    if hold.side == "right":
        return translate("Stretch", "Next: {name}, right leg").format(name=name)
    return translate("Stretch", "Next: {name}").format(name=name)


def safety_text(hold: Hold) -> str:
    stretch = hold.stretch
    return stretch.safety_hint if stretch.custom else translate("Stretches", stretch.safety_hint)


def steps_html(hold: Hold) -> str:
    """The stretch's steps as a numbered list for a rich-text label."""
    stretch = hold.stretch
    steps = stretch.steps if stretch.custom else [translate("Stretches", s) for s in stretch.steps]
    items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
    return f'<ol style="margin-left: 0; -qt-list-indent: 1;">{items}</ol>'


def drawing_name(hold: Hold) -> str:
    """The accessible name of the drawing."""
    # Not lowercased: German nouns keep their capital.
    return translate("Stretch", "Drawing of the {name}").format(name=stretch_name(hold.stretch))
