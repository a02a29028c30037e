"""A day block worked out as it is read holds what the whole computation gives.

The chart reads a block's rows and overlap rows one at a time (those painted, hit or read
by a screen reader); each must be the row the eager computation (``eager.py``) makes,
in whatever order and however few are read. Meeting bands, kept per meeting, team and
range, must follow an edit of a participant.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.chart.blocks import day_block, selected_pairs
from planner.chart.cells import chart_cell, hour_columns
from planner.chart.data import chart_data
from planner.chart.lazy_rows import LazyRows
from planner.chart.meetings import meeting_bands
from planner.plan.hours import WeekHours
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Role, Team
from planner.time.local import day_range
from tests.planner.chart.eager import eager_bands, eager_block, eager_data

ZONES = [
    "UTC",
    "America/New_York",
    "Europe/London",
    "Asia/Manila",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/St_Johns",
]
HOURS = [
    {"mon-fri": ["09:00-17:00"]},
    {"mon-fri": ["21:00-06:00"]},
    {"sun-thu": ["03:45-12:45"]},
    {"daily": ["00:00-24:00"]},
    {"mon-sat": ["07:30-11:00", "13:00-19:30"]},
    {"sat": ["10:00-14:00"]},
]
# Around the days zones change their clocks (both directions, both hemispheres).
DAYS = st.sampled_from(
    [date(2027, 3, 14), date(2027, 3, 28), date(2027, 4, 4), date(2027, 10, 31), date(2027, 11, 7)]
).flatmap(lambda d: st.integers(-3, 3).map(lambda n: d + timedelta(days=n)))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    count = draw(st.integers(2, 7))
    teams = []
    for index in range(count):
        side = (
            "client"
            if index == 0
            else "vendor"
            if index == 1
            else draw(st.sampled_from(["client", "vendor"]))
        )
        teams.append(
            Team(
                f"t{index}",
                side,
                draw(st.sampled_from(ZONES)),
                WeekHours.parse(draw(st.sampled_from(HOURS))),
                name=f"Team {index}",
                holidays=draw(st.sampled_from([None, "US", "GB", "PH"])),
                city=draw(st.sampled_from([None, "Somewhere"])),
            )
        )
    clients = [t.id for t in teams if t.side == "client"]
    vendors = [t.id for t in teams if t.side == "vendor"]
    roles = (Role("r", draw(st.sampled_from(["realtime", "async"])), clients[-1], vendors[0]),)
    return Plan(teams=tuple(teams), roles=roles)


@settings(max_examples=60, deadline=None)
@given(plans(), DAYS, st.sampled_from(ZONES), st.data())
def test_every_row_read_of_a_lazy_block_is_the_row_of_the_whole_computation(
    plan: Plan, day: date, zone: str, data: st.DataObject
) -> None:
    clients = [t.id for t in plan.clients]
    vendors = [t.id for t in plan.vendors]
    pair = data.draw(
        st.sampled_from([None, (clients[0], None), (None, vendors[-1]), (clients[-1], vendors[0])])
    )
    role_id = data.draw(st.sampled_from([None, "r"]))
    pairs = selected_pairs(plan, pair, role_id)
    block = day_block(plan, zone, day, pairs, role_id, None)
    whole = eager_block(plan, zone, day, pairs, role_id, None)
    # The frame is there before any row is read.
    assert isinstance(block.rows, LazyRows) and isinstance(block.overlaps, LazyRows)
    assert len(block.rows) == len(plan.teams) and len(block.overlaps) == len(pairs)
    assert block.team_ids == tuple(t.id for t in plan.teams) and block.pairs == pairs
    assert (block.start, block.end, block.axis, block.changes, block.now) == (
        whole.start,
        whole.end,
        whole.axis,
        whole.changes,
        whole.now,
    )
    # Rows and overlap rows read in any order, a few of them, then all.
    order = data.draw(st.permutations(range(len(plan.teams))))
    for index in order[: data.draw(st.integers(1, len(order)))]:
        assert block.rows[index] == whole.rows[index]
    for index in data.draw(st.permutations(range(len(pairs)))):
        assert block.overlaps[index] == whole.overlaps[index]
    team = data.draw(st.sampled_from(plan.teams))
    assert block.row(team.id) == whole.row(team.id)
    assert block.overlaps_of(team.id) == [
        o for o in whole.overlaps if team.id in (o.client_id, o.vendor_id)
    ]
    assert block == whole and hash(block) == hash(whole)
    assert tuple(block.rows) == whole.rows and tuple(block.overlaps) == whole.overlaps


@settings(max_examples=20, deadline=None)
@given(plans(), DAYS, st.sampled_from(["day", "week"]))
def test_each_cell_of_a_lazy_chart_is_the_cell_of_the_whole_computation(
    plan: Plan, day: date, view: str
) -> None:
    data = chart_data(plan, view, day, zone="UTC")  # type: ignore[arg-type]
    whole = eager_data(plan, data)
    columns = hour_columns(data)
    assert columns == hour_columns(whole)
    for row in range(len(plan.teams)):
        for column in columns[::5]:
            assert chart_cell(data, row, column) == chart_cell(whole, row, column)


def _meeting_plan(hours: dict[str, list[str]]) -> Plan:
    office = {"mon-fri": ["09:00-17:00"]}
    teams = (
        Team("hq", "client", "America/New_York", WeekHours.parse(office), holidays="US"),
        Team("mnl", "vendor", "Asia/Manila", WeekHours.parse(hours), holidays="PH"),
        Team("ldn", "vendor", "Europe/London", WeekHours.parse(office), holidays="GB"),
    )
    weekly = Repeat("weekly", byday=(ByDay(0), ByDay(2), ByDay(4)))
    meetings = (
        Meeting("standup", "Stand-up", ("hq", "mnl"), 30, date(2027, 1, 4), time(9), repeat=weekly),
        Meeting("sync", "Sync", ("hq", "ldn"), 90, date(2027, 1, 5), time(10), repeat=weekly),
        Meeting("once", "Kickoff", ("mnl", "ldn", "hq"), 60, date(2027, 3, 17), time(8)),
    )
    return Plan(teams=teams, meetings=meetings)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [{"mon-fri": ["20:00-05:00"]}, {"mon-fri": ["21:00-23:00"]}, {"daily": ["00:00-24:00"]}]
    ),
    st.dates(date(2027, 1, 1), date(2027, 12, 20)),
    st.integers(1, 9),
)
def test_kept_meeting_bands_are_those_worked_out_afresh_and_follow_an_edit(
    hours: dict[str, list[str]], first: date, days: int
) -> None:
    plan = _meeting_plan({"mon-fri": ["20:00-05:00"]})
    start, end = day_range("UTC", first, first + timedelta(days=days - 1))
    assert meeting_bands(plan, start, end) == eager_bands(plan, start, end)
    assert meeting_bands(plan, start, end) == eager_bands(plan, start, end)  # kept
    edited = replace(
        plan,
        teams=(plan.teams[0], replace(plan.teams[1], hours=WeekHours.parse(hours)), plan.teams[2]),
    )
    assert meeting_bands(edited, start, end) == eager_bands(edited, start, end)
    moved_zone = replace(plan, display_zone="Asia/Tokyo")  # the stand-up's zone is the plan's
    assert meeting_bands(moved_zone, start, end) == eager_bands(moved_zone, start, end)
