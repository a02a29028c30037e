"""What every verb shares: the program name, exit codes, error lines, the plan, the range."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.plan.model import Plan
    from planner.schedule.range import Range


PROG = "overlap-planner"
EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2
MAX_RANGE_DAYS = 10 * 366


def report_error(exc: PlannerError, err: TextIO) -> int:
    r"""Print refused input as ``overlap-planner: error:`` lines; returns exit code 2.

    A PlanFileError gets one line per problem; any other message one line (a line break
    the user typed into a flag is shown as ``\n``).
    """
    from planner.errors import PlanFileError, one_line

    lines = [str(p) for p in exc.problems] if isinstance(exc, PlanFileError) else [str(exc)]
    for line in lines:
        print(f"{PROG}: error: {one_line(line)}", file=err)
    return EXIT_BAD_INPUT


def read_plan(path: str, err: TextIO) -> Plan:
    """Load a plan for a verb, printing its warnings; PlanFileError when it is refused."""
    from planner.plan.reading import load_plan

    document = load_plan(path)
    for warning in document.warnings:
        print(f"{PROG}: warning: {warning}", file=err)
    return document.plan


def plan_range(
    plan: Plan, first: date | None, last: date | None, now: datetime, err: TextIO | None = None
) -> Range:
    """The ``--from``/``--to`` range in the plan's reference zone (default: this week).

    With ``err``, a team whose public holidays the ``holidays`` package lacks in the
    range's years gets a warning there.
    """
    from planner.plan.checks import FIRST_YEAR, LAST_YEAR
    from planner.schedule.range import Range, default_range
    from planner.time.zones import load_zone

    for day, flag in ((first, "--from"), (last, "--to")):
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise PlannerError(
                f"{flag} {day}: give a date in the years {FIRST_YEAR} to {LAST_YEAR}"
            )
    zone = plan.reference_zone
    if first is None and last is None:
        return default_range(zone, now.astimezone(load_zone(zone)).date())
    if first is None or last is None:
        week = default_range(zone, (first or last or now.date()))
        first = first or week.first
        last = last or week.last
    if last < first:
        raise PlannerError(f"--to {last} is before --from {first}: give the earlier date first")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise PlannerError(
            f"--from {first} --to {last} spans more than {MAX_RANGE_DAYS // 366} years: "
            "analyse a shorter range"
        )
    if err is not None:
        warn_holiday_gaps(plan, first, last, err)
    return Range.of_days(zone, first, last)


def warn_holiday_gaps(plan: Plan, first: date, last: date, err: TextIO) -> None:
    """Warn about teams whose public holidays are missing in the years of ``first``..``last``.

    The years of every team's local dates: a day more on each side of the range.
    """
    from planner.plan.holiday_years import holiday_gaps

    low = max(first.year - (first.month == 1 and first.day == 1), 1)
    high = last.year + (last.month == 12 and last.day == 31)
    for index, message in holiday_gaps(plan, range(low, high + 1)):
        print(f'{PROG}: warning: team "{plan.teams[index].id}": {message}', file=err)
