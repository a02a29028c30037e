"""A series expanded by arithmetic gives the starts dateutil's rule engine gives."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import islice

from dateutil import rrule
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.recurrence import _rule, wall_starts
from planner.plan.series import series_starts

_MOMENTS = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31))
# Whole minutes mostly; now and then seconds and microseconds (a plan may write them; the
# rule engine drops the microseconds of its DTSTART, and so must the arithmetic).
FIRSTS = st.one_of(_MOMENTS.map(lambda d: d.replace(second=0, microsecond=0)), _MOMENTS)


@st.composite
def repeats(draw: st.DrawFn) -> Repeat:
    freq = draw(st.sampled_from(["daily", "weekly", "monthly"]))
    ordinals = (
        st.sampled_from([None, 1, 2, 3, 4, 5, -1, -2, -4, -5]) if freq == "monthly" else st.none()
    )
    days = draw(st.lists(st.tuples(st.integers(0, 6), ordinals), max_size=3, unique=True))
    end = draw(st.sampled_from(["none", "count", "until"]))
    return Repeat(
        freq,
        interval=draw(st.integers(1, 5)),
        byday=tuple(ByDay(*d) for d in days),
        count=draw(st.integers(1, 60)) if end == "count" else None,
        until=draw(st.dates(date(2025, 1, 1), date(2032, 12, 31))) if end == "until" else None,
    )


@settings(max_examples=250, deadline=None)
@given(repeats(), FIRSTS, st.dates(date(2024, 6, 1), date(2032, 12, 31)), st.integers(0, 400))
def test_the_starts_in_a_range_are_dateutils(repeat, first, low_day, days):
    low = datetime.combine(low_day, time(0))
    high = datetime.combine(low_day + timedelta(days=days), time(23, 59, 59))
    expected = _rule(repeat, first).between(low, high, inc=True)
    assert list(series_starts(repeat, first, low, high)) == expected


@settings(max_examples=200, deadline=None)
@given(repeats(), FIRSTS)
def test_the_first_starts_of_a_series_are_dateutils(repeat, first):
    horizon = first.replace(year=first.year + 12, day=min(first.day, 28))
    # From the engine's own first start (its DTSTART without microseconds).
    expected = _rule(repeat, first).between(first.replace(microsecond=0), horizon, inc=True)[:60]
    assert list(islice(series_starts(repeat, first, high=horizon), 60)) == expected


def test_a_meetings_starts_come_without_the_rule_engine():
    meeting = Meeting(
        "w",
        "W",
        ("a", "b"),
        30,
        date(2027, 1, 4),
        time(9),
        repeat=Repeat("monthly", byday=(ByDay(0, 1), ByDay(4, -1)), count=5),
    )
    starts = [d.date() for d in wall_starts(meeting, date(2027, 1, 1), date(2027, 12, 31))]
    assert starts == [
        date(2027, 1, 4),
        date(2027, 1, 29),
        date(2027, 2, 1),
        date(2027, 2, 26),
        date(2027, 3, 1),
    ]


def test_a_rule_that_never_matches_ends_at_the_range():
    never = Repeat("monthly", byday=(ByDay(0, 1), ByDay(1)))  # the first Monday, a Tuesday
    first = datetime(2027, 1, 4, 9)
    high = datetime(2027, 12, 31, 23, 59, 59)
    assert list(series_starts(never, first, first, high)) == []
    assert _rule(never, first).between(first, high, inc=True) == []
    assert rrule.MO.weekday == 0
