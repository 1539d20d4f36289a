"""What the check-in hands over when saved: the night, changed factors and the night's tags."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.core.journal import Night


@dataclass(frozen=True)
class CheckinAnswers:
    """What `saved` carries: the whole night, the factor values that changed, the night's tags.

    `factors` maps a factor key to its new canonical text, or None to remove it; keys the user
    left alone are absent. `tags` names every tag that should be on the night after saving.
    """

    night: Night
    factors: dict[str, str | None] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
