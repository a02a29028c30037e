"""Midnight offsets: any run of days equals the whole-year tables, and zoneinfo day by day."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.time.local import _midnight_offsets, _offsets, _offsets_by_day, midnight_offsets_from
from planner.time.tzif import offset_changes
from planner.time.zones import all_zone_names


@settings(max_examples=60)
@given(
    st.sampled_from(
        ("Europe/Kyiv", "America/New_York", "Australia/Lord_Howe", "Africa/Casablanca")
    ),
    st.dates(date(2019, 1, 1), date(2030, 12, 31)),
    st.integers(1, 800),
)
def test_offsets_from_any_day_equal_the_year_tables(zone, first, count):
    expected = []
    for n in range(count):
        day = first + timedelta(days=n)
        expected.append(_midnight_offsets(zone, day.year)[day.timetuple().tm_yday - 1])
    assert midnight_offsets_from(zone, first, count) == expected


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(all_zone_names()),
    st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    st.integers(1, 400),
)
def test_offsets_from_the_zone_changes_equal_zoneinfo_day_by_day(zone, first, count):
    assert _offsets(zone, first, count) == _offsets_by_day(zone, first, count)


@pytest.mark.parametrize(
    ("zone", "year"),
    [
        ("Africa/Casablanca", 2027),  # summer time suspended for Ramadan, weeks apart
        ("Europe/Moscow", 1919),  # changes days apart
        ("America/Sao_Paulo", 2018),  # DST begins at midnight: the day starts at 01:00
        ("Pacific/Apia", 2011),  # a skipped date
        ("America/New_York", 2100),  # the footer's rule, long after the table
    ],
)
def test_whole_years_of_offsets_equal_zoneinfo_day_by_day(zone, year):
    assert _offsets(zone, date(year, 1, 1), 368) == _offsets_by_day(zone, date(year, 1, 1), 368)


@settings(max_examples=150)
@given(
    st.one_of(
        st.sampled_from(sorted(all_zone_names())),
        # Zones whose clocks still change: after their table, the footer's rule answers.
        st.sampled_from(("America/New_York", "Europe/London", "Australia/Lord_Howe")),
    ),
    st.one_of(st.integers(-(2**31), 2**32), st.integers(1_100_000_000, 4_200_000_000)),
    st.integers(0, 3 * 366 * 86400),
)
def test_offset_changes_are_the_tables_and_the_rules_walked_one_by_one(zone, low, length):
    from planner.time.tzif import zone_data

    high = low + length
    data = zone_data(zone)
    expected = [
        (t.at, abs(t.after.offset - t.before.offset))
        for t in data.transitions
        if low <= t.at <= high and t.after.offset != t.before.offset
    ]
    moment = max(low - 1, data.transitions[-1].at if data.transitions else low - 1)
    while (following := data.rule.next_transition(moment)) is not None and following.at <= high:
        if following.after.offset != following.before.offset:
            expected.append((following.at, abs(following.after.offset - following.before.offset)))
        moment = following.at
    assert offset_changes(zone, low, high) == expected
