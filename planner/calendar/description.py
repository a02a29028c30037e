"""A meeting's DESCRIPTION: every team's local times in runs, the skipped dates, the horizon.

Each team's local start and end of every occurrence come from a table of its zone's
offsets (:mod:`planner.calendar.offsets`) and integer arithmetic, not from a ``datetime``
per occurrence and team: the text is the same, the table agrees with :mod:`zoneinfo`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from planner.calendar.exported import ExportedOccurrence
from planner.calendar.moved import moved_note
from planner.calendar.offsets import DAY, zone_offsets
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# A team's local start and end of one occurrence: start hour and minute, end hour and
# minute, days from the meeting's wall date to the start's local date, days the meeting
# runs into (0: ends on the date it starts).
RunKey = tuple[int, int, int, int, int, int]


@dataclass(frozen=True, slots=True)
class WallRuns:
    """The occurrences of one meeting as every team's local times are computed from them.

    Attributes:
        starts: each occurrence's first instant.
        ends: each occurrence's end.
        runs: (start, end, first index, last index): stretches of consecutive occurrences
            whose start and end lie equally far from their wall date's midnight (in
            seconds, as instants; a series' do until the meeting's zone changes offset).
            Single occurrences when the starts or ends are out of order.
    """

    starts: tuple[Instant, ...]
    ends: tuple[Instant, ...]
    runs: tuple[tuple[int, int, int, int], ...]

    @classmethod
    def of(cls, kept: Sequence[ExportedOccurrence]) -> WallRuns:
        """The runs of ``kept``.

        >>> from datetime import datetime
        >>> kept = [ExportedOccurrence(datetime(2027, 3, d, 9), at, at + 1800, "")
        ...         for d, at in ((26, 1806051600), (29, 1806310800))]  # 09:00 UTC
        >>> WallRuns.of(kept).runs
        ((32400, 34200, 0, 1),)
        """
        if not kept:
            return cls((), (), ())
        starts = tuple(o.start for o in kept)
        ends = tuple(o.end for o in kept)
        found = [
            (start - (o.wall.toordinal() - _EPOCH_ORDINAL) * DAY, end - start)
            for o, start, end in zip(kept, starts, ends, strict=True)
        ]
        if list(starts) == sorted(starts) and list(ends) == sorted(ends):
            cuts = [0, *(i for i, (a, b) in enumerate(pairwise(found), 1) if a != b)]
        else:
            cuts = list(range(len(kept)))
        runs = [
            (found[cut][0], found[cut][0] + found[cut][1], cut, following - 1)
            for cut, following in zip(cuts, [*cuts[1:], len(kept)], strict=True)
        ]
        return cls(starts, ends, tuple(runs))


def local_time_runs(zone: str, walls: WallRuns) -> list[tuple[RunKey, int, int]]:
    """Runs of occurrences with equal local times in ``zone``: (key, first index, last index).

    A run of ``walls`` has one local time in ``zone`` except where the zone changes its
    offset between its first start and its last end: it is cut there (the start or the
    end of the occurrences from the cut on has the new offset), and neighbours with equal
    local times are joined.

    >>> from datetime import datetime
    >>> kept = [ExportedOccurrence(datetime(2027, 3, d, 9), at, at + 1800, "")
    ...         for d, at in ((26, 1806051600), (29, 1806310800))]  # 09:00 UTC
    >>> local_time_runs("Europe/London", WallRuns.of(kept))
    [((9, 0, 9, 30, 0, 0), 0, 0), ((10, 0, 10, 30, 0, 0), 1, 1)]
    """
    starts, ends = walls.starts, walls.ends
    if not starts:
        return []
    table = zone_offsets(zone, min(starts), max(ends))
    changes, offsets = table.changes, table.offsets
    runs: list[tuple[RunKey, int, int]] = []
    for start_from_midnight, end_from_midnight, first, last in walls.runs:
        cuts = {first}
        if changes and first < last:
            low = bisect_right(changes, starts[first])
            for at in changes[low : bisect_right(changes, ends[last])]:
                cuts.add(bisect_left(starts, at, first, last + 1))
                cuts.add(bisect_left(ends, at, first, last + 1))
        ordered = sorted(cut for cut in cuts if cut <= last)
        for number, cut in enumerate(ordered):
            until = ordered[number + 1] - 1 if number + 1 < len(ordered) else last
            local_start = start_from_midnight + offsets[bisect_right(changes, starts[cut])]
            local_end = end_from_midnight + offsets[bisect_right(changes, ends[cut])]
            key = (
                local_start % DAY // 3600,
                local_start % 3600 // 60,
                local_end % DAY // 3600,
                local_end % 3600 // 60,
                local_start // DAY,
                local_end // DAY - local_start // DAY,
            )
            if runs and runs[-1][0] == key:
                runs[-1] = (key, runs[-1][1], until)
            else:
                runs.append((key, cut, until))
    return runs


def local_times(
    plan: Plan, meeting: Meeting, kept: Sequence[ExportedOccurrence], open_ended: bool
) -> list[str]:
    """One line per team: its local start and end, in runs of equal times.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "Asia/Manila", hours)))
    >>> m = Meeting("m", "M", ("a", "b"), 30, date(2027, 1, 4), time(20))
    >>> local_times(plan, m, [ExportedOccurrence(datetime(2027, 1, 4, 20), 1799092800, 1799094600, "")], False)
    ['- a, UTC: Mon 2027-01-04 20:00-20:30', '- b, Asia/Manila: Tue 2027-01-05 04:00-04:30 (the next day)']
    """
    lines = []
    walls = WallRuns.of(kept)
    for team_id in meeting.teams:
        team = plan.team(team_id)
        runs = local_time_runs(team.zone, walls)
        parts = []
        for index, (key, first_index, last_index) in enumerate(runs):
            start_hour, start_minute, end_hour, end_minute, shift, spans_days = key
            text = f"{start_hour:02d}:{start_minute:02d}-{end_hour:02d}:{end_minute:02d}"
            text += " (ends the next day)" if spans_days else ""
            if shift:
                text += " (the next day)" if shift > 0 else " (the day before)"
            first = kept[first_index].wall.date()
            last = kept[last_index].wall.date()
            if meeting.repeat is None:
                start = datetime.fromtimestamp(kept[first_index].start, load_zone(team.zone))
                text = f"{_WEEKDAY_NAMES[start.weekday()]} {start:%Y-%m-%d} {text}"
            elif len(runs) > 1:
                if open_ended and index == len(runs) - 1:
                    text = f"from {first}: {text}"
                else:
                    text = f"{first} to {last}: {text}" if first != last else f"{first}: {text}"
            parts.append(text)
        label = team.name if team.name == team.id else f"{team.name} [{team.id}]"
        lines.append(f"- {label}, {team.zone}: " + ("; ".join(parts) or "no occurrence"))
    return lines


def description(
    plan: Plan,
    meeting: Meeting,
    occurrences: Sequence[ExportedOccurrence],
    horizon: date | None,
    now: datetime,
) -> str:
    """The DESCRIPTION's text (unescaped): the meeting's own, local times, skipped, moved.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "UTC", hours)))
    >>> m = Meeting("m", "M", ("a", "b"), 30, date(2027, 1, 4), time(9))
    >>> kept = [ExportedOccurrence(datetime(2027, 1, 4, 9), 1799053200, 1799055000, "")]
    >>> print(description(plan, m, kept, None, datetime(2027, 1, 1, tzinfo=UTC)))
    Local times:
    - a, UTC: Mon 2027-01-04 09:00-09:30
    - b, UTC: Mon 2027-01-04 09:00-09:30
    """
    kept = [o for o in occurrences if not o.reason]
    skipped = [o for o in occurrences if o.reason]
    sections = []
    if meeting.description.strip():
        sections.append(meeting.description.strip())
    sections.append(
        "Local times:\n" + "\n".join(local_times(plan, meeting, kept, horizon is not None))
    )
    if skipped:
        listed = "\n".join(f"- {o.wall:%Y-%m-%d %H:%M}: {o.reason}" for o in skipped)
        sections.append(f"Skipped (holiday or day off of a participant):\n{listed}")
    if meeting.moved:
        sections.append(moved_note(meeting, plan.meeting_zone(meeting)))
    if horizon is not None and meeting.skip_holidays:
        sections.append(
            f"Holidays and days off are checked through {horizon} (exported "
            f"{now.astimezone(UTC):%Y-%m-%d}); export again to skip later ones."
        )
    return "\n\n".join(sections)
