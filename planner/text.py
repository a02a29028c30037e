"""A text the domain writes for the user: English at once, its template kept for translation.

``Text("{key} must be a whole number, not {shown}", key=key, shown=shown)`` is a ``str``
whose value is ``template.format(**params)``: the command line, the plan file and every
export use it as the English string it is, byte for byte. It also keeps ``template``
and ``params``, so a front end that speaks another language can translate the template
and fill the same params in (``ui.i18n.domain``); a param may itself be a Text (a
phrase inside a message), translated the same way. ``packaging/translations.py`` finds
every ``Text("literal", ...)`` of planner/ and puts its template in the catalogues.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any


class Text(str):
    """An English message built from a template and named params.

    >>> message = Text("{key} must be {low} or more, not {shown}", key="x", low=1, shown="0")
    >>> message
    'x must be 1 or more, not 0'
    >>> message.template, message.params["low"]
    ('{key} must be {low} or more, not {shown}', 1)
    >>> str(message).template == message.template  # str() keeps the Text
    True
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        """The English text ``template.format(**params)``, keeping both."""
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = params
        return made

    def __str__(self) -> str:
        """The Text itself: ``str(error)`` of a PlannerError keeps its template."""
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (a crash report, a worker process) as what it is."""
        return (_rebuild, (self.template, self.params))

    def map_params(self, change: Any) -> Text:
        """The same template with ``change(value)`` for every plain-string param, nested too.

        >>> Text("a {x} b {y}", x=" 1 ", y=Text("({z})", z=" 2")).map_params(str.strip)
        'a 1 b (2)'
        """
        params = {
            name: value.map_params(change)
            if isinstance(value, Text)
            else change(value)
            if isinstance(value, str)
            else value
            for name, value in self.params.items()
        }
        return Text(self.template, **params)


def _rebuild(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)


def joined(separator: str, parts: Sequence[str]) -> Text:
    """Texts joined by ``separator``, each part still translatable.

    >>> joined("; ", [Text("a {n}", n=1), Text("b")])
    'a 1; b'
    """
    names = {f"part{index}": part for index, part in enumerate(parts)}
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
    return Text(template, **names)


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
