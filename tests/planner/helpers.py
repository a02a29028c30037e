"""Small builders shared by the planner tests."""

from datetime import UTC, date, datetime

from planner.plan.hours import WeekHours
from planner.plan.model import Team
from planner.time.intervals import format_instant


def utc(text: str) -> int:
    """The instant of an ISO UTC time such as ``2027-03-14T07:30``."""
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def iso(timeline) -> list[tuple[str, str]]:
    """A timeline as readable ISO pairs."""
    return [(format_instant(a), format_instant(b)) for a, b in timeline]


def team(ident, zone, hours, side="vendor", holidays=None, days_off=()):
    return Team(
        ident, side, zone, WeekHours.parse(hours), holidays=holidays, days_off=tuple(days_off)
    )


def d(text: str) -> date:
    return date.fromisoformat(text)
