"""The skip reasons of many starts at once (the slot search, the export) are each start's own."""

from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.meetings.skips import skip_reason, skip_reasons
from planner.plan.hours import DayExceptions, Shift, WeekHours
from planner.plan.meeting import Meeting
from planner.plan.model import Plan, Team

HOURS = WeekHours.parse({"mon-fri": ["09:00-17:00"]})


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1_798_761_600, 1_830_297_600), max_size=60),
    st.lists(st.integers(0, 364), max_size=4),
    st.lists(st.tuples(st.integers(0, 364), st.booleans()), max_size=3, unique_by=lambda e: e[0]),
    st.booleans(),
)
def test_skip_reasons_are_each_starts_skip_reason(
    starts: list[int], off: list[int], exceptions: list[tuple[int, bool]], skip: bool
) -> None:
    first = date(2027, 1, 1)
    changes = DayExceptions(
        tuple(
            (first + timedelta(days=day), (Shift(600, 660),) if works else ())
            for day, works in sorted(exceptions)
        )
    )
    us = Team("us", "client", "America/New_York", HOURS, holidays="US")
    ph = Team(
        "ph",
        "vendor",
        "Asia/Manila",
        HOURS,
        holidays="PH",
        days_off=tuple(sorted({first + timedelta(days=d) for d in off})),
        exceptions=changes,
    )
    plan = Plan(teams=(us, ph))
    meeting = Meeting("m", "M", ("us", "ph"), 30, first, time(9), skip_holidays=skip)
    # Starts repeat a day (the slot search asks every 15 minutes of it).
    begins = sorted(starts + [s + 900 for s in starts])
    batch = skip_reasons(plan, meeting, begins)
    one_by_one = [skip_reason(plan, meeting, b) for b in begins]
    assert batch == one_by_one
    assert [getattr(r, "params", None) for r in batch] == [
        getattr(r, "params", None) for r in one_by_one
    ]
