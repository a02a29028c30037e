"""The analysis redone after an edit equals a fresh analysis of the edited plan."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.incremental import changed_teams, reanalyze
from planner.analysis.overlap import Analysis, analyze
from planner.schedule.range import Range
from tests.planner.drag_plans import DRAGS, PLAN, Drag, dragged


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
    drags: list[Drag], week: int, kind: str, zone: str
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
        hours_only = all(
            replace(plan.team(t), hours=edited.team(t).hours) == edited.team(t) for t in changed
        )
        for report, kept in zip(again.meetings, analysis.meetings, strict=True):
            if hours_only:  # the occurrences stay; only those whose conflicts changed are new
                assert len(report.occurrences) == len(kept.occurrences)
                for new, old in zip(report.occurrences, kept.occurrences, strict=True):
                    assert (new is old) == (new.conflicts == old.conflicts)
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
