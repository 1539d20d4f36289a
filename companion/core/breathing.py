"""The wind-down breathing pacer: its settings, and where a breath stands at a moment (pure)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from companion.core.settings_error import out_of_range
from companion.core.words import QT_TRANSLATE_NOOP, translate

Clock = Callable[[], float]  # monotonic seconds, handed in (QTimer's clock, or a test's fake)
Phase = Literal["in", "out"]
Cue = Literal["off", "chime", "voice"]
CUES: tuple[Cue, ...] = ("off", "chime", "voice")

# The source article suggests 10-15 minutes of breathing as part of winding down; five is the
# least that still settles, and a slow breath takes a few seconds each way.
BREATH_SECONDS_LIMITS = (2, 12)
MINUTES_LIMITS = (5, 15)

# The words on screen and in the voice cue: one table, shown and spoken as
# translate("Breathing", PHASE_WORDS[phase]).
PHASE_WORDS: dict[str, str] = {
    "in": QT_TRANSLATE_NOOP("Breathing", "Breathe in"),
    "out": QT_TRANSLATE_NOOP("Breathing", "Breathe out"),
    "paused": QT_TRANSLATE_NOOP("Breathing", "Paused"),
    "done": QT_TRANSLATE_NOOP("Breathing", "Well done."),
    "stopped": QT_TRANSLATE_NOOP("Breathing", "Enough for now."),  # ended before its time
}


class BreathingSettingsError(ValueError):
    """A breathing setting that cannot be used; `field` names it as the settings file does."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class BreathingSettings:
    """The rhythm (seconds in, seconds out), the session's length and its optional cue."""

    in_seconds: int = 4
    out_seconds: int = 6
    minutes: int = 10
    cue: Cue = "off"  # a soft chime or a quiet voice as each breath turns

    def __post_init__(self) -> None:
        _check("breathing.in_seconds", self.in_seconds, BREATH_SECONDS_LIMITS)
        _check("breathing.out_seconds", self.out_seconds, BREATH_SECONDS_LIMITS)
        _check("breathing.minutes", self.minutes, MINUTES_LIMITS)
        if self.cue not in CUES:
            raise BreathingSettingsError("breathing.cue", _cue_message())

    def to_dict(self) -> dict[str, Any]:
        return {
            "in_seconds": self.in_seconds,
            "out_seconds": self.out_seconds,
            "minutes": self.minutes,
            "cue": self.cue,
        }


def _check(name: str, value: object, limits: tuple[int, int]) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BreathingSettingsError(name, translate("SettingsErrors", "must be a whole number"))
    low, high = limits
    if not low <= value <= high:
        raise BreathingSettingsError(name, out_of_range(low, high, value))


def _cue_message() -> str:
    return translate("SettingsErrors", "must be off, chime or voice")


def breathing_settings_from_dict(raw: Mapping[str, Any]) -> BreathingSettings:
    """The [breathing] table; missing keys take defaults, a wrong one raises naming it."""
    defaults = BreathingSettings()
    cue = raw.get("cue", defaults.cue)
    if cue not in CUES:
        raise BreathingSettingsError("breathing.cue", _cue_message())
    return BreathingSettings(
        in_seconds=raw.get("in_seconds", defaults.in_seconds),
        out_seconds=raw.get("out_seconds", defaults.out_seconds),
        minutes=raw.get("minutes", defaults.minutes),
        cue=cue,
    )


@dataclass(frozen=True)
class Breath:
    """Where the breath stands: its phase, how far through it (0-1), and the shape's size (0-1,
    eased so it slows at full and at empty, as a breath does)."""

    phase: Phase
    fraction: float
    size: float


def eased(fraction: float) -> float:
    """Sine ease-in-out: slow at both ends, like the turn of a breath."""
    return (1 - math.cos(math.pi * min(max(fraction, 0.0), 1.0))) / 2


def breath_at(elapsed: float, settings: BreathingSettings) -> Breath:
    """The breath `elapsed` seconds of breathing into a session (pauses not counted)."""
    cycle = settings.in_seconds + settings.out_seconds
    into = max(elapsed, 0.0) % cycle
    if into < settings.in_seconds:
        fraction = into / settings.in_seconds
        return Breath("in", fraction, eased(fraction))
    fraction = (into - settings.in_seconds) / settings.out_seconds
    return Breath("out", fraction, 1 - eased(fraction))


@dataclass(frozen=True)
class BreathingSummary:
    """How a session ended: run to its end or stopped, and the seconds actually breathed."""

    finished: bool
    seconds_done: float
    planned_minutes: int

    @property
    def minutes_done(self) -> int:
        """Whole minutes breathed, to the nearest (a session stopped at 4:40 counts five)."""
        return self.planned_minutes if self.finished else round(self.seconds_done / 60)


class Pacer:
    """One breathing session on a monotonic clock. Paused time does not count; the session is
    over after its minutes of breathing, or when stopped."""

    def __init__(self, settings: BreathingSettings, clock: Clock) -> None:
        self.settings = settings
        self._clock = clock
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._stopped_at: float | None = None  # active seconds when stopped

    @property
    def total_seconds(self) -> float:
        return float(self.settings.minutes * 60)

    @property
    def is_started(self) -> bool:
        return self._started_at is not None

    @property
    def is_paused(self) -> bool:
        return self._paused_at is not None and not self.is_over

    @property
    def is_finished(self) -> bool:
        """Ran to its end (not stopped)."""
        return self._stopped_at is None and self.elapsed() >= self.total_seconds

    @property
    def is_over(self) -> bool:
        return self._stopped_at is not None or self.is_finished

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self.is_started and not self.is_over and self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None and not self.is_over:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def toggle_pause(self) -> None:
        if self.is_paused:
            self.resume()
        else:
            self.pause()

    def stop(self) -> None:
        if not self.is_over:
            self._stopped_at = self.elapsed()

    def elapsed(self) -> float:
        """Seconds of breathing so far, at most the session's length."""
        if self._stopped_at is not None:
            return self._stopped_at
        if self._started_at is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return min(max(now - self._started_at - self._paused_total, 0.0), self.total_seconds)

    def remaining(self) -> float:
        return self.total_seconds - self.elapsed()

    def breath(self) -> Breath:
        return breath_at(self.elapsed(), self.settings)

    def summary(self) -> BreathingSummary:
        return BreathingSummary(self.is_finished, self.elapsed(), self.settings.minutes)


def time_left_text(seconds: float) -> str:
    """The countdown as shown: minutes and seconds, rounded up ("9:59" … "0:01", "0:00")."""
    whole = math.ceil(max(seconds, 0.0) - 1e-9)
    return f"{whole // 60}:{whole % 60:02d}"
