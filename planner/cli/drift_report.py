"""A meeting's DST drift in the ``analyze`` output: the ``drift`` JSON key and the text lines."""

from __future__ import annotations

from collections import Counter
from typing import Any

from planner.meetings.drift import DriftReport
from planner.time.intervals import format_instant


def drift_json(report: DriftReport) -> dict[str, Any]:
    """The ``drift`` key of a meeting in ``analyze --json``.

    ``local_times``: each participant's local start on the first held occurrence;
    ``changes``: date (meeting zone), start (UTC), team, zone, from, to, local_start,
    reason; ``outside_hours``: date, start, end and, per team outside its hours,
    local_start, level and day_off (the holiday's name, or null).
    """
    return {
        "local_times": {s.team: s.clock for s in report.baseline},
        "changes": [
            {
                "date": c.day.isoformat(),
                "start": format_instant(c.start),
                "team": c.team,
                "zone": c.zone,
                "from": c.before,
                "to": c.after,
                "local_start": f"{c.local:%Y-%m-%dT%H:%M}",
                "reason": c.reason,
            }
            for c in report.changes
        ],
        "outside_hours": [
            {
                "date": o.day.isoformat(),
                "start": format_instant(o.start),
                "end": format_instant(o.end),
                "teams": [
                    {
                        "team": t.team,
                        "local_start": f"{t.local:%Y-%m-%dT%H:%M}",
                        "level": t.comfort.label,
                        "day_off": t.note or None,
                    }
                    for t in o.teams
                ],
            }
            for o in report.outside
        ],
    }


def drift_text(report: DriftReport, held: int) -> list[str]:
    """The drift lines of a meeting in the ``analyze`` text report (``held``: held occurrences).

    >>> drift_text(DriftReport("w", "UTC", (), (), ()), 0)
    []
    """
    if not report.baseline:
        return []
    first = ", ".join(f"{s.team} {s.clock}" for s in report.baseline)
    moves = ", ".join(f"{c.team} {c.after} from {c.day:%a %Y-%m-%d}" for c in report.changes)
    lines = [f"drift: {first} at first; " + (moves or "no local time changes in range")]
    if report.outside:
        counts: dict[str, Counter[str]] = {}
        for o in report.outside:
            for t in o.teams:
                counts.setdefault(t.team, Counter())[t.comfort.label] += 1
        who = ", ".join(
            f"{team} {sum(c.values())} ({', '.join(f'{k} {n}' for k, n in c.most_common())})"
            for team, c in counts.items()
        )
        lines.append(
            f"outside working hours on {len(report.outside)} of {held} held occurrences: {who}"
        )
    return lines
