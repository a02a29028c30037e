"""The suggestion's year-long check on flat bounds, held to the straightforward timelines."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.analysis.suggest import bounds_contained, role_suggestion, suggest_hours
from planner.plan.hours import WeekHours
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
