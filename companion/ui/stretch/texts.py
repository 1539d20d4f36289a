"""Every word the stretch window shows, and the few rules that turn a session into words."""

from __future__ import annotations

import html

from companion.core.session import Hold, Summary
from companion.core.stretches import Side
from companion.core.texts import APP_NAME

# Every word the window shows, in one place (and one day, one place to translate).
TEXTS: dict[str, str] = {
    "title": f"Guided stretches — {APP_NAME}",
    "leg": "{Side} leg",
    "ring_hold": "Hold",
    "ring_get_ready": "Get ready",
    "ring_switch": "Switch to the {side} leg",
    "ring_switch_both": "Change position",
    "ring_paused": "Paused",
    "ring_idle": "Ready when you are",
    "next": "Next: {name}, {side} leg",
    "next_both": "Next: {name}",
    "next_last": "Last one — then you are done",
    "pause": "Pause",
    "resume": "Resume",
    "back": "Back",
    "skip": "Skip",
    "stop": "Stop",
    "full_screen": "Full screen",
    "leave_full_screen": "Leave full screen",
    "close": "Close",
    "tip_pause": "Pause or resume the timer (Space)",
    "tip_back": "Start this hold again, or go back one if it has only just begun (←)",
    "tip_skip": "Move on to the next hold (→)",
    "tip_stop": "Pause and choose whether to end tonight's stretches here (Esc)",
    "tip_full_screen": "Fill the whole screen, or go back to a window (F)",
    "tip_close": "Close this window (Enter)",
    "a11y_pause": "Pause the stretch timer",
    "a11y_resume": "Resume the stretch timer",
    "a11y_back": "Go back",
    "a11y_skip": "Skip this hold",
    "a11y_stop": "Stop the stretches",
    "a11y_full_screen": "Toggle full screen",
    "a11y_close": "Close the stretch window",
    "a11y_drawing": "Drawing of the {name}",
    # Non-breaking spaces keep each key with its word when the line wraps.
    "keys": "Space pause · ← back · → skip · F full screen · Esc stop",
    "ask_stop": "Stop tonight's stretches?",
    "ask_keys": "S stop · G or Esc go on",
    "stop_now": "Stop",
    "go_on": "Go on",
    "tip_stop_now": "End here and see what you did (S)",
    "tip_go_on": "Carry on with the stretches (G or Esc)",
    "a11y_stop_now": "Stop the stretches now",
    "a11y_go_on": "Go on with the stretches",
    "done_heading": "All done",
    "stopped_heading": "That's it for tonight",
    "nothing_heading": "No stretches this time",
    "done_all": "You completed all {planned} holds in {duration}.",
    "done_some": "You completed {completed} of {planned} holds in {duration}.",
    "done_closing": "Nicely done. Let your legs rest and wind down for sleep.",
    "some_closing": "Every stretch counts. Let your legs rest and wind down for sleep.",
    "nothing_body": "That's fine — you can start again from the tray whenever you like.",
    "summary_ring": "{completed} of {planned}",
    "under_a_minute": "under a minute",
    "one_minute": "1 minute",
    "minutes": "{n} minutes",
}


def side_words(side: Side) -> str:
    """ "Left leg" / "Right leg"."""
    return TEXTS["leg"].format(Side=side.capitalize())


def clock_text(seconds: int) -> str:
    """What the ring shows: m:ss, e.g. 0:30 or 1:05."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


def duration_words(seconds: float) -> str:
    if seconds < 60:
        return TEXTS["under_a_minute"]
    minutes = round(seconds / 60)
    return TEXTS["one_minute"] if minutes == 1 else TEXTS["minutes"].format(n=minutes)


def summary_texts(summary: Summary) -> tuple[str, str, str]:
    """(heading, what was done, a gentle closing line) for the end screen. The duration is
    the active time, pauses left out, as the journal records it."""
    done, planned = summary.holds_completed, summary.holds_planned
    if done == 0:
        return TEXTS["nothing_heading"], TEXTS["nothing_body"], ""
    duration = duration_words(summary.active_seconds)
    if summary.completed_all:
        body = TEXTS["done_all"].format(planned=planned, duration=duration)
    else:
        body = TEXTS["done_some"].format(completed=done, planned=planned, duration=duration)
    heading = TEXTS["done_heading"] if summary.finished else TEXTS["stopped_heading"]
    closing = TEXTS["done_closing"] if summary.completed_all else TEXTS["some_closing"]
    return heading, body, closing


def next_text(hold: Hold | None) -> str:
    if hold is None:
        return TEXTS["next_last"]
    name = hold.stretch.name
    if hold.side is None:
        return TEXTS["next_both"].format(name=name)
    return TEXTS["next"].format(name=name, side=hold.side)


def steps_html(hold: Hold) -> str:
    """The stretch's steps as a numbered list for a rich-text label."""
    items = "".join(f"<li>{html.escape(step)}</li>" for step in hold.stretch.steps)
    return f'<ol style="margin-left: 0; -qt-list-indent: 1;">{items}</ol>'
