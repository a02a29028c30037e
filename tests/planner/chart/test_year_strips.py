"""Year strips, every team computed once, equal the analysis of the same pairs day by day."""

from collections import defaultdict
from datetime import date, timedelta

from planner.analysis.overlap import analyze
from planner.chart.year import year_strip, year_strips
from planner.plan.model import Plan
from planner.schedule.range import Range
from planner.time.local import local_date
from tests.planner.helpers import team

TEAMS = (
    team("hq", "America/New_York", {"mon-fri": ["09:00-17:00"]}, "client", "US-NY"),
    team("ldn", "Europe/London", {"mon-fri": ["09:00-17:30"]}, "client", "GB", [date(2027, 8, 2)]),
    team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]}, holidays="PH"),
    team("ktm", "Asia/Kathmandu", {"sun-fri": ["03:45-12:45"]}),
    team("lhi", "Australia/Lord_Howe", {"daily": ["22:00-06:00"]}),
)


def _daily(windows, zone):
    """Seconds of each window on each date of ``zone``, cut at its midnights."""
    minutes = defaultdict(int)
    for a, b in windows:
        while a < b:
            day = local_date(zone, a)
            end = min(b, Range.of_days(zone, day, day).end)
            minutes[day] += end - a
            a = end
    return {day: seconds // 60 for day, seconds in minutes.items()}


def test_strips_equal_the_analysis_day_by_day():
    plan = Plan(teams=TEAMS)
    zone = "Europe/Kyiv"
    span = Range.of_days(zone, date(2027, 1, 1), date(2027, 12, 31))
    pairs = [(p.client, p.vendor) for p in analyze(plan, span).pairs]
    strips = year_strips(plan, zone, 2027, pairs)
    for pair, strip in zip(analyze(plan, span).pairs, strips, strict=True):
        expected = _daily(pair.windows, zone)
        assert len(strip.days) == 365
        for entry in strip.days:
            assert entry.minutes == expected.get(entry.day, 0), (pair.client, pair.vendor, entry)
        assert strip == year_strip(plan, zone, 2027, pair.client, pair.vendor)
    # The client side's own days: London's day off and weekends are days it does not work.
    ldn = next(s for s in strips if s.client_id == "ldn")
    assert not ldn.on(date(2027, 8, 2)).client_works
    assert ldn.on(date(2027, 8, 3)).client_works
    assert [d.day for d in ldn.days[:3]] == [date(2027, 1, 1) + timedelta(days=i) for i in range(3)]


def test_lazy_strips_are_made_as_they_are_read_and_kept_for_the_plan():
    from planner.chart.data import chart_data
    from planner.chart.year import YearStrips, YearTeams

    plan = Plan(teams=TEAMS)
    zone = "Europe/Kyiv"
    teams = YearTeams(plan, zone, 2027)
    data = chart_data(plan, "year", date(2027, 5, 1), zone=zone, year_teams=teams)
    eager = chart_data(plan, "year", date(2027, 5, 1), zone=zone)
    assert isinstance(data.strips, YearStrips)
    assert len(data.strips) == len(eager.strips) == 6  # 2 clients x 3 vendors
    assert teams._strips == {}  # nothing worked out before a strip is read
    assert data.strips[4] == eager.strips[4]
    assert list(teams._strips) == [(eager.strips[4].client_id, eager.strips[4].vendor_id)]
    again = chart_data(plan, "year", date(2027, 9, 1), zone=zone, year_teams=teams)
    assert again.strips[4] is data.strips[4]  # kept: the same strip, not computed again
    assert again.strips == eager.strips and data == eager
    assert data.strips[1:3] == eager.strips[1:3]
    # Another plan, zone or year does not fit: those strips are computed for themselves.
    assert not teams.fits(Plan(teams=TEAMS), zone, 2027)
    assert not teams.fits(plan, "UTC", 2027) and not teams.fits(plan, zone, 2028)
    other = chart_data(plan, "year", date(2028, 5, 1), zone=zone, year_teams=teams)
    assert isinstance(other.strips, tuple) and other.strips[0].days[0].day == date(2028, 1, 1)
