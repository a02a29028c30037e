"""A series' first occurrence is decided without the rule engine, exactly as it decides it."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from dateutil import rrule
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan.holiday_years import _last_year
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.recurrence import _rule, check_rule, starts_series

FIRSTS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2029, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@st.composite
def repeats(draw: st.DrawFn) -> Repeat:
    freq = draw(st.sampled_from(["daily", "weekly", "monthly"]))
    ordinals = (
        st.sampled_from([None, 1, 2, 3, 4, 5, -1, -2, -5]) if freq == "monthly" else st.none()
    )
    days = draw(st.lists(st.tuples(st.integers(0, 6), ordinals), max_size=3, unique=True))
    return Repeat(freq, interval=draw(st.integers(1, 3)), byday=tuple(ByDay(*d) for d in days))


@settings(max_examples=300, deadline=None)
@given(repeats(), FIRSTS)
def test_starts_series_agrees_with_dateutil(repeat: Repeat, first: datetime):
    # ``between`` stops at ``first``: ``after`` would search the years for a rule like the
    # fifth Monday of every third month.
    held = _rule(repeat, first).between(first, first, inc=True) == [first]
    decided = starts_series(repeat, first)
    assert decided == held or decided is None
    # Undecided only for a monthly rule mixing plain and ordinal weekdays.
    assert decided is not None or len({b.ordinal is None for b in repeat.byday}) == 2


def test_ordinals_count_from_either_end_of_the_month():
    last_friday = Repeat("monthly", byday=(ByDay(4, -1),))
    fifth_monday = Repeat("monthly", byday=(ByDay(0, 5),))
    assert starts_series(last_friday, datetime(2027, 12, 31, 9))  # 5th and last Friday
    assert not starts_series(last_friday, datetime(2027, 12, 24, 9))
    assert starts_series(fifth_monday, datetime(2027, 3, 29, 9))
    assert not starts_series(fifth_monday, datetime(2027, 2, 22, 9))  # February has four
    assert rrule.rrule(rrule.MONTHLY, dtstart=datetime(2027, 2, 22, 9), byweekday=rrule.MO(5))[
        0
    ] == datetime(2027, 3, 29, 9)


def test_a_mixed_monthly_rule_is_left_to_the_rule_engine():
    mixed = Repeat("monthly", byday=(ByDay(0, 1), ByDay(2)))
    assert starts_series(mixed, datetime(2026, 8, 26, 15)) is None


def test_a_start_off_the_rule_still_names_the_first_occurrence():
    meeting = Meeting(
        "m",
        "M",
        ("a", "b"),
        30,
        date(2027, 2, 1),
        time(9),
        repeat=Repeat("monthly", byday=(ByDay(1, 1),)),
    )
    with pytest.raises(PlannerError, match="the first occurrence is 2027-02-02T09:00"):
        check_rule(meeting)


def _counted(repeat: Repeat, first: datetime) -> Meeting:
    return Meeting("m", "M", ("a", "b"), 30, first.date(), first.time(), repeat=repeat)


@settings(max_examples=400, deadline=None)
@given(repeats(), FIRSTS, st.integers(1, 400))
def test_a_counted_series_last_year_agrees_with_dateutil(repeat: Repeat, first: datetime, count):
    counted = Repeat(repeat.freq, repeat.interval, repeat.byday, count=count)
    expected = list(_rule(counted, first))
    assume(expected)  # a rule with no occurrence at all is refused when a plan is read
    assert _last_year(_counted(counted, first)) == expected[-1].year


@pytest.mark.parametrize(
    ("repeat", "first", "year"),
    [
        (Repeat("weekly", byday=(ByDay(1),), count=52), date(2027, 1, 12), 2028),
        (
            Repeat("weekly", byday=(ByDay(0), ByDay(4)), interval=2, count=3),
            date(2027, 12, 24),
            2028,
        ),
        (Repeat("daily", interval=3, count=2), date(2027, 12, 30), 2028),
        (Repeat("monthly", byday=(ByDay(0, 1),), count=12), date(2027, 1, 4), 2027),
    ],
)
def test_a_counted_series_last_year_at_the_turn_of_a_year(repeat, first, year):
    start = datetime.combine(first, time(9))
    assert _last_year(_counted(repeat, start)) == year
    assert list(_rule(repeat, start))[-1].year == year
