"""``team_shifts`` (the week stamped over the dates) equals the per-date rule ``day_shifts``.

The oracle resolves every local date of the range one by one: :func:`day_shifts` chooses
its shifts (a one-day exception, else the weekday's hours unless a holiday or day off), and
zoneinfo turns each wall time into an instant (fold=0). Random zones from the whole
database, holidays, days off and exceptions, ranges that start and end at any second.
"""

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.plan.hours import DayExceptions, Shift, WeekHours
from planner.plan.model import Team
from planner.schedule.working_time import day_shifts, team_bounds, team_shifts
from planner.time.intervals import bounds_clip, bounds_union_sorted
from planner.time.local import local_date
from planner.time.zones import all_zone_names, load_zone

# Half the zones and dates near clock changes (and zones whose change is not an hour).
ZONES = st.one_of(
    st.sampled_from(sorted(all_zone_names())),
    st.sampled_from(
        (
            "America/New_York",
            "Europe/London",
            "Australia/Lord_Howe",
            "Pacific/Chatham",
            "America/Santiago",
            "Asia/Tehran",
            "Africa/Casablanca",
            "America/Havana",
        )
    ),
)
FIRST_DAYS = st.one_of(
    st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 1)),
    st.builds(
        date, st.integers(1995, 2045), st.sampled_from((2, 3, 4, 9, 10, 11)), st.integers(1, 28)
    ),
)
HOLIDAYS = st.sampled_from((None, "US", "GB", "PH", "AU", "IL"))

shift = st.tuples(st.integers(0, 95), st.integers(1, 95)).map(
    lambda t: Shift(t[0] * 15, (t[0] * 15 + t[1] * 15) % 1440 or 1440)
)


def _separate(shifts: list[Shift]) -> tuple[Shift, ...]:
    """Shifts of one day that do not overlap, within the day or into the next one."""
    kept: list[Shift] = []
    for s in sorted(shifts):
        end = s.end if s.end > s.start else s.end + 1440
        clear = all(end <= k.start or s.start >= _end(k) for k in kept)
        if clear and not (kept and end - 1440 > kept[0].start):
            kept.append(s)
    return tuple(kept)


def _end(s: Shift) -> int:
    return s.end if s.end > s.start else s.end + 1440


day_hours = st.lists(shift, max_size=3).map(_separate)


@st.composite
def teams_and_ranges(draw: st.DrawFn) -> tuple[Team, int, int]:
    zone = draw(ZONES)
    first = draw(FIRST_DAYS)
    days = draw(st.integers(1, 75))
    near = st.integers(-3, days + 3).map(lambda n: first + timedelta(days=n))
    exceptions = draw(st.lists(st.tuples(near, day_hours), max_size=4, unique_by=lambda p: p[0]))
    team = Team(
        "t",
        "vendor",
        zone,
        WeekHours.from_days(draw(st.lists(day_hours, min_size=7, max_size=7))),
        holidays=draw(HOLIDAYS),
        days_off=tuple(draw(st.lists(near, max_size=4))),
        exceptions=DayExceptions(tuple(exceptions)),
    )
    midnight = int(datetime(first.year, first.month, first.day, tzinfo=load_zone(zone)).timestamp())
    start = midnight + draw(st.integers(-86400, 86400))
    end = start + days * 86400 + draw(st.integers(-86399, 86400))
    return team, start, end


def _by_day_rule(team: Team, start: int, end: int) -> list[tuple[date, int, int, Shift]]:
    """Every local date near the range, one by one: day_shifts and zoneinfo."""
    zone = load_zone(team.zone)

    def at(day: date, minute: int) -> int:
        day += timedelta(days=minute // 1440)
        clock = minute % 1440
        wall = datetime(day.year, day.month, day.day, clock // 60, clock % 60, tzinfo=zone)
        return int(wall.timestamp())

    found = []
    day = local_date(team.zone, start) - timedelta(days=3)
    while day <= local_date(team.zone, end - 1) + timedelta(days=1):
        for s in day_shifts(team, day):
            a, b = at(day, s.start), at(day, _end(s))
            if a < b and b > start and a < end:
                found.append((day, a, b, s))
        day += timedelta(days=1)
    return sorted(found, key=lambda f: (f[1], f[2]))


@settings(max_examples=150)
@given(teams_and_ranges())
def test_team_shifts_equal_the_per_date_rule(case: tuple[Team, int, int]) -> None:
    team, start, end = case
    expected = _by_day_rule(team, start, end)
    assert [tuple(w) for w in team_shifts(team, start, end)] == expected
    merged = bounds_union_sorted((a, b) for _, a, b, _ in expected)
    assert team_bounds(team, start, end) == bounds_clip(merged, start, end)


def test_an_exception_holds_on_a_holiday_and_a_day_off_empties_a_working_day() -> None:
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    team = Team(
        "t",
        "vendor",
        "America/New_York",
        hours,
        holidays="US",
        days_off=(date(2027, 7, 6),),
        exceptions=DayExceptions.parse({"2027-07-05": ["10:00-12:00"]}),
    )
    start = int(datetime(2027, 7, 5, tzinfo=load_zone("America/New_York")).timestamp())
    shifts = team_shifts(team, start, start + 3 * 86400)
    # July 5th is a holiday (observed) worked by exception, the 6th a day off, the 7th plain.
    assert [(w.day.day, (w.start - start) // 3600, (w.end - start) // 3600) for w in shifts] == [
        (5, 10, 12),
        (7, 57, 65),
    ]


def test_a_night_shift_into_a_clock_change_ends_on_the_new_offset() -> None:
    # Saturday 22:00 EST to Sunday 06:00 EDT (clocks go forward at 02:00): 7 hours.
    nights = Team("t", "vendor", "America/New_York", WeekHours.parse({"sat": ["22:00-06:00"]}))
    start = int(datetime(2027, 3, 8, tzinfo=load_zone("America/New_York")).timestamp())
    (shift,) = team_shifts(nights, start, start + 7 * 86400)
    assert (shift.day, shift.start, shift.end) == (date(2027, 3, 13), 1804993200, 1805018400)
    assert (shift.end - shift.start) // 3600 == 7
