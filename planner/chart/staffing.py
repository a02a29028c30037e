"""The staffing rows of the day and week views: required and scheduled agents per interval.

A real-time role with demand whose pair is on the chart gets a row under the pair's
overlap row in each day block: its intervals (clipped to the block), the understaffed ones
merged, the day's service level, and one scale for every block of the chart so that the
days compare at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planner.analysis.staffing.result import IntervalStaffing, role_staffing
from planner.chart.blocks import DayBlock, StaffingRow
from planner.plan.model import Plan
from planner.schedule.team_times import TeamTimes
from planner.time.intervals import clip, union


def with_staffing(
    plan: Plan, blocks: Sequence[DayBlock], pairs: Sequence[tuple[str, str]]
) -> tuple[DayBlock, ...]:
    """``blocks`` with a staffing row for each real-time role with demand among ``pairs``.

    >>> from datetime import date
    >>> from planner.chart.blocks import day_block
    >>> from planner.plan.demand import Demand, WeekProfile
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Role, Team
    >>> h = WeekHours.parse({"mon": ["09:00-17:00"]})
    >>> week = WeekProfile.parse({"mon": {"09:00-10:00": 100}}, 30)
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)),
    ...             roles=(Role("desk", "realtime", "a", "b", demand=Demand(180, week)),))
    >>> block = day_block(plan, "UTC", date(2027, 1, 4), [("a", "b")], None, None)
    >>> row = with_staffing(plan, [block], [("a", "b")])[0].staffing[0]
    >>> [(i.required, i.scheduled) for i in row.intervals], row.short_intervals
    ([(14, 1), (14, 1)], 2)
    """
    roles = [r for r in plan.roles if r.demand is not None and (r.client, r.vendor) in set(pairs)]
    if not roles or not blocks:
        return tuple(blocks)
    start = min(b.start for b in blocks)
    end = max(b.end for b in blocks)
    times = TeamTimes(plan, start - 2 * 86400, end + 2 * 86400)
    results = [(role, role_staffing(plan, role, start, end, times)) for role in roles]
    scales = {
        role.id: max((max(i.required, i.scheduled) for i in s.intervals), default=0)
        for role, s in results
    }
    order = {pair: index for index, pair in enumerate(pairs)}
    results.sort(key=lambda item: order[(item[0].client, item[0].vendor)])
    edited = []
    for block in blocks:
        rows = []
        for role, staffing in results:
            inside = tuple(i for i in staffing.intervals if block.start <= i.start < block.end)
            contacts = sum(i.contacts for i in inside)
            level = (
                round(100 * sum(i.contacts * i.service_level for i in inside) / contacts, 2)
                if contacts
                else None
            )
            rows.append(
                StaffingRow(
                    role_id=role.id,
                    pair=(role.client, role.vendor),
                    label=role.name,
                    intervals=inside,
                    understaffed=clip(
                        union((i.start, i.end) for i in inside if i.understaffed),
                        block.start,
                        block.end,
                    ),
                    scale=scales[role.id],
                    service_level_percent=level,
                )
            )
        edited.append(replace(block, staffing=tuple(rows)))
    return tuple(edited)


def interval_text(interval: IntervalStaffing) -> str:
    """An interval's figures in words (the chart's hover line).

    >>> interval_text(IntervalStaffing(0, 1800, 95.0, 29, 25, 0.713))
    '95 contacts: 29 agents required, 25 scheduled (4 short), service level 71.3%'
    """
    short = interval.required - interval.scheduled
    shortfall = f" ({short} short)" if short > 0 else ""
    return (
        f"{interval.contacts:g} contacts: {interval.required} agents required, "
        f"{interval.scheduled} scheduled{shortfall}, service level "
        f"{100 * interval.service_level:.1f}%"
    )
