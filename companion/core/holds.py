"""The routine's holds in order: which stretch, on which side, in which round."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from companion.core.stretches import CATALOGUE, SIDES, Side, Stretch


@dataclass(frozen=True)
class Hold:
    """One hold of the routine: a stretch, on one side (None for a two-sided stretch), in one
    round. `index` is its 0-based place in the routine."""

    index: int
    stretch: Stretch
    side: Side | None
    round: int

    @property
    def number(self) -> int:
        """1-based place in the routine, as shown in "3 of 10"."""
        return self.index + 1


def plan_holds(
    stretch_ids: Sequence[str],
    rounds: int = 1,
    catalogue: Mapping[str, Stretch] = CATALOGUE,
) -> tuple[Hold, ...]:
    """Every hold of the routine in order: each round runs the stretches in the given order,
    left side then right side for a per-side stretch. `catalogue` holds every id the order may
    name (the built-ins, and the user's own: `core.custom_stretches.stretches_by_id`)."""
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    holds: list[Hold] = []
    for round_number in range(1, rounds + 1):
        for stretch_id in stretch_ids:
            entry = catalogue[stretch_id]
            sides: tuple[Side | None, ...] = SIDES if entry.per_side else (None,)
            for side in sides:
                holds.append(Hold(len(holds), entry, side, round_number))
    return tuple(holds)
