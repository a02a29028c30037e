"""The analysis redone after an edit equals a fresh analysis of the edited plan."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.incremental import changed_teams, reanalyze
from planner.analysis.overlap import Analysis, analyze
from planner.chart.drag import dragged_shift, with_shift, with_shift_on
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.plan.reading import parse_plan
from planner.schedule.range import Range

PLAN = parse_plan(
    """
format = 1
title = "Edits"

[[team]]
id = "shop"
name = "Shop"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["08:00-22:00"], "sat" = ["09:00-18:00"] }
holidays = "US-NY"

[[team]]
id = "ldn"
name = "London office"
side = "client"
zone = "Europe/London"
hours = { "mon-fri" = ["09:00-17:30"] }
exceptions = { "2027-03-31" = ["10:00-14:00"] }

[[team]]
id = "mnl"
name = "Manila contact centre"
side = "vendor"
zone = "Asia/Manila"
hours = { "mon" = ["21:00-05:00"], "tue-fri" = ["01:00-09:00", "21:00-05:00"] }
holidays = "PH"
agents = { "01:00-09:00" = 4, "21:00-05:00" = 25 }

[[team]]
id = "kyiv"
name = "Kyiv agency"
side = "vendor"
zone = "Europe/Kyiv"
hours = { "mon-fri" = ["10:00-19:00"] }

[[team]]
id = "blr"
name = "Bengaluru developers"
side = "vendor"
zone = "Asia/Kolkata"
hours = { "mon-fri" = ["10:00-13:00", "14:00-19:30"] }
days_off = ["2027-04-01"]

[[role]]
id = "voice"
name = "Customer calls"
kind = "realtime"
client = "shop"
vendor = "mnl"
min_coverage_percent = 95

[role.demand]
interval_minutes = 30
handle_seconds = 300
service_level = "80/20"
contacts = { "mon-fri" = { "08:00-12:00" = 60, "12:00-22:00" = 80 } }

[[role]]
id = "seo"
name = "SEO"
kind = "async"
client = "ldn"
vendor = "kyiv"
reply_within_hours = 8

[[role]]
id = "dev"
name = "Development"
kind = "realtime"
client = "ldn"
vendor = "blr"

[[role]]
id = "night"
name = "Night desk"
kind = "async"
client = "shop"
vendor = "blr"

[[meeting]]
id = "weekly"
title = "Weekly review"
teams = ["shop", "mnl", "kyiv"]
duration_minutes = 45
zone = "America/New_York"
start = "2027-01-06T08:30"
repeat = { freq = "weekly", byday = ["WE"], until = "2027-12-29" }

[[meeting]]
id = "standup"
title = "London stand-up"
teams = ["ldn", "blr"]
duration_minutes = 30
zone = "Europe/London"
start = "2027-01-04T09:30"
repeat = { freq = "daily", until = "2027-12-31" }
""",
    "edits.toml",
).plan

# A drag of a shift edge: which team, which weekday's shift (or that date only), which
# edge, how far (in 15-minute snaps).
DRAGS = st.tuples(
    st.integers(0, len(PLAN.teams) - 1),
    st.integers(0, 6),
    st.integers(0, 1),
    st.sampled_from(("start", "end")),
    st.integers(-40, 40),
    st.booleans(),
)


def dragged(plan: Plan, drag: tuple[int, int, int, str, int, bool], monday: date) -> Plan:
    index, weekday, which, edge, snaps, on_date = drag
    team = plan.teams[index]
    shifts = team.hours.on(weekday)
    if not shifts:
        return plan
    old = shifts[which % len(shifts)]
    end = old.end + 1440 if old.crosses_midnight else old.end
    new = dragged_shift(old, edge, (old.start if edge == "start" else end) + 15 * snaps)  # type: ignore[arg-type]
    try:
        if on_date:
            return with_shift_on(plan, team.id, monday + timedelta(days=weekday), old, new)
        return with_shift(plan, team.id, weekday, old, new)
    except PlannerError:  # the drag would make the day's shifts overlap: refused
        return plan


def assert_same(incremental: Analysis, full: Analysis) -> None:
    assert incremental.range == full.range
    assert incremental.roles == full.roles
    assert incremental.meetings == full.meetings
    assert list(incremental.pairs) == list(full.pairs)


@settings(max_examples=40, deadline=None)
@given(
    drags=st.lists(DRAGS, min_size=1, max_size=4),
    week=st.integers(0, 51),
    kind=st.sampled_from(("week", "month")),
    zone=st.sampled_from(("America/New_York", "Europe/London", "Asia/Manila")),
)
def test_redone_after_each_drag_step_equals_a_fresh_analysis(
    drags: list[tuple[int, int, int, str, int, bool]], week: int, kind: str, zone: str
) -> None:
    monday = date(2027, 1, 4) + timedelta(weeks=week)
    last = monday + timedelta(days=6 if kind == "week" else 30)
    span = Range.of_days(zone, monday, last)
    plan = PLAN
    analysis = analyze(plan, span, lazy_pairs=True)
    for drag in drags:  # each step from the one before, as the window redoes a drag
        edited = dragged(plan, drag, monday)
        again = reanalyze(analysis, plan, edited, span)
        assert_same(again, analyze(edited, span))
        changed = changed_teams(plan, edited)
        assert changed is not None  # an edge drag changes one team's hours
        for verdict, before in zip(again.roles, analysis.roles, strict=True):
            if not {verdict.role.client, verdict.role.vendor} & changed:
                assert verdict is before  # kept, not worked out again
        plan, analysis = edited, again


@settings(max_examples=15, deadline=None)
@given(
    index=st.integers(0, len(PLAN.teams) - 1),
    edit=st.sampled_from(("zone", "side", "name", "order", "role", "meeting", "drop")),
)
def test_other_edits_are_analysed_afresh_and_equal_too(index: int, edit: str) -> None:
    span = Range.of_days("UTC", date(2027, 3, 22), date(2027, 4, 4))
    team = PLAN.teams[index]
    teams = list(PLAN.teams)
    plan = PLAN
    if edit == "zone":
        teams[index] = replace(team, zone="Asia/Tokyo")
    elif edit == "name":
        teams[index] = replace(team, name="Renamed")
    elif edit == "order":
        teams.reverse()
    if edit in ("zone", "name", "order"):
        plan = replace(PLAN, teams=tuple(teams))
    elif edit == "side":
        plan = replace(
            PLAN,
            teams=tuple(replace(t, side="vendor") if t.id == "ldn" else t for t in PLAN.teams),
            roles=tuple(r for r in PLAN.roles if "ldn" not in (r.client, r.vendor)),
        )
    elif edit == "role":
        plan = replace(PLAN, roles=(replace(PLAN.roles[0], min_coverage_percent=50),))
    elif edit == "meeting":
        plan = replace(PLAN, meetings=PLAN.meetings[::-1])
    else:
        plan = replace(PLAN, meetings=(), roles=())
    before = analyze(PLAN, span, lazy_pairs=True)
    assert_same(reanalyze(before, PLAN, plan, span), analyze(plan, span))
    if edit not in ("name",):
        assert changed_teams(PLAN, plan) is None
    # Another range or an analysis of another plan is never reused.
    other = Range.of_days("UTC", date(2027, 3, 29), date(2027, 4, 4))
    assert_same(reanalyze(before, PLAN, plan, other), analyze(plan, other))
    assert_same(reanalyze(before, plan, plan, span), analyze(plan, span))
