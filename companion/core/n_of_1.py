"""A randomised test of one routine step on yourself (an n-of-1 design, AHRQ guide, Kravitz &
Duan 2014): pairs of blocks of nights, the step on in one block of each pair and off in the
other, the order within each pair drawn from a seed, so the same seed always gives the same plan.

The report compares, per pair, the mean outcome of the "on" block with the "off" block, and
overall the mean of those differences with a 95 % interval (Student's t over the pairs). It is
unblinded: you know which nights are which, so it tests your own routine, not a medicine.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from companion.core.measures import JournalValueError
from companion.core.words import QT_TRANSLATE_NOOP, decimal, translate

# Kept in English in `--json` output; shown to people as translate("Experiment", LABEL).
LABEL = QT_TRANSLATE_NOOP(
    "Experiment", "unblinded; a test of your own routine, not a medical trial"
)
BUILTIN_FACTORS: tuple[str, ...] = ("magnesium", "stretch", "breathing", "lights")
_CUSTOM = re.compile(r"custom:[A-Za-z0-9-]{1,40}")
MAX_BLOCKS = 20
MAX_BLOCK_DAYS = 28
# Two-sided 95 % Student t quantiles by degrees of freedom (1 … 10; beyond: 1.96 is close).
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228)


@dataclass(frozen=True)
class ExperimentPlan:
    """`blocks` blocks of `block_days` nights from `start`; `order[i]`: step on in block i."""

    start: date
    factor: str
    blocks: int
    block_days: int
    seed: int
    order: tuple[bool, ...]

    @property
    def end(self) -> date:
        """The last night of the experiment."""
        return self.start + timedelta(days=self.blocks * self.block_days - 1)

    def block_of(self, night: date) -> int | None:
        if not self.start <= night <= self.end:
            return None
        return (night - self.start).days // self.block_days


def check_factor(factor: str) -> str:
    """A factor the reminders know: magnesium, stretch, breathing, lights or custom:<id>."""
    if factor in BUILTIN_FACTORS or _CUSTOM.fullmatch(factor):
        return factor
    raise JournalValueError(
        "factor",
        translate("JournalErrors", "{value} is not one of {choices} or custom:<id>").format(
            value=repr(factor[:40]), choices=", ".join(BUILTIN_FACTORS)
        ),
    )


def plan_experiment(
    start: date, factor: str, blocks: int, block_days: int, seed: int
) -> ExperimentPlan:
    """The randomised plan; JournalValueError naming the field for an unusable value."""
    check_factor(factor)
    if blocks < 2 or blocks % 2 or blocks > MAX_BLOCKS:
        raise JournalValueError(
            "blocks",
            translate("JournalErrors", "{value} is not an even number from 2 to {high}").format(
                value=blocks, high=MAX_BLOCKS
            ),
        )
    if not 1 <= block_days <= MAX_BLOCK_DAYS:
        raise JournalValueError(
            "block_days",
            translate("JournalErrors", "{value} is outside {low}–{high}").format(
                value=block_days, low=1, high=MAX_BLOCK_DAYS
            ),
        )
    draw = random.Random(seed)
    order: list[bool] = []
    for _ in range(blocks // 2):
        on_first = draw.random() < 0.5
        order += [on_first, not on_first]
    return ExperimentPlan(start, factor, blocks, block_days, seed, tuple(order))


def is_routine_on(plan: ExperimentPlan, night: date) -> bool | None:
    """Whether the plan has the step on that night; None outside the experiment."""
    block = plan.block_of(night)
    return None if block is None else plan.order[block]


@dataclass(frozen=True)
class PairResult:
    """One pair of blocks: mean outcome with the step on and off, and on − off."""

    pair: int  # 1-based
    on_mean: float | None
    off_mean: float | None

    @property
    def difference(self) -> float | None:
        if self.on_mean is None or self.off_mean is None:
            return None
        return self.on_mean - self.off_mean


@dataclass(frozen=True)
class PairReport:
    """Per pair and overall: the mean of the pair differences with a 95 % interval."""

    plan: ExperimentPlan
    outcome: str
    pairs: tuple[PairResult, ...]
    mean_difference: float | None
    interval: tuple[float, float] | None
    label: str = LABEL


def pair_report(
    plan: ExperimentPlan, data: Mapping[date, float | None], outcome: str = "rls_intensity"
) -> PairReport:
    """The report from `data`, each night's outcome (None or absent: not recorded)."""
    import statistics  # here, not at the top: it loads decimal and fractions

    pairs: list[PairResult] = []
    for pair in range(plan.blocks // 2):
        means: dict[bool, float | None] = {}
        for block in (2 * pair, 2 * pair + 1):
            first = plan.start + timedelta(days=block * plan.block_days)
            days = (first + timedelta(days=i) for i in range(plan.block_days))
            values = [v for v in (data.get(d) for d in days) if v is not None]
            means[plan.order[block]] = statistics.fmean(values) if values else None
        pairs.append(PairResult(pair + 1, means[True], means[False]))
    diffs = [p.difference for p in pairs if p.difference is not None]
    mean = statistics.fmean(diffs) if diffs else None
    interval = None
    if mean is not None and len(diffs) >= 2:
        half = _t95(len(diffs) - 1) * statistics.stdev(diffs) / math.sqrt(len(diffs))
        interval = (mean - half, mean + half)
    return PairReport(plan, outcome, tuple(pairs), mean, interval)


def _t95(df: int) -> float:
    return _T95[df - 1] if df <= len(_T95) else 1.96 + 2.4 / df


def report_lines(report: PairReport) -> list[str]:
    """The report in plain lines (the command line prints these)."""
    # The factor and outcome are the keys typed on the command line, shown as typed.
    plan = report.plan
    lines = [
        translate(
            "Experiment",
            "Experiment: {factor}, {blocks} blocks of %n nights from {start} to {end} "
            "(seed {seed})",
            None,
            plan.block_days,
        ).format(
            factor=plan.factor,
            blocks=plan.blocks,
            start=plan.start.isoformat(),
            end=plan.end.isoformat(),
            seed=plan.seed,
        ),
        translate("Experiment", "Outcome: {outcome} (difference = step on − step off)").format(
            outcome=report.outcome
        ),
    ]
    for p in report.pairs:
        lines.append(
            translate(
                "Experiment", "Pair {pair}: on {on}, off {off}, difference {difference}"
            ).format(
                pair=p.pair, on=_num(p.on_mean), off=_num(p.off_mean), difference=_num(p.difference)
            )
        )
    if report.interval is None:
        overall = translate("Experiment", "Overall: mean difference {mean}").format(
            mean=_num(report.mean_difference)
        )
    else:
        overall = translate(
            "Experiment", "Overall: mean difference {mean} (95 % interval {low} to {high})"
        ).format(
            mean=_num(report.mean_difference),
            low=_num(report.interval[0]),
            high=_num(report.interval[1]),
        )
    lines.append(overall)
    lines.append(
        translate("Experiment", "This is {label}.").format(
            label=translate("Experiment", report.label)
        )
    )
    return lines


def _num(value: float | None) -> str:
    return translate("Experiment", "not enough nights") if value is None else decimal(value, 2)


def schedule_lines(plan: ExperimentPlan) -> list[str]:
    """Each block's nights and whether the step is on, in plain lines."""
    lines = []
    for block, on in enumerate(plan.order):
        first = plan.start + timedelta(days=block * plan.block_days)
        last = first + timedelta(days=plan.block_days - 1)
        if on:
            line = translate(
                "Experiment", "Pair {pair}, block {block}: {first} to {last}: {factor} on"
            )
        else:
            line = translate(
                "Experiment",
                "Pair {pair}, block {block}: {first} to {last}: {factor} OFF (no reminder)",
            )
        lines.append(
            line.format(
                pair=block // 2 + 1,
                block=block + 1,
                first=first.isoformat(),
                last=last.isoformat(),
                factor=plan.factor,
            )
        )
    return lines


def report_to_json(report: PairReport) -> dict[str, object]:
    """The report as plain data for `experiment report --json`."""
    plan = report.plan
    return {
        "factor": plan.factor,
        "start": plan.start.isoformat(),
        "end": plan.end.isoformat(),
        "blocks": plan.blocks,
        "block_days": plan.block_days,
        "seed": plan.seed,
        "order": ["on" if on else "off" for on in plan.order],
        "outcome": report.outcome,
        "pairs": [
            {
                "pair": p.pair,
                "on_mean": p.on_mean,
                "off_mean": p.off_mean,
                "difference": p.difference,
            }
            for p in report.pairs
        ],
        "mean_difference": report.mean_difference,
        "interval": list(report.interval) if report.interval else None,
        "label": report.label,
    }
