"""The night turns at noon: which night a moment belongs to."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.nights import night_of

CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("moment", "night"),
    [
        (datetime(2024, 3, 25, 7, 0, tzinfo=CET), date(2024, 3, 24)),
        (datetime(2024, 3, 25, 11, 59, tzinfo=CET), date(2024, 3, 24)),
        (datetime(2024, 3, 25, 12, 0, tzinfo=CET), date(2024, 3, 25)),
        (datetime(2024, 3, 25, 23, 30, tzinfo=CET), date(2024, 3, 25)),
        (datetime(2024, 3, 26, 0, 30, tzinfo=CET), date(2024, 3, 25)),
    ],
)
def test_the_day_turns_at_noon(moment: datetime, night: date) -> None:
    assert night_of(moment) == night
