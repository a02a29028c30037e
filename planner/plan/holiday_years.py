"""Years in which a team's public holidays are missing from the ``holidays`` package.

The package has each country's holidays for some years only (the Philippines' from 1988,
India's Hindu festivals from 2001 to 2035). A plan that uses other years gets a warning
naming the team, the code and the years, instead of silently counting those holidays as
working days.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.text import Text
from planner.time.holidays import holiday_data_gap

if TYPE_CHECKING:
    from planner.time.holiday_gap import HolidayGap


def holiday_gaps(plan: Plan, years: Iterable[int] | None = None) -> list[tuple[int, str]]:
    """(team index, message) for each team whose holidays lack data in a year it is used.

    Without ``years``, a team's years are those of its days off and of the meetings it takes
    part in (first to last occurrence; an open-ended series its first year). With ``years``
    (an analysed range), those years that the plan itself does not use: what the plan uses
    is warned about when it is read.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> team = Team("ph", "vendor", "Asia/Manila", WeekHours.parse({"mon": ["09:00-17:00"]}),
    ...             holidays="PH", days_off=(date(1950, 1, 2),))
    >>> holiday_gaps(Plan(teams=(team,)))  # doctest: +NORMALIZE_WHITESPACE
    [(0, 'the holidays package has no public holidays of PH for 1950 (it has them for 1988
      to 2100): they count as working days; add the ones that matter as days_off')]
    >>> holiday_gaps(Plan(teams=(team,)), range(1949, 1951))[0][1][:62]
    'the holidays package has no public holidays of PH for 1949 (it'
    """
    found: list[tuple[int, str]] = []
    meeting_years: dict[str, set[int]] = {}
    for meeting in plan.meetings:
        span = range(meeting.start_date.year, _last_year(meeting) + 1)
        for team_id in meeting.teams:
            meeting_years.setdefault(team_id, set()).update(span)
    for index, team in enumerate(plan.teams):
        if not team.holidays:
            continue
        used = meeting_years.get(team.id, set()) | {day.year for day in team.days_off}
        checked = used if years is None else set(years) - used
        gaps: dict[HolidayGap, list[int]] = {}
        for year in sorted(checked):
            gap = holiday_data_gap(team.holidays, year)
            if gap is not None:
                gaps.setdefault(gap, []).append(year)
        for gap, gap_years in gaps.items():
            found.append((index, _message(team.holidays, gap, gap_years)))
    return found


def _last_year(meeting: Meeting) -> int:
    """The year of the series' last occurrence (its first for an open-ended one)."""
    repeat = meeting.repeat
    if repeat is None:
        return meeting.start_date.year
    if repeat.until is not None:
        return repeat.until.year
    if repeat.count is None:
        return meeting.start_date.year
    from planner.plan.recurrence import wall_starts

    last = meeting.start_date
    for start in wall_starts(meeting, meeting.start_date, date.max):
        last = start.date()
    return last.year


def years_text(years: list[int]) -> str:
    """Sorted years as runs: ``1968-1970, 2036``.

    >>> years_text([1968, 1969, 1970, 2036])
    '1968-1970, 2036'
    """
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def _message(code: str, gap: HolidayGap, years: list[int]) -> str:
    shown = years_text(years)
    if gap.partial:
        return Text(
            "the holidays package has only some public holidays of {code} for {shown} ({detail}): add the missing ones as days_off",
            code=code,
            shown=shown,
            detail=gap.detail,
        )
    return Text(
        "the holidays package has no public holidays of {code} for {shown} ({detail}): they count as working days; add the ones that matter as days_off",
        code=code,
        shown=shown,
        detail=gap.detail,
    )
