"""Midnight offsets over any run of days, partial years included, equal the whole-year tables."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.time.local import _midnight_offsets, midnight_offsets_from


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
