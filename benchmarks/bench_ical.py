"""iCalendar export of 50 recurring meetings across 12 zones with public holidays.

Target (PRODUCT.md): under 0.2 s. Baseline, same run: the same events, parsed back and
written by the icalendar library with the VTIMEZONEs it generates itself
(``add_missing_timezones``), which is the straightforward way to produce such a file.
"""

import time
from dataclasses import replace
from datetime import UTC, date, datetime
from datetime import time as clock

import icalendar
from measure import timed
from plans import twelve_team_plan

from planner.calendar.ical import export_calendar
from planner.plan.meeting import ByDay, Meeting, Repeat

YEAR = 2027
NOW = datetime(YEAR, 1, 1, tzinfo=UTC)


def fifty_meeting_plan():
    """The 12-team plan with 50 recurring meetings: weekly, daily, monthly, open-ended."""
    plan = twelve_team_plan(YEAR)
    teams = [t.id for t in plan.teams]
    meetings = []
    for i in range(50):
        a, b = teams[i % len(teams)], teams[(i * 5 + 1) % len(teams)]
        if a == b:
            b = teams[(i + 1) % len(teams)]
        kind = i % 5
        if kind == 0:
            repeat = Repeat("daily", count=200)
        elif kind == 1:
            repeat = Repeat("monthly", byday=(ByDay(0, 1),), count=12)
        elif kind == 2:
            repeat = Repeat("weekly", byday=(ByDay(0),))  # open-ended: holidays to the horizon
        else:
            repeat = Repeat("weekly", byday=(ByDay(0),), until=date(YEAR, 12, 31))
        zone = plan.team(a).zone
        meetings.append(
            Meeting(
                f"m{i:02d}",
                f"Sync {a}/{b} #{i}",
                (a, b),
                30 + 15 * (i % 3),
                date(YEAR, 1, 4),
                clock(8 + i % 9, 15 * (i % 4)),
                zone=zone,
                repeat=repeat,
                reminder_minutes=10 if i % 2 else None,
            )
        )
    return replace(plan, meetings=tuple(meetings), title="Benchmark plan")


def library_baseline(text: str) -> bytes:
    """The same events written by the icalendar library with its own VTIMEZONEs."""
    parsed = icalendar.Calendar.from_ical(text)
    calendar = icalendar.Calendar()
    for key in ("VERSION", "PRODID", "CALSCALE", "METHOD"):
        calendar.add(key, parsed[key])
    for event in parsed.walk("VEVENT"):
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def main() -> list[tuple[str, str, str, str]]:
    plan = fifty_meeting_plan()
    began = time.perf_counter()
    text = export_calendar(plan, identity=plan.title, now=NOW)
    cold = time.perf_counter() - began
    warm, text = timed(lambda: export_calendar(plan, identity=plan.title, now=NOW), 7)
    baseline, library_text = timed(lambda: library_baseline(text), 3)
    events = text.count("BEGIN:VEVENT")
    assert events >= 50 and library_text.count(b"BEGIN:VEVENT") == events
    print(
        f"iCal export, 50 recurring meetings / 12 zones / holidays ({len(text) // 1024} KiB, "
        f"{text.count('EXDATE')} EXDATEs): median {warm * 1000:.1f} ms "
        f"(first run, cold holiday and zone caches: {cold * 1000:.1f} ms); target < 200 ms"
    )
    print(
        f"baseline, the same events written by the icalendar library with its own "
        f"VTIMEZONEs: {baseline * 1000:.1f} ms"
    )
    return [
        (
            f"iCal export, 50 recurring meetings, 12 zones, holidays ({len(text) // 1024} KiB, "
            f"{text.count('EXDATE')} EXDATEs), in-process",
            "< 100 ms cold",
            f"first call {cold * 1000:.0f} ms (cold holiday and zone caches), warm {warm * 1000:.0f} ms",
            f"the same events written by the icalendar library with its own VTIMEZONEs: "
            f"{baseline * 1000:.0f} ms",
        )
    ]


if __name__ == "__main__":
    main()
