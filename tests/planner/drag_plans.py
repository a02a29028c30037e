"""A plan with every kind of role and meeting, and drags of its shift edges (hypothesis)."""

from datetime import date, timedelta

from hypothesis import strategies as st

from planner.chart.drag import dragged_shift, with_shift, with_shift_on
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.plan.reading import parse_plan

Drag = tuple[int, int, int, str, int, bool]

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


def dragged(plan: Plan, drag: Drag, monday: date) -> Plan:
    """``plan`` with one shift edge dragged (unchanged when the drag is refused)."""
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
