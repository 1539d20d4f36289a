"""What a guided session (stretches, breathing) leaves in the journal: its factors on the night
it belongs to, or a word to the user when the journal refuses."""

from __future__ import annotations

from collections.abc import Mapping

from companion.core.plan import which_night
from companion.journeys.host import AppHost
from companion.store.errors import StoreError


def record_on_tonight(host: AppHost, values: Mapping[str, str | None], failure: str) -> None:
    """Write `values` as routine factors of the night now belongs to; `failure` is the
    translated sentence the user reads if that fails, with a {reason} placeholder."""
    zone = host.zone()
    now = host.clock.now().astimezone(zone)
    try:
        host.journal.set_factors(which_night(now, zone), dict(values), "routine")
    except (ValueError, StoreError) as exc:
        host.tell(failure.format(reason=exc))
