"""The fast analysis equals the straightforward minute grid (``benchmarks/grid.py``) on random plans.

Random teams in zones with DST, half-hour and 45-minute offsets, night shifts across
midnight, holidays and days off; random roles and a weekly meeting; short ranges around
the clock changes. Every pair's windows, every role's verdict and every meeting
occurrence must be the same.
"""

from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.grid import analysis_answers, grid_analysis
from planner.analysis.overlap import analyze
from planner.plan.hours import DayExceptions, Shift, WeekHours
from planner.plan.meeting import Meeting, Repeat
from planner.plan.model import Plan, Role, Team
from planner.schedule.range import Range

ZONES = (
    ("America/New_York", "US"),
    ("Europe/London", None),
    ("Asia/Kathmandu", None),
    ("Australia/Lord_Howe", None),
    ("Asia/Manila", "PH"),
    ("Europe/Kyiv", None),
    ("Pacific/Chatham", None),
    ("America/Sao_Paulo", None),
)
STARTS = (date(2027, 3, 8), date(2027, 3, 24), date(2027, 10, 27), date(2027, 12, 27))

shift = st.tuples(st.integers(0, 95), st.integers(1, 60)).map(
    lambda t: Shift(t[0] * 15, (t[0] * 15 + t[1] * 15) % 1440)
)
week = st.lists(st.lists(shift, max_size=2), min_size=7, max_size=7).map(
    lambda days: WeekHours.from_days([_separate(d) for d in days])
)


# One-day exceptions near the clock changes and holidays of STARTS: a day off, or other hours.
exceptions = st.lists(
    st.tuples(
        st.sampled_from(STARTS).flatmap(
            lambda d: st.integers(0, 3).map(lambda n: d + timedelta(days=n))
        ),
        st.lists(shift, max_size=2).map(lambda shifts: tuple(_separate(shifts))),
    ),
    max_size=2,
    unique_by=lambda pair: pair[0],
).map(lambda pairs: DayExceptions(tuple(sorted(pairs))))


def _separate(shifts):
    """Shifts of one day that do not overlap (a plan refuses overlapping shifts)."""
    kept = []
    for s in sorted(shifts, key=lambda s: s.start):
        end = s.end if s.end > s.start else s.end + 1440
        clear = all(end <= k.start or s.start >= _end(k) for k in kept)
        wraps_over_first = kept and end - 1440 > kept[0].start
        if clear and not wraps_over_first:
            kept.append(s)
    return kept


def _end(shift):
    return shift.end if shift.end > shift.start else shift.end + 1440


@st.composite
def plans(draw):
    count = draw(st.integers(2, 4))
    teams = []
    for index in range(count):
        zone, code = draw(st.sampled_from(ZONES))
        side = "client" if index == 0 else draw(st.sampled_from(("client", "vendor")))
        off = draw(st.lists(st.sampled_from(STARTS), max_size=1))
        teams.append(
            Team(
                f"t{index}",
                side,
                zone,
                draw(week),
                holidays=draw(st.sampled_from((None, code))),
                days_off=tuple(d + timedelta(days=2) for d in off),
                exceptions=draw(exceptions),
            )
        )
    if not any(t.side == "vendor" for t in teams):
        teams[-1] = Team(teams[-1].id, "vendor", teams[-1].zone, teams[-1].hours)
    client = teams[0].id
    vendors = [t.id for t in teams if t.side == "vendor"]
    roles = (
        Role("rt", "realtime", client, vendors[0]),
        Role("as", "async", client, vendors[-1], max_reply_hours=48),
    )
    start = draw(st.sampled_from(STARTS))
    meeting = Meeting(
        "m",
        "M",
        (client, vendors[0]),
        draw(st.sampled_from((30, 60, 90))),
        start,
        time(draw(st.integers(0, 23)), draw(st.sampled_from((0, 30)))),
        zone=teams[0].zone,
        repeat=Repeat("daily"),
    )
    return Plan(teams=tuple(teams), roles=roles, meetings=(meeting,)), start


@settings(max_examples=25)
@given(plans(), st.integers(1, 6), st.sampled_from(("UTC", "America/New_York", "Asia/Kathmandu")))
def test_analysis_equals_the_minute_grid(case, days, zone):
    plan, first = case
    span = Range.of_days(zone, first, first + timedelta(days=days))
    assert analysis_answers(analyze(plan, span)) == grid_analysis(plan, span)
    lazy = analyze(plan, span, lazy_pairs=True)
    assert [(p.client, p.vendor, tuple(p.windows)) for p in lazy.pairs] == [
        (p.client, p.vendor, p.windows) for p in analyze(plan, span).pairs
    ]
