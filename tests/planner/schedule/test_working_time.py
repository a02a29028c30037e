"""Working time as exact UTC instants across DST changes, odd offsets, weeks and holidays."""

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from planner.schedule.working_time import team_shifts, working_time
from planner.time.intervals import union
from planner.time.local import day_range, local_instant
from tests.planner.helpers import d, iso, team, utc


def week_of(zone, first, last=None):
    return day_range(zone, d(first), d(last or first))


def test_skipped_time_uses_the_offset_before_the_jump():
    # 2027-03-14 02:30 does not exist in New York: RFC 5545 reads it as 02:30 EST = 03:30 EDT.
    assert local_instant("America/New_York", d("2027-03-14"), 150) == utc("2027-03-14T07:30")


def test_repeated_time_means_its_first_occurrence():
    # 2027-11-07 01:30 happens twice in New York: the first time is EDT (UTC-4).
    assert local_instant("America/New_York", d("2027-11-07"), 90) == utc("2027-11-07T05:30")


def test_shift_starting_inside_the_spring_forward_gap_is_shorter():
    ny = team("ny", "America/New_York", {"sun": ["02:30-10:00"]})
    start, end = week_of("America/New_York", "2027-03-14")
    assert iso(working_time(ny, start, end)) == [("2027-03-14T07:30Z", "2027-03-14T14:00Z")]


def test_shift_wholly_inside_the_gap_is_empty():
    ny = team("ny", "America/New_York", {"sun": ["02:00-03:00"]})
    start, end = week_of("America/New_York", "2027-03-14")
    assert working_time(ny, start, end) == ()
    assert team_shifts(ny, start, end) == []


def test_night_shift_is_an_hour_shorter_in_spring_and_longer_in_autumn():
    ny = team("ny", "America/New_York", {"sat": ["22:00-06:00"]})
    spring = working_time(ny, *week_of("America/New_York", "2027-03-13", "2027-03-14"))
    autumn = working_time(ny, *week_of("America/New_York", "2027-11-06", "2027-11-07"))
    assert iso(spring) == [("2027-03-14T03:00Z", "2027-03-14T10:00Z")]  # 7 hours
    assert iso(autumn) == [("2027-11-07T02:00Z", "2027-11-07T11:00Z")]  # 9 hours


def test_us_and_eu_mismatch_weeks_in_march_and_november():
    ny = team("ny", "America/New_York", {"mon-fri": ["09:00-17:00"]}, side="client")
    ldn = team("ldn", "Europe/London", {"mon-fri": ["09:00-17:00"]})
    # Before 14 March: EST and GMT, 5 hours apart.
    assert iso(working_time(ny, *week_of("America/New_York", "2027-03-08"))) == [
        ("2027-03-08T14:00Z", "2027-03-08T22:00Z")
    ]
    # 15-26 March: New York is on EDT, London still on GMT: 4 hours apart.
    assert iso(working_time(ny, *week_of("America/New_York", "2027-03-15"))) == [
        ("2027-03-15T13:00Z", "2027-03-15T21:00Z")
    ]
    assert iso(working_time(ldn, *week_of("Europe/London", "2027-03-15"))) == [
        ("2027-03-15T09:00Z", "2027-03-15T17:00Z")
    ]
    # From 29 March London is on BST.
    assert iso(working_time(ldn, *week_of("Europe/London", "2027-03-29"))) == [
        ("2027-03-29T08:00Z", "2027-03-29T16:00Z")
    ]
    # 1-5 November: London back on GMT, New York still on EDT.
    assert iso(working_time(ldn, *week_of("Europe/London", "2027-11-01"))) == [
        ("2027-11-01T09:00Z", "2027-11-01T17:00Z")
    ]
    assert iso(working_time(ny, *week_of("America/New_York", "2027-11-01"))) == [
        ("2027-11-01T13:00Z", "2027-11-01T21:00Z")
    ]


def test_southern_hemisphere_leaves_summer_time_in_april():
    syd = team("syd", "Australia/Sydney", {"mon-fri": ["09:00-17:00"]})
    # Friday 2 April 2027 is AEDT (UTC+11); Monday 5 April is AEST (UTC+10).
    assert iso(working_time(syd, *week_of("Australia/Sydney", "2027-04-02", "2027-04-05"))) == [
        ("2027-04-01T22:00Z", "2027-04-02T06:00Z"),
        ("2027-04-04T23:00Z", "2027-04-05T07:00Z"),
    ]


def test_kathmandu_quarter_hour_offset():
    ktm = team("ktm", "Asia/Kathmandu", {"mon": ["09:00-17:00"]})
    assert iso(working_time(ktm, *week_of("Asia/Kathmandu", "2027-01-04"))) == [
        ("2027-01-04T03:15Z", "2027-01-04T11:15Z")
    ]


def test_chatham_islands_plus_12_45_and_13_45():
    cht = team("cht", "Pacific/Chatham", {"mon": ["09:00-17:00"]})
    assert iso(working_time(cht, *week_of("Pacific/Chatham", "2027-01-04"))) == [
        ("2027-01-03T19:15Z", "2027-01-04T03:15Z")
    ]
    assert iso(working_time(cht, *week_of("Pacific/Chatham", "2027-07-05"))) == [
        ("2027-07-04T20:15Z", "2027-07-05T04:15Z")
    ]


def test_lord_howe_half_hour_daylight_saving():
    lhi = team("lhi", "Australia/Lord_Howe", {"sat": ["22:00-06:00"]})
    # Clocks go from 02:00 (+11) back to 01:30 (+10:30) on Sunday 4 April: 8.5 hours.
    night = working_time(lhi, *week_of("Australia/Lord_Howe", "2027-04-03", "2027-04-04"))
    assert iso(night) == [("2027-04-03T11:00Z", "2027-04-03T19:30Z")]


def test_casablanca_moves_to_utc_for_ramadan():
    cas = team("cas", "Africa/Casablanca", {"mon": ["09:00-17:00"]})
    # +01 until 15 February 2026, +00 until 22 March, +01 again afterwards (tzdata 2026f
    # ends the switching after 20 September 2026; 2025b had it too).
    span = week_of("Africa/Casablanca", "2026-02-09", "2026-03-23")
    mondays = iso(working_time(cas, *span))
    assert mondays[0] == ("2026-02-09T08:00Z", "2026-02-09T16:00Z")
    assert mondays[1] == ("2026-02-16T09:00Z", "2026-02-16T17:00Z")
    assert mondays[5] == ("2026-03-16T09:00Z", "2026-03-16T17:00Z")
    assert mondays[6] == ("2026-03-23T08:00Z", "2026-03-23T16:00Z")


def test_sun_thu_week():
    ruh = team("ruh", "Asia/Riyadh", {"sun-thu": ["08:00-16:00"]})
    days = [
        a[:10]
        for a, _ in iso(working_time(ruh, *week_of("Asia/Riyadh", "2027-01-03", "2027-01-09")))
    ]
    assert days == ["2027-01-03", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07"]


def test_holiday_drops_the_shift_that_starts_on_it_not_the_one_running_into_it():
    # Rizal Day, Thursday 30 December 2027, is a Philippine holiday.
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]}, holidays="PH")
    night = iso(working_time(mnl, *week_of("Asia/Manila", "2027-12-29", "2027-12-31")))
    assert night == [
        ("2027-12-28T16:00Z", "2027-12-28T22:00Z"),  # Tue 21:00 - Wed 06:00, clipped at the start
        ("2027-12-29T13:00Z", "2027-12-29T22:00Z"),  # Wed 21:00 - Thu 06:00: runs into the holiday
    ]  # Thu 30 (Rizal Day) and Fri 31 (New Year's Eve) are holidays: no shift starts on them


def test_holiday_on_the_client_side_and_extra_days_off():
    ny = team(
        "ny",
        "America/New_York",
        {"mon-fri": ["09:00-17:00"]},
        holidays="US",
        days_off=[d("2027-07-06")],
    )
    week = iso(working_time(ny, *week_of("America/New_York", "2027-07-05", "2027-07-09")))
    # Monday 5 July: Independence Day observed; Tuesday 6 July: a day off.
    assert [a[:10] for a, _ in week] == ["2027-07-07", "2027-07-08", "2027-07-09"]


def test_shift_from_before_the_range_is_included_and_clipped():
    mnl = team("mnl", "Asia/Manila", {"daily": ["21:00-06:00"]})
    start, end = week_of("Asia/Manila", "2027-01-05")
    assert iso(working_time(mnl, start, end)) == [
        ("2027-01-04T16:00Z", "2027-01-04T22:00Z"),
        ("2027-01-05T13:00Z", "2027-01-05T16:00Z"),
    ]


def test_whole_day_and_24_00_end():
    ops = team("ops", "Europe/Kyiv", {"daily": ["00:00-24:00"]})
    start, end = week_of("Europe/Kyiv", "2027-01-04", "2027-01-10")
    assert iso(working_time(ops, start, end)) == [("2027-01-03T22:00Z", "2027-01-10T22:00Z")]


zones = st.sampled_from(
    [
        "America/New_York",
        "Europe/London",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
        "Pacific/Chatham",
    ]
)
clock = st.integers(0, 95).map(lambda q: q * 15)


@given(zones, clock, clock, st.integers(0, 364), st.integers(1, 40), st.integers(1, 40))
def test_working_time_does_not_depend_on_how_the_range_is_split(zone, a, b, offset, left, right):
    if a == b:
        b = (b + 15) % 1440
    hours = {"daily": [f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}"]}
    worker = team("w", zone, hours)
    first = d("2027-01-01") + timedelta(days=offset)
    start = local_instant(zone, first, 0)
    middle = start + left * 3600 * 7
    end = middle + right * 3600 * 7
    whole = working_time(worker, start, end)
    assert union(working_time(worker, start, middle) + working_time(worker, middle, end)) == whole


all_zones = st.sampled_from(
    sorted(__import__("planner.time.zones", fromlist=["x"]).all_zone_names())
)


@given(
    all_zones, st.dates(min_value=d("1990-01-01"), max_value=d("2060-12-31")), st.integers(0, 2879)
)
def test_fast_local_instant_agrees_with_zoneinfo_everywhere(zone, day, minute):
    from datetime import datetime

    from planner.time.zones import load_zone

    later = day + timedelta(days=minute // 1440)
    clock = minute % 1440
    expected = datetime(
        later.year, later.month, later.day, clock // 60, clock % 60, tzinfo=load_zone(zone)
    )
    assert local_instant(zone, day, minute) == int(expected.timestamp())


@given(all_zones, st.integers(1990, 2060))
def test_fast_local_instant_on_transition_days(zone, year):
    """Probe every hour of the days around each offset change found in a year."""
    from datetime import datetime

    from planner.time.local import _midnight_offsets
    from planner.time.zones import load_zone

    offsets = _midnight_offsets(zone, year)
    changes = [i for i in range(1, len(offsets)) if offsets[i] != offsets[i - 1]][:3]
    for index in changes:
        day = d(f"{year}-01-01") + timedelta(days=index - 1)
        for minute in range(0, 2880, 30):
            later = day + timedelta(days=minute // 1440)
            clock = minute % 1440
            zone_info = load_zone(zone)
            expected = datetime(
                later.year, later.month, later.day, clock // 60, clock % 60, tzinfo=zone_info
            )
            assert local_instant(zone, day, minute) == int(expected.timestamp())


@given(
    all_zones,
    clock,
    clock,
    st.dates(min_value=d("2000-01-01"), max_value=d("2040-12-31")),
    st.integers(1, 20),
)
def test_team_shifts_match_a_plain_zoneinfo_computation(zone, a, b, first, days):
    from datetime import datetime

    from planner.time.zones import load_zone

    if a == b:
        b = (b + 15) % 1440
    text = f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}"
    worker = team("w", zone, {"daily": [text]})
    start, end = day_range(zone, first, first + timedelta(days=days))
    zone_info = load_zone(zone)

    def at(day, minute):
        later = day + timedelta(days=minute // 1440)
        clock_minute = minute % 1440
        return int(
            datetime(
                later.year,
                later.month,
                later.day,
                clock_minute // 60,
                clock_minute % 60,
                tzinfo=zone_info,
            ).timestamp()
        )

    expected = []
    day = first - timedelta(days=2)
    while day <= first + timedelta(days=days):
        s, e = at(day, a), at(day, b + (1440 if b <= a else 0))
        if s < e and e > start and s < end:
            expected.append((day, s, e))
        day += timedelta(days=1)
    assert [(w.day, w.start, w.end) for w in team_shifts(worker, start, end)] == sorted(
        expected, key=lambda x: (x[1], x[2])
    )
