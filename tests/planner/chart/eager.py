"""The chart's data worked out whole, as it was before blocks were made lazily: the reference."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from planner.chart.blocks import DayBlock, OverlapRow, Row, _row_base, day_block
from planner.chart.data import ChartData
from planner.chart.meetings import BandState, MeetingBand
from planner.meetings.occurrences import meeting_occurrences
from planner.plan.model import Plan
from planner.time.intervals import Instant, Interval, Timeline, difference, intersection, union
from planner.time.local import day_range


def eager_rows(
    plan: Plan, zone: str, day: date, pairs: Sequence[tuple[str, str]], role_id: str | None
) -> tuple[tuple[Row, ...], tuple[OverlapRow, ...]]:
    """Every row and overlap row of a block, each pair's windows worked out in turn."""
    start, end = day_range(zone, day, day)
    bases = {team.id: _row_base(team, start, end) for team in plan.teams}
    overlap_rows: list[OverlapRow] = []
    per_team: dict[str, list[Interval]] = {team.id: [] for team in plan.teams}
    for client_id, vendor_id in pairs:
        windows = intersection(bases[client_id].working, bases[vendor_id].working)
        client, vendor = plan.team(client_id), plan.team(vendor_id)
        overlap_rows.append(
            OverlapRow(client_id, vendor_id, f"{client.name} \u2194 {vendor.name}", windows)
        )
        per_team[client_id].extend(windows)
        per_team[vendor_id].extend(windows)
    gaps: dict[str, Timeline] = {}
    if role_id is not None:
        role = plan.role(role_id)
        if role.kind == "realtime":
            gaps[role.client] = difference(bases[role.client].working, bases[role.vendor].working)
    rows = tuple(
        Row(
            team_id=team.id,
            name=team.name,
            side=team.side,
            zone=team.zone,
            offset_label=bases[team.id].offset_label,
            segments=bases[team.id].segments,
            shifts=bases[team.id].shifts,
            marks=bases[team.id].marks,
            ticks=bases[team.id].ticks,
            nights=bases[team.id].nights,
            changes=bases[team.id].changes,
            overlap=union(per_team[team.id]),
            gaps=gaps.get(team.id, ()),
            city=team.city or "",
        )
        for team in plan.teams
    )
    return rows, tuple(overlap_rows)


def eager_block(
    plan: Plan,
    zone: str,
    day: date,
    pairs: Sequence[tuple[str, str]],
    role_id: str | None,
    now: Instant | None,
) -> DayBlock:
    """:func:`day_block` with its rows and overlap rows worked out whole, as tuples."""
    rows, overlaps = eager_rows(plan, zone, day, pairs, role_id)
    return replace(day_block(plan, zone, day, pairs, role_id, now), rows=rows, overlaps=overlaps)


def eager_data(plan: Plan, data: ChartData) -> ChartData:
    """``data`` with every block's rows and overlap rows worked out whole (the reference)."""
    blocks = []
    for block in data.blocks:
        rows, overlaps = eager_rows(plan, data.zone, block.day, data.pairs, data.role_id)
        blocks.append(replace(block, rows=rows, overlaps=overlaps))
    return replace(data, blocks=tuple(blocks))


def eager_bands(plan: Plan, start: Instant, end: Instant) -> tuple[MeetingBand, ...]:
    """Every meeting's bands, each participant's working time worked out on every call."""
    longest = max((m.duration_minutes for m in plan.meetings), default=0) * 60
    bands: list[MeetingBand] = []
    for meeting in plan.meetings:
        for occurrence in meeting_occurrences(plan, meeting, start - longest, end):
            if occurrence.end <= start:
                continue
            state: BandState = (
                "skipped" if occurrence.skipped else "conflict" if occurrence.conflicts else "ok"
            )
            wall = occurrence.wall.replace(tzinfo=None)
            original = occurrence.original
            bands.append(
                MeetingBand(
                    meeting_id=meeting.id,
                    title=meeting.title,
                    start=occurrence.start,
                    end=occurrence.end,
                    teams=meeting.teams,
                    conflicts=occurrence.conflicts,
                    state=state,
                    reason=occurrence.reason,
                    wall=wall,
                    series_day=(original or wall).date(),
                    moved=original is not None,
                )
            )
    bands.sort(key=lambda b: (b.start, b.meeting_id))
    return tuple(bands)
