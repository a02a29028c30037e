"""The chart of an edited plan from the chart before the edit: a drag step's chart.

A drag of a shift edge changes one team's hours. The rows of the other teams, the overlap
rows of pairs without it and what they are made of stay as they were worked out; only the
dragged team's rows, its counterparts' overlap lanes and its pairs are worked out again,
when they are read. The result equals :func:`planner.chart.data.chart_data` of the edited
plan (held to it by property tests).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from planner.analysis.incremental import changed_teams, off_days
from planner.chart.blocks import BlockWork, DayBlock, OverlapRow, Row
from planner.chart.data import ChartData, dressed_blocks, team_zones
from planner.chart.lazy_rows import LazyRows
from planner.chart.meetings import MeetingBand, band_bounds, band_state
from planner.meetings.occurrences import not_working
from planner.plan.model import Plan
from planner.time.intervals import Instant
from planner.time.local import day_range


def edited_chart(
    previous: ChartData, before: Plan, plan: Plan, now: Instant | None
) -> ChartData | None:
    """``chart_data`` of ``plan`` as ``previous`` (of ``before``) was asked for, at ``now``.

    None when it cannot be had from ``previous``: a year view, or an edit of more than
    teams' hours (:func:`planner.analysis.incremental.changed_teams`).

    >>> from dataclasses import replace
    >>> from datetime import date
    >>> from planner.chart.data import chart_data
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> teams = (Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h), Team("c", "vendor", "UTC", h))
    >>> plan = Plan(teams=teams)
    >>> data = chart_data(plan, "day", date(2027, 1, 4))
    >>> data.blocks[0].overlaps[0].minutes, data.blocks[0].overlaps[1].minutes
    (480, 480)
    >>> later = replace(teams[2], hours=WeekHours.parse({"mon-fri": ["13:00-21:00"]}))
    >>> edited = replace(plan, teams=(teams[0], teams[1], later))
    >>> again = edited_chart(data, plan, edited, None)
    >>> again.blocks[0].overlaps[0] is data.blocks[0].overlaps[0], again.blocks[0].overlaps[1].minutes
    (True, 240)
    >>> again == chart_data(edited, "day", date(2027, 1, 4))
    True
    """
    if previous.view == "year":
        return None
    changed = changed_teams(before, plan)
    if changed is None:
        return None
    blocks: list[DayBlock] = []
    for block in previous.blocks:
        found = _edited_block(block, plan, changed, now)
        if found is None:
            return None
        blocks.append(found)
    bands = None  # the changed teams' days off changed: their meetings' bands anew
    if all(off_days(before.team(t)) == off_days(plan.team(t)) for t in changed):
        bands = _bands_again(plan, changed, previous.blocks)
    teams = previous.teams
    if any(
        (plan.team(t).name, plan.team(t).city) != (before.team(t).name, before.team(t).city)
        for t in changed
    ):
        start, end = day_range(previous.zone, previous.first, previous.last)
        teams = team_zones(plan, start, end)
    return ChartData(
        view=previous.view,
        zone=previous.zone,
        first=previous.first,
        last=previous.last,
        title=plan.title or "Overlap chart",
        blocks=dressed_blocks(plan, tuple(blocks), previous.pairs, bands),
        strips=(),
        teams=teams,
        pairs=previous.pairs,
        role_id=previous.role_id,
    )


def _edited_block(
    block: DayBlock, plan: Plan, changed: frozenset[str], now: Instant | None
) -> DayBlock | None:
    """``block`` for ``plan``, keeping the rows the teams in ``changed`` leave alone.

    A changed team whose row in this block comes out as before (its hours changed on
    another day) changes nothing here either: that is found when the block's first row
    it might touch is read, and its rows are then kept too.
    """
    work = block.work
    rows, overlaps = block.rows, block.overlaps
    if work is None or not isinstance(rows, LazyRows) or not isinstance(overlaps, LazyRows):
        return None
    fresh = work.after_edit(plan, changed)
    others = fresh.counterparts()
    gaps = work.gap_pair()

    def touched_by(teams: frozenset[str]) -> set[str]:
        # A row shows its team's time and its overlap with its counterparts' (and a role's gaps).
        touched = set(teams)
        for team_id in teams:
            touched.update(others.get(team_id, ()))
        if gaps is not None and not teams.isdisjoint(gaps):
            touched.add(gaps[0])
        return touched

    touched = touched_by(changed)
    here: list[tuple[frozenset[str], set[str]]] = []
    # The rows made before, not the sequences: a drag's steps do not hold on to each other.
    made_rows: list[Row | None] = rows.made()
    made_overlaps: list[OverlapRow | None] = overlaps.made()
    keys, pairs = rows.keys, overlaps.keys

    def changed_here() -> tuple[frozenset[str], set[str]]:
        """The changed teams whose row here is not as before, and the rows they touch."""
        if not here:
            found = frozenset(t for t in changed if not _same_here(work, fresh, t))
            here.append((found, touched_by(found)))
        return here[0]

    def row(index: int) -> Row:
        kept = made_rows[index]
        if kept is not None and keys[index] not in changed_here()[1]:
            return kept
        return fresh.row(index)

    def overlap(index: int) -> OverlapRow:
        kept = made_overlaps[index]
        if kept is not None and changed_here()[0].isdisjoint(pairs[index]):  # type: ignore[arg-type]
            return kept
        return fresh.overlap(index)

    def row_kept(team_id: Hashable) -> bool:
        return team_id not in touched

    def pair_kept(pair: Hashable) -> bool:
        return changed.isdisjoint(pair)  # type: ignore[arg-type]

    new_rows = LazyRows(len(rows), row, keys)
    new_rows.carry(rows, row_kept)
    new_overlaps = LazyRows(len(overlaps), overlap, pairs)
    new_overlaps.carry(overlaps, pair_kept)
    return DayBlock(
        day=block.day,
        start=block.start,
        end=block.end,
        axis=block.axis,
        axis_label=block.axis_label,
        rows=new_rows,
        overlaps=new_overlaps,
        changes=block.changes,
        now=now if now is not None and block.start <= now < block.end else None,
        work=fresh,
    )


def _same_here(before: BlockWork, after: BlockWork, team_id: str) -> bool:
    """Whether a team's rows in a block are the same in ``after`` as in ``before``.

    A row shows the team's name and city, and its time in the block (its base): the same
    base gives its counterparts' rows and its pairs' overlap rows as before too.
    """
    old, new = before.plan.team(team_id), after.plan.team(team_id)
    return (old.name, old.city) == (new.name, new.city) and before.base(team_id) == after.base(
        team_id
    )


def _bands_again(
    plan: Plan, changed: frozenset[str], before: tuple[DayBlock, ...]
) -> list[tuple[MeetingBand, ...]]:
    """The meeting bands of ``before``'s blocks, those of the changed teams checked again.

    A meeting's occurrences and skips do not depend on its teams' hours: a band of a
    meeting of a changed team keeps them and gets the conflicts (and so the state) of the
    teams' working time in ``plan``, as :func:`planner.chart.meetings.meeting_bands` does.
    """
    if not before:
        return []
    start, end = before[0].start, before[-1].end
    working: dict[str, list[tuple[str, list[int]]]] = {}
    for meeting in plan.meetings:
        if not changed.isdisjoint(meeting.teams):
            bounds = band_bounds(plan, meeting, start, end)
            working[meeting.id] = [(t, bounds[t]) for t in meeting.teams]
    result = []
    for block in before:
        bands: list[MeetingBand] = []
        for band in block.meetings:
            found = working.get(band.meeting_id)
            if found is not None:
                conflicts = not_working(found, band.start, band.end)
                if conflicts != band.conflicts:
                    state = band_state(band.state == "skipped", conflicts)
                    band = replace(band, conflicts=conflicts, state=state)
            bands.append(band)
        result.append(tuple(bands))
    return result
