"""A drag step's chart, kept from the chart before it, equals the chart worked out anew."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.chart.data import ChartData, chart_data
from planner.chart.edited import edited_chart
from tests.planner.drag_plans import DRAGS, PLAN, Drag, dragged
from tests.planner.helpers import utc


def read(data: ChartData, share: int) -> None:
    """Work out every ``share``-th row and overlap row (0: none), as a screen reads some."""
    if share:
        for block in data.blocks:
            for rows in (block.rows, block.overlaps):
                for index in range(0, len(rows), share):
                    rows[index]


@settings(max_examples=40, deadline=None)
@given(
    drags=st.lists(DRAGS, min_size=1, max_size=4),
    week=st.integers(0, 51),
    view=st.sampled_from(("day", "week")),
    pair=st.sampled_from((None, ("shop", None), (None, "blr"), ("ldn", "mnl"))),
    role=st.sampled_from((None, "voice", "seo", "dev")),
    zone=st.sampled_from((None, "Europe/London", "Asia/Manila")),
    share=st.integers(0, 3),
    hour=st.integers(0, 24 * 7),
)
def test_each_drag_step_s_chart_equals_the_chart_worked_out_anew(
    drags: list[Drag],
    week: int,
    view: str,
    pair: tuple[str | None, str | None] | None,
    role: str | None,
    zone: str | None,
    share: int,
    hour: int,
) -> None:
    monday = date(2027, 1, 4) + timedelta(weeks=week)
    now = utc(f"{monday.isoformat()}T00:00") + hour * 3600

    def anew(plan, moment):  # type: ignore[no-untyped-def]
        return chart_data(
            plan, view, monday + timedelta(days=2), zone=zone, pair=pair, role_id=role, now=moment
        )

    plan = PLAN
    data = anew(plan, now)
    for step, drag in enumerate(drags):
        read(data, share)
        edited = dragged(plan, drag, monday)
        moment = now + step * 1800
        again = edited_chart(data, plan, edited, moment)
        assert again is not None  # an edge drag changes one team's hours
        assert again == anew(edited, moment)
        changed = {t.id for t, u in zip(plan.teams, edited.teams, strict=True) if t != u}
        if all(
            replace(plan.team(t), hours=edited.team(t).hours) == edited.team(t) for t in changed
        ):
            for block, kept in zip(again.blocks, data.blocks, strict=True):
                for band, old in zip(block.meetings, kept.meetings, strict=True):
                    # kept, but those whose conflicts changed (the occurrences stay)
                    assert (band is old) == (band.conflicts == old.conflicts)
        plan, data = edited, again
    read(data, 1)


def test_edits_of_more_than_hours_are_not_kept() -> None:
    data = chart_data(PLAN, "week", date(2027, 3, 29))
    renamed = replace(PLAN, teams=(replace(PLAN.teams[0], name="Store"), *PLAN.teams[1:]))
    again = edited_chart(data, PLAN, renamed, None)
    assert again is not None and again == chart_data(renamed, "week", date(2027, 3, 29))
    assert again.blocks[0].row("shop").name == "Store"
    moved = replace(PLAN, teams=(replace(PLAN.teams[0], zone="America/Chicago"), *PLAN.teams[1:]))
    assert edited_chart(data, PLAN, moved, None) is None
    assert edited_chart(data, PLAN, replace(PLAN, roles=PLAN.roles[1:]), None) is None
    assert edited_chart(chart_data(PLAN, "year", date(2027, 3, 29)), PLAN, renamed, None) is None
