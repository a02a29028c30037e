"""Errors raised for bad user input, with messages written for the user."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from planner.text import Text, joined


@functools.cache
def _control() -> re.Pattern[str]:
    """C0 and C1 controls and the Unicode line and paragraph separators (compiled on first use).

    Each breaks a line for str.splitlines and for terminals.
    """
    return re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    r"""``text`` with line breaks and other control characters shown as escapes.

    A message quotes what the user wrote, which may hold a line break: the message stays
    one line (one line per problem on the console).

    >>> one_line('not "a\nb"')
    'not "a\\nb"'
    >>> one_line('"1\x853:00" and "a\u2028b"')
    '"1\\x853:00" and "a\\u2028b"'
    """
    return _control().sub(lambda found: repr(found[0])[1:-1], text)


class PlannerError(ValueError):
    """Bad user input: the message says what is wrong and how to fix it.

    The message is a :class:`~planner.text.Text` (``str(error)`` keeps it), so that the
    GUI can show it in its language; the command line prints its English.
    """


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a plan file.

    Attributes:
        file: the plan file's name as the user gave it.
        line: 1-based line where the problem can be found (0 when unknown).
        where: the object, e.g. ``team "mnl"``, or "" for the top level.
        message: what is wrong and what to do (a Text, translatable).
    """

    file: str
    line: int
    where: str
    message: str

    def __str__(self) -> str:
        r"""``file:line: where: message`` on one line; a Text whose parts stay translatable.

        >>> problem = Problem("p.toml", 3, 'team "a"', Text("bad {x}", x="1\n2"))
        >>> str(problem), str(problem).params["message"].template
        ('p.toml:3: team "a": bad 1\\n2', 'bad {x}')
        """
        location = f"{self.file}:{self.line}" if self.line else self.file  # as editors read it
        if self.where:
            text = Text(
                "{location}: {where}: {message}",
                location=location,
                where=self.where,
                message=self.message,
            )
        else:
            text = Text("{location}: {message}", location=location, message=self.message)
        shown = text.map_params(one_line)
        return shown if shown == one_line(shown) else one_line(shown)


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
