"""One worked example of a fully logged night, shared by the journal, export and check-in tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from companion.core.journal import Night


def full_night(night: date, tz: tzinfo, note: str = "calves twitchy") -> Night:
    """Into bed 22:30, lights out 22:45, 20 min to sleep, 2 awakenings (30 min), up 06:15/06:30."""
    evening, morning = night, night + timedelta(days=1)

    def at(day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=tz)

    return Night(
        night,
        into_bed_at=at(evening, 22, 30),
        lights_out_at=at(evening, 22, 45),
        sleep_onset_min=20,
        awakenings=2,
        waso_min=30,
        final_wake_at=at(morning, 6, 15),
        out_of_bed_at=at(morning, 6, 30),
        quality=4,
        rested=3,
        rls_intensity=5,
        symptom_onset="evening",
        legs_woke_me=1,
        note=note,
    )
