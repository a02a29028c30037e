"""The suggestion's year-long check on flat bounds, held to the straightforward timelines."""

import math
from dataclasses import replace
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.analysis.suggest import _person_days, bounds_contained, role_suggestion, suggest_hours
from planner.plan.hours import Shift, WeekHours
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.schedule.working_time import working_time
from planner.time.intervals import (
    bounds_difference,
    bounds_of,
    clip,
    contains,
    intersection,
    timeline_of,
    total_seconds,
    union,
)
from planner.time.local import MINUTES_PER_DAY
from planner.time.zones import load_zone
from tests.planner.helpers import d, team

SHIFTS = ["00:00-08:00", "06:30-15:00", "09:00-17:00", "21:00-06:00", "22:30-07:15"]
DAYS = ["mon-fri", "tue-sat", "daily", "sun-thu"]


def _bounds(values: list[int]) -> list[int]:
    return bounds_of(union((a, a + length) for a, length in values))


pieces = st.lists(st.tuples(st.integers(0, 500), st.integers(1, 40)), max_size=25).map(_bounds)


@settings(max_examples=150, deadline=None)
@given(pieces, pieces)
def test_contained_pieces_are_counted_as_contains_does(gaps: list[int], bounds: list[int]) -> None:
    timeline = timeline_of(bounds)
    oracle = sum(1 for a, b in timeline_of(gaps) if contains(timeline, a, b))
    assert bounds_contained(gaps, bounds) == oracle


def _oracle(plan: Plan, role: Role, span: Range) -> tuple[WeekHours | None, int, int]:
    """The suggestion's hours, covered minutes and closed gaps, on timelines."""
    horizon = span  # spans of a year or more are their own horizon
    pad = 2 * 86400
    client_team, vendor_team = plan.team(role.client), plan.team(role.vendor)
    client = clip(
        working_time(client_team, horizon.start - pad, horizon.end + pad),
        horizon.start,
        horizon.end,
    )
    vendor = working_time(vendor_team, horizon.start - pad, horizon.end + pad)
    covered = total_seconds(intersection(client, vendor)) // 60
    gaps = timeline_of(bounds_difference(bounds_of(client), bounds_of(vendor)))
    candidate = suggest_hours(client, vendor_team.zone)
    if candidate.is_empty or candidate == vendor_team.hours:
        return None, covered, 0
    trial = working_time(
        replace(vendor_team, hours=candidate), horizon.start - pad, horizon.end + pad
    )
    trial_covered = total_seconds(intersection(client, trial)) // 60
    trial_closed = sum(1 for a, b in gaps if contains(trial, a, b))
    if trial_covered >= covered and trial_closed >= 1:
        return candidate, trial_covered, trial_closed
    return None, covered, 0


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SHIFTS),
    st.sampled_from(DAYS),
    st.sampled_from(SHIFTS),
    st.sampled_from(DAYS),
    st.sampled_from(["Asia/Manila", "Europe/Kyiv", "Asia/Kathmandu", "America/Sao_Paulo"]),
)
def test_suggestion_on_bounds_is_the_one_on_timelines(
    client_shift: str, client_days: str, vendor_shift: str, vendor_days: str, zone: str
) -> None:
    ny = team("ny", "America/New_York", {client_days: [client_shift]}, side="client")
    vendor = team("v", zone, {vendor_days: [vendor_shift]})
    role = Role("r", "realtime", "ny", "v")
    plan = Plan(teams=(ny, vendor), roles=(role,))
    span = Range.of_days("America/New_York", d("2027-01-01"), d("2027-12-31"))
    found = role_suggestion(plan, role, span)
    hours, covered, closed = _oracle(plan, role, span)
    assert found.has_hour_causes or found.gap_count == 0  # no holidays: every gap is the hours'
    assert (found.hours, found.suggested_minutes, found.closed_gaps) == (hours, covered, closed)


def _suggest_hours_oracle(client: list[tuple[int, int]], zone_name: str) -> WeekHours:
    """suggest_hours as first written: zoneinfo's local time of every piece."""
    zone = load_zone(zone_name)
    spans: list[tuple[int, int]] = []
    for start, end in client:
        local = datetime.fromtimestamp(start, tz=zone)
        week_minute = local.weekday() * MINUTES_PER_DAY + local.hour * 60 + local.minute
        length = math.ceil((end - start) / 60)
        if length >= WEEK:
            spans.append((0, WEEK))
            continue
        if week_minute + length > WEEK:
            spans.append((week_minute, WEEK))
            spans.append((0, week_minute + length - WEEK))
        else:
            spans.append((week_minute, week_minute + length))
    merged = list(union(spans))
    if len(merged) > 1 and merged[0].start == 0 and merged[-1].end == WEEK:
        head = merged.pop(0)
        tail = merged.pop()
        merged.append(type(head)(tail.start, WEEK + head.end))
    days: list[list[Shift]] = [[] for _ in range(7)]
    for start, end in merged:
        for piece_start, piece_end in _person_days(start, end):
            weekday, minute = divmod(piece_start % WEEK, MINUTES_PER_DAY)
            finish = minute + (piece_end - piece_start)
            days[weekday].append(
                Shift(minute, finish if finish <= MINUTES_PER_DAY else finish - MINUTES_PER_DAY)
            )
    return WeekHours.from_days(days)


WEEK = 7 * MINUTES_PER_DAY
ZONES = ["Asia/Manila", "Europe/Kyiv", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"]
STARTS = st.integers(1_790_000_000, 1_860_000_000) | st.integers(-62_000_000_000, 0)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ZONES), st.lists(st.tuples(STARTS, st.integers(60, 3 * 86400)), max_size=30))
def test_suggested_hours_are_those_of_zoneinfo_at_every_piece(
    zone: str, pieces: list[tuple[int, int]]
) -> None:
    client = [(start, start + length) for start, length in pieces]
    # In any order (a client's time is sorted; the offsets must not depend on it).
    assert suggest_hours(client, zone) == _suggest_hours_oracle(client, zone)
    assert suggest_hours(sorted(client), zone) == _suggest_hours_oracle(sorted(client), zone)
