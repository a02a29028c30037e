"""Checks shared by the plan's values: ids and the years the planner handles."""

from __future__ import annotations

from datetime import date
from typing import TypeGuard

from planner.errors import PlannerError
from planner.text import Text

# An id: lower-case ASCII letters, digits, "-" and "_", starting with a letter or digit
# (``[a-z0-9][a-z0-9_-]*``), checked by set operations: no pattern to compile per command.
_ID_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_ID_CHARACTERS = _ID_FIRST | {"-", "_"}


FIRST_YEAR, LAST_YEAR = 1900, 2199


def is_id(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a valid id (see :func:`check_id`).

    >>> is_id("mnl-2"), is_id("Mnl"), is_id("_a"), is_id(""), is_id("ä")
    (True, False, False, False, False)
    """
    return isinstance(value, str) and value[:1] in _ID_FIRST and _ID_CHARACTERS.issuperset(value)


def check_id(value: object, what: str) -> str:
    """Return ``value`` when it is a valid id, else raise PlannerError.

    >>> check_id("mnl", "team")
    'mnl'
    """
    if not is_id(value):
        raise PlannerError(
            Text(
                "{what} id {value!r} is not valid: use lower-case letters, digits, '-' and '_', starting with a letter or digit (e.g. \"mnl\")",
                what=what,
                value=value,
            )
        )
    return value


def check_year(day: date, what: str) -> date:
    """Return ``day`` when its year is one the planner handles, else raise PlannerError.

    >>> check_year(date(2027, 7, 5), "days_off")
    datetime.date(2027, 7, 5)
    """
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise PlannerError(
            Text(
                "{what} {isoformat} is outside the years {FIRST_YEAR} to {LAST_YEAR} that the planner handles",
                what=what,
                isoformat=day.isoformat(),
                FIRST_YEAR=FIRST_YEAR,
                LAST_YEAR=LAST_YEAR,
            )
        )
    return day
