"""The analysis of an edited plan, redone only for what the edit touches.

A drag of a shift edge changes one team's hours: only the roles and meetings of that team
can change. :func:`reanalyze` keeps the other verdicts, meeting reports and working times
of the analysis before the edit and works out the rest (a changed team's meetings keep their
occurrences and skips unless its days off changed: only who works through them is checked
again), and equals a fresh
:func:`planner.analysis.overlap.analyze` of the edited plan (held to it by property tests).
"""

from __future__ import annotations

from dataclasses import replace

from planner.analysis.overlap import (
    Analysis,
    LazyPairs,
    MeetingReport,
    RoleVerdict,
    analyze,
    meeting_report,
    role_verdict,
)
from planner.meetings.occurrences import not_working
from planner.plan.meeting import Meeting
from planner.plan.model import Plan, Team
from planner.schedule.range import Range
from planner.schedule.team_times import TeamTimes


def changed_teams(before: Plan, after: Plan) -> frozenset[str] | None:
    """The teams whose working time ``after`` may give otherwise than ``before``.

    None when the edit changes more than teams' hours, days off and the like: the teams
    themselves (added, removed, moved, renamed ids, another side or zone), the roles, the
    meetings or the reference zone. Names and other details count as changes of the team.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> from dataclasses import replace
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)))
    >>> later = WeekHours.parse({"mon-fri": ["10:00-18:00"]})
    >>> sorted(changed_teams(plan, replace(plan, teams=(plan.teams[0], replace(plan.teams[1], hours=later)))))
    ['b']
    >>> changed_teams(plan, replace(plan, teams=plan.teams[::-1])) is None
    True
    """
    if (
        len(before.teams) != len(after.teams)
        or not _same(before.roles, after.roles)
        or not _same(before.meetings, after.meetings)
        or before.reference_zone != after.reference_zone
    ):
        return None
    changed: set[str] = set()
    for old, new in zip(before.teams, after.teams, strict=True):
        if old is new:
            continue
        if (old.id, old.side, old.zone) != (new.id, new.side, new.zone):
            return None
        if old != new:
            changed.add(new.id)
    return frozenset(changed)


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    return a is b or a == b


def reanalyze(previous: Analysis, before: Plan, plan: Plan, span: Range) -> Analysis:
    """``analyze(plan, span, lazy_pairs=True)``, reusing ``previous`` (``before``'s analysis).

    The verdicts of roles and the reports of meetings without a changed team are those of
    ``previous`` (the same objects); the working times of the other teams are carried
    over. Anything else than teams' hours changed, or another range: analysed afresh.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Role, Team
    >>> from dataclasses import replace
    >>> from datetime import date
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> teams = (Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h), Team("c", "vendor", "UTC", h))
    >>> plan = Plan(teams=teams, roles=(Role("ab", "realtime", "a", "b"), Role("ac", "realtime", "a", "c")))
    >>> span = Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 10))
    >>> first = analyze(plan, span, lazy_pairs=True)
    >>> later = replace(teams[2], hours=WeekHours.parse({"mon-fri": ["13:00-21:00"]}))
    >>> edited = replace(plan, teams=(teams[0], teams[1], later))
    >>> again = reanalyze(first, plan, edited, span)
    >>> again.roles[0] is first.roles[0], again.roles[1].covered_minutes
    (True, 1200)
    >>> again.roles == analyze(edited, span).roles
    True
    """
    changed = changed_teams(before, plan)
    times = previous.times
    if changed is None or times is None or times.plan is not before or previous.range != span:
        return analyze(plan, span, lazy_pairs=True)
    fresh = times.carried_over(plan, changed)
    for role in plan.roles:  # as analyze: async clients' shifts by day before their bounds
        if role.kind == "async" and role.client in changed:
            fresh.shifts(role.client)
    verdicts: list[RoleVerdict] = []
    for role, verdict in zip(plan.roles, previous.roles, strict=True):
        if role.client in changed or role.vendor in changed:
            verdict = role_verdict(plan, role, span, fresh)
        verdicts.append(verdict)
    # A meeting of a changed team is where it was; whether each team works through it may not.
    moved_off = {t for t in changed if off_days(before.team(t)) != off_days(plan.team(t))}
    reports = tuple(
        kept
        if not changed.intersection(meeting.teams)
        else meeting_report(plan, meeting, span, fresh)
        if moved_off.intersection(meeting.teams)
        else _conflicts_again(kept, meeting, fresh)
        for meeting, kept in zip(plan.meetings, previous.meetings, strict=True)
    )
    return Analysis(span, LazyPairs(plan, span, fresh), tuple(verdicts), reports, fresh)


def off_days(team: Team) -> tuple[object, ...]:
    """What the skipped occurrences of a team's meetings depend on of it, but its zone.

    Its holidays, days off and one-day exceptions: a drag of its weekly hours keeps them.

    >>> from planner.plan.hours import WeekHours
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> off_days(Team("a", "client", "UTC", hours, holidays="US"))
    ('US', (), DayExceptions(days=()))
    """
    return (team.holidays, team.days_off, team.exceptions)


def _conflicts_again(kept: MeetingReport, meeting: Meeting, times: TeamTimes) -> MeetingReport:
    """``kept``'s occurrences with the conflicts of the teams' working time in ``times``.

    The occurrences' instants and skip reasons do not depend on the teams' hours (only on
    the meeting, the zones and the teams' holidays, days off and exceptions).
    """
    working = [(t, times.bounds(t)) for t in meeting.teams]
    occurrences = []
    for occurrence in kept.occurrences:
        conflicts = not_working(working, occurrence.start, occurrence.end)
        if conflicts != occurrence.conflicts:
            occurrence = replace(occurrence, conflicts=conflicts)
        occurrences.append(occurrence)
    return MeetingReport(kept.meeting_id, tuple(occurrences))
