"""The stretch window's words: the end screen's sentences and the ring's clock."""

from __future__ import annotations

from companion.core.session import Summary
from companion.ui.stretch.texts import clock_text, summary_texts


def test_summary_words() -> None:
    def summary(done: int, finished: bool, seconds: float = 600) -> Summary:
        return Summary(10, done, 10 - done, finished, seconds + 60, 60)

    assert summary_texts(summary(10, True)) == (
        "All done",
        "You completed all 10 holds in 10 minutes.",
        "Nicely done. Let your legs rest and wind down for sleep.",
    )
    heading, body, closing = summary_texts(summary(3, False, 90))
    assert heading == "That's it for tonight"
    assert body == "You completed 3 of 10 holds in 2 minutes."
    assert closing.startswith("Every stretch counts")
    assert summary_texts(summary(0, False))[0] == "No stretches this time"
    assert (
        summary_texts(summary(10, True, 59))[1] == "You completed all 10 holds in under a minute."
    )
    assert summary_texts(summary(3, False, 80))[1] == "You completed 3 of 10 holds in 1 minute."
    assert clock_text(30) == "0:30"
    assert clock_text(65) == "1:05"
