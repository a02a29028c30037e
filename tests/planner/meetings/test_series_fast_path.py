"""The fast occurrences equal the plain way of finding them.

The oracle is the way occurrences were found before: the rule expanded in wall time
(``wall_starts``, held to dateutil's rrule in ``tests/planner/plan/test_series.py``), each start made an aware datetime and its instant taken by
zoneinfo (fold=0: a start in a spring-forward gap moves on, a repeated one is the first),
each participant's skip reason asked per occurrence (``skip_reason``). Random daily,
weekly and monthly rules, zones with clock changes of every kind, holidays, days off,
one-day exceptions and moved occurrences.
"""

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.meetings.occurrences import meeting_occurrences, occurrence_instants
from planner.meetings.skips import skip_reason
from planner.plan.hours import DayExceptions, Shift, WeekHours
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Team
from planner.plan.moved import MovedOccurrence
from planner.plan.recurrence import wall_starts
from planner.time.local import day_range, local_date, local_dates
from planner.time.zones import all_zone_names, load_zone

CHANGING = (
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/Santiago",
    "Asia/Tehran",
    "Africa/Casablanca",
    "America/Havana",
    "Pacific/Apia",
)
ZONES = st.one_of(st.sampled_from(sorted(all_zone_names())), st.sampled_from(CHANGING))

weekdays = st.lists(st.integers(0, 6), max_size=4, unique=True).map(
    lambda days: tuple(ByDay(w) for w in sorted(days))
)


@st.composite
def repeats(draw: st.DrawFn, start: date) -> Repeat | None:
    freq = draw(st.sampled_from(("daily", "weekly", "weekly", "monthly", None)))
    if freq is None:
        return None
    byday = draw(weekdays) if freq != "monthly" else ()
    end = draw(st.sampled_from(("until", "count", None)))
    return Repeat(
        freq,
        interval=draw(st.sampled_from((1, 1, 2, 3, 5, 7, 14, 30))),
        byday=byday,
        until=start + timedelta(days=draw(st.integers(0, 400))) if end == "until" else None,
        count=draw(st.integers(1, 60)) if end == "count" else None,
    )


starts = st.one_of(
    st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)),
    st.builds(
        date, st.integers(1995, 2045), st.sampled_from((2, 3, 4, 9, 10, 11)), st.integers(1, 28)
    ),
)
# Whole minutes (some in a night's gap or repeat), now and then seconds.
clocks = st.one_of(
    st.integers(0, 95).map(lambda q: time(q // 4, q % 4 * 15)),
    st.builds(time, st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)),
)


@settings(max_examples=150)
@given(ZONES, st.integers(-(10**9), 2 * 10**9), st.lists(st.integers(0, 400 * 86400), max_size=20))
def test_local_dates_are_zoneinfos(zone: str, base: int, steps: list[int]) -> None:
    moments = [base + step for step in steps]
    assert local_dates(zone, moments) == [local_date(zone, m) for m in moments]


@settings(max_examples=100)
@given(ZONES, st.integers(1970, 2060), st.lists(st.integers(-2 * 86400, 2 * 86400), max_size=12))
def test_local_dates_around_each_change_of_offset(zone: str, year: int, shifts: list[int]) -> None:
    from planner.time.tzif import offset_changes

    first = int(datetime(year, 1, 1, tzinfo=load_zone("UTC")).timestamp())
    changes = [moment for moment, _ in offset_changes(zone, first, first + 366 * 86400)][:4]
    moments = [change + shift for change in changes for shift in shifts]
    assert local_dates(zone, moments) == [local_date(zone, m) for m in moments]


def test_local_dates_near_a_clock_change() -> None:
    # Apia skipped 2011-12-30 altogether; London went back an hour on 2027-10-31 at 01:00Z.
    moments = [1325239200 - 1, 1325239200, 1824944400 - 1, 1824944400, 1824948000]
    assert local_dates("Pacific/Apia", moments[:2]) == [date(2011, 12, 29), date(2011, 12, 31)]
    assert local_dates("Europe/London", moments[2:]) == [date(2027, 10, 31)] * 3


shift = st.tuples(st.integers(0, 95), st.integers(1, 95)).map(
    lambda t: Shift(t[0] * 15, (t[0] * 15 + t[1] * 15) % 1440 or 1440)
)


@st.composite
def teams(draw: st.DrawFn, ident: str, near: date) -> Team:
    around = st.integers(-3, 120).map(lambda n: near + timedelta(days=n))
    exceptions = draw(
        st.lists(
            st.tuples(around, st.sampled_from(((), (Shift(600, 660),)))),
            max_size=3,
            unique_by=lambda p: p[0],
        )
    )
    return Team(
        ident,
        "client" if ident == "a" else "vendor",
        draw(ZONES),
        WeekHours.from_days(
            [
                [s] if s else []
                for s in draw(st.lists(st.one_of(st.none(), shift), min_size=7, max_size=7))
            ]
        ),
        holidays=draw(st.sampled_from((None, "US", "GB", "PH", "IL"))),
        days_off=tuple(draw(st.lists(around, max_size=3))),
        exceptions=DayExceptions(tuple(exceptions)),
    )


def _by_the_engine(plan: Plan, meeting: Meeting, start: int, end: int) -> list[tuple]:
    """The occurrences as found before the arithmetic: dateutil, zoneinfo, skip_reason."""
    zone_name = plan.meeting_zone(meeting)
    zone = load_zone(zone_name)
    first = local_date(zone_name, start) - timedelta(days=1)
    last = local_date(zone_name, end) + timedelta(days=1)
    moved = {m.original for m in meeting.moved}
    found = []
    for wall in wall_starts(meeting, first, last):
        if wall.date() in moved:
            continue
        aware = wall.replace(tzinfo=zone)
        begin = int(aware.timestamp())
        if start <= begin < end:
            reason = skip_reason(plan, meeting, begin)
            found.append((aware, begin, begin + meeting.duration_minutes * 60, reason))
    return found


@settings(max_examples=100)
@given(starts, clocks, st.data())
def test_occurrences_are_the_rule_engines(start: date, clock: time, data: st.DataObject):
    a, b = data.draw(teams("a", start)), data.draw(teams("b", start))
    repeat = data.draw(repeats(start))
    moved: tuple[MovedOccurrence, ...] = ()
    if repeat is not None and data.draw(st.booleans()):
        original = next(
            wall_starts(
                Meeting("m", "M", ("a", "b"), 30, start, clock, repeat=repeat),
                start,
                start + timedelta(days=60),
            ),
            None,
        )
        if original is not None:
            moved = (MovedOccurrence(original.date(), original + timedelta(hours=5)),)
    meeting = Meeting(
        "m",
        "M",
        ("a", "b"),
        data.draw(st.sampled_from((15, 30, 90))),
        start,
        clock,
        zone=data.draw(st.one_of(st.none(), ZONES)),
        repeat=repeat,
        skip_holidays=data.draw(st.booleans()),
        moved=moved,
    )
    plan = Plan(teams=(a, b), meetings=(meeting,))
    zone = plan.reference_zone
    first = start + timedelta(days=data.draw(st.integers(-10, 60)))
    low, high = day_range(zone, first, first + timedelta(days=data.draw(st.integers(0, 90))))
    expected = _by_the_engine(plan, meeting, low, high)
    found = meeting_occurrences(plan, meeting, low, high)
    assert [(o.wall, o.start, o.end, o.reason) for o in found if not o.moved] == expected
    assert [o.skipped for o in found if not o.moved] == [bool(e[3]) for e in expected]
    # The moved occurrence keeps its series' wall start as its original.
    for o in found:
        if o.moved:
            assert o.original == datetime.combine(moved[0].original, clock)
    assert [f[1] for f in occurrence_instants(plan, meeting, low, high)] == [o.start for o in found]
