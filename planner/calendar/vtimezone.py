"""VTIMEZONE components in the form Outlook reads: STANDARD/DAYLIGHT with yearly RRULEs.

The observances come from :mod:`planner.calendar.observances`, derived from the same TZif
file that :mod:`zoneinfo` loads. A calendar that ignores the IANA TZID and reads only the
VTIMEZONE therefore resolves every wall time of the span to the same instant as
:mod:`zoneinfo` does.
"""

from __future__ import annotations

import functools
import struct
from typing import TYPE_CHECKING

from planner.calendar.observances import Observance, observances
from planner.errors import PlannerError
from planner.text import Text

if TYPE_CHECKING:
    from planner.time.intervals import Instant


@functools.lru_cache(maxsize=256)
def vtimezone_lines(key: str, start: Instant, end: Instant | None) -> tuple[str, ...]:
    """The unfolded content lines of a VTIMEZONE for ``key`` valid over ``[start, end]``.

    >>> lines = vtimezone_lines("Asia/Kathmandu", 1798761600, 1830297600)
    >>> lines[:3], lines[-1]
    (('BEGIN:VTIMEZONE', 'TZID:Asia/Kathmandu', 'BEGIN:STANDARD'), 'END:VTIMEZONE')
    """
    try:
        found = observances(key, start, end)
    except (OSError, ValueError, struct.error) as exc:
        if isinstance(exc, PlannerError):
            raise
        raise PlannerError(
            Text(
                'cannot read the rules of time zone "{key}" ({exc}): reinstall tzdata',
                key=key,
                exc=exc,
            )
        ) from exc
    lines = ["BEGIN:VTIMEZONE", f"TZID:{key}"]
    for observance in found:
        lines.extend(observance_lines(observance))
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def observance_lines(observance: Observance) -> list[str]:
    """The content lines of one STANDARD or DAYLIGHT sub-component.

    >>> from datetime import datetime
    >>> nepal = Observance("STANDARD", datetime(1986, 1, 1), 19800, 20700, "+0545")
    >>> observance_lines(nepal)[1:4]
    ['DTSTART:19860101T000000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0545']
    """
    result = [
        f"BEGIN:{observance.kind}",
        f"DTSTART:{observance.start:%Y%m%dT%H%M%S}",
        f"TZOFFSETFROM:{format_utc_offset(observance.offset_from)}",
        f"TZOFFSETTO:{format_utc_offset(observance.offset_to)}",
    ]
    if observance.rrule:
        result.append(f"RRULE:{observance.rrule}")
    if observance.name:
        result.append(f"TZNAME:{_escape_name(observance.name)}")
    result.append(f"END:{observance.kind}")
    return result


def _escape_name(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def format_utc_offset(seconds: int) -> str:
    """A UTC offset as RFC 5545 writes it: ``-0500``, ``+0545``, ``-045602``.

    >>> format_utc_offset(20700), format_utc_offset(-17762)
    ('+0545', '-045602')
    """
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")
