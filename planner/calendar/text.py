"""iCalendar content lines written by hand, so that the exact bytes are known.

Escaping of TEXT values (RFC 5545 3.3.11), folding at 75 octets that never splits a
UTF-8 character (3.1), and the DATE-TIME forms the export writes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.time.intervals import Instant

LINE_OCTETS = 75
# The control characters TEXT may not hold (``[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]``), dropped by
# str.translate: no pattern to compile per export.
_DROP_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def escape_text(text: str) -> str:
    r"""A TEXT value escaped for a content line (RFC 5545 3.3.11).

    Backslash, semicolon and comma get a backslash, every line break becomes ``\n``, and
    control characters that TEXT may not hold are dropped.

    >>> print(escape_text("Q1; review, plan\\next\nsteps"))
    Q1\; review\, plan\\next\nsteps
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_DROP_CONTROLS)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    r"""Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.

    Continuation lines start with one space, which counts toward their 75 octets.

    >>> folded = fold_line("DESCRIPTION:" + "é" * 40)
    >>> [len(part.encode()) for part in folded.split("\r\n")]
    [74, 19]
    """
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_OCTETS:
        return line
    pieces = []
    start = 0
    limit = LINE_OCTETS
    while len(encoded) - start > limit:
        cut = start + limit
        while encoded[cut] & 0xC0 == 0x80:  # a continuation byte: back up to the character's start
            cut -= 1
        pieces.append(encoded[start:cut])
        start = cut
        limit = LINE_OCTETS - 1
    pieces.append(encoded[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def uri_value(text: str) -> str:
    """A URI value: no escaping in RFC 5545; the plan refuses line breaks, spaces are encoded.

    >>> uri_value(" https://meet.example.com/a b ")
    'https://meet.example.com/a%20b'
    """
    return text.strip().replace(" ", "%20")


def utc_text(moment: datetime | Instant) -> str:
    """A DATE-TIME in UTC: ``20270104T090000Z``.

    >>> utc_text(1798794000)
    '20270101T090000Z'
    """
    if isinstance(moment, int):
        moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=moment)
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def wall_text(moment: datetime) -> str:
    """A DATE-TIME as local (wall) time, for a TZID: ``20270104T090000``.

    >>> wall_text(datetime(2027, 1, 4, 9))
    '20270104T090000'
    """
    return f"{moment:%Y%m%dT%H%M%S}"
