"""Errors raised for bad user input, with messages written for the user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.text import Text, joined
from planner.text import one_line as one_line  # (also known as planner.errors.one_line)

if TYPE_CHECKING:  # a problem is made only when a plan has one
    from planner.problem import Problem


class PlannerError(ValueError):
    """Bad user input: the message says what is wrong and how to fix it.

    The message is a :class:`~planner.text.Text` (``str(error)`` keeps it), so that the
    GUI can show it in its language; the command line prints its English.
    """


def where_of(kind: str, ident: str) -> str:
    """The object a problem is about, as a Problem's ``where``: ``team "mnl"``.

    >>> where_of("meeting", "sync"), where_of("meeting", "sync").template
    ('meeting "sync"', 'meeting "{value}"')
    """
    if kind == "team":
        return Text('team "{value}"', value=ident)
    if kind == "role":
        return Text('role "{value}"', value=ident)
    if kind == "meeting":
        return Text('meeting "{value}"', value=ident)
    return Text('{kind} "{value}"', kind=kind, value=ident)


class PlanFileError(PlannerError):
    """A plan file that cannot be used; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(joined("\n", [str(p) for p in problems]))
