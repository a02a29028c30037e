"""Text for screen and paper: hours, wall times, shifts, durations on a 12- or 24-hour clock."""

from __future__ import annotations

from datetime import date

from planner.plan.hours import Shift
from planner.time.intervals import Instant
from planner.time.local import MINUTES_PER_DAY, local_datetime


def format_hour(hour: int, clock24: bool) -> str:
    """A short hour label: ``"09"`` or ``"9a"``.

    >>> format_hour(0, True), format_hour(0, False), format_hour(13, False)
    ('00', '12a', '1p')
    """
    if clock24:
        return f"{hour:02d}"
    return f"{(hour - 1) % 12 + 1}{'a' if hour < 12 else 'p'}"


def format_minute(minute: int, clock24: bool) -> str:
    """A wall time from minutes after midnight: ``"21:30"`` or ``"9:30 PM"``.

    >>> format_minute(1290, True), format_minute(1290, False), format_minute(1440, True)
    ('21:30', '9:30 PM', '24:00')
    """
    if clock24:
        return f"{minute // 60:02d}:{minute % 60:02d}"
    hour = (minute // 60) % 24
    return f"{(hour - 1) % 12 + 1}:{minute % 60:02d} {'AM' if hour < 12 else 'PM'}"


def format_shift(shift: Shift, clock24: bool) -> str:
    """A shift's local times: ``"21:00-06:00"`` or ``"9:00 PM-6:00 AM"``.

    >>> format_shift(Shift(540, 1020), False)
    '9:00 AM-5:00 PM'
    """
    if clock24:
        return str(shift)
    return f"{format_minute(shift.start, False)}-{format_minute(shift.end, False)}"


def format_duration(minutes: int) -> str:
    """Minutes as ``"8 h 15 min"`` (``"0 min"``, ``"45 min"``, ``"3 h"``).

    >>> format_duration(495), format_duration(45), format_duration(180)
    ('8 h 15 min', '45 min', '3 h')
    """
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest:02d} min"


def local_time_text(zone: str, moment: Instant, clock24: bool) -> str:
    """The wall time of an instant in a zone, with the weekday: ``"Tue 21:30"``.

    >>> local_time_text("Asia/Manila", 1798761600, True)
    'Fri 08:00'
    """
    local = local_datetime(zone, moment)
    return f"{local:%a} {format_minute(local.hour * 60 + local.minute, clock24)}"


def local_minute(zone: str, day: date, moment: Instant) -> int:
    """Wall-clock minutes from ``day`` 00:00 in a zone to an instant (past 1440 the next day).

    >>> local_minute("Asia/Manila", date(2027, 1, 1), 1798761600)
    480
    """
    local = local_datetime(zone, moment)
    return (local.date() - day).days * MINUTES_PER_DAY + local.hour * 60 + local.minute


def zone_label(zone: str, city: str, offset_label: str) -> str:
    """A team row's second line: its city (unless the zone already says it), zone and offset.

    >>> zone_label("Asia/Kolkata", "Bengaluru", "UTC+05:30")
    'Bengaluru · Asia/Kolkata  UTC+05:30'
    >>> zone_label("Asia/Manila", "Manila", "UTC+08:00")
    'Asia/Manila  UTC+08:00'
    """
    own = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
    place = f"{city} \u00b7 " if city and city.casefold() != own else ""
    return f"{place}{zone}  {offset_label}"
