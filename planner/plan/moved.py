"""One occurrence of a series held at another time: the plan file's ``moved`` entries.

A module of its own: a plan that moves no occurrence (most) never makes the class.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.errors import PlannerError
from planner.plan.checks import check_year
from planner.text import Text


@dataclass(frozen=True, slots=True, order=True)
class MovedOccurrence:
    """One occurrence of a series held at another time (plan-file key ``moved``).

    Attributes:
        original: the local date of the occurrence in the series (in the meeting's zone).
        start: its new start, wall time in the meeting's zone (no offset); the meeting keeps
            its duration.

    >>> MovedOccurrence(date(2027, 3, 9), datetime(2027, 3, 10, 11, 0)).key
    '2027-03-09'
    """

    original: date
    start: datetime

    def __post_init__(self) -> None:
        if isinstance(self.original, datetime) or not isinstance(self.original, date):
            raise PlannerError(
                Text(
                    "a moved occurrence is named by its date, not {original!r}",
                    original=self.original,
                )
            )
        if not isinstance(self.start, datetime) or self.start.tzinfo is not None:
            raise PlannerError(
                Text(
                    "a moved occurrence's start is wall time in the meeting's zone, without offset"
                )
            )
        check_year(self.original, "moved")
        check_year(self.start.date(), "moved start")

    @property
    def key(self) -> str:
        """The plan file's key: the original date, ``YYYY-MM-DD``."""
        return self.original.isoformat()
