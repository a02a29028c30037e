"""One problem found in a plan file: where it is and what to do (``PlanFileError.problems``).

A module of its own: a plan without problems (most) never makes the class.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.text import Text, one_line


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
