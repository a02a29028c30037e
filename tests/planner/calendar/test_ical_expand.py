"""Exported calendars expand, in three independent readers, to exactly what the planner lists.

Each case is a plan and a range. The file must parse in icalendar, recurring-ical-events
and vobject, and each reader's expansion must give the non-skipped occurrences that
``analyze`` lists for the range, at the same UTC start and end instants. The same must hold
when every TZID is renamed to a made-up name, so that a reader can only use the VTIMEZONE.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from importlib import resources

import icalendar
import pytest

from planner.analysis.overlap import analyze
from planner.calendar.events import event_uid
from planner.calendar.ical import export_calendar
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from tests.calendar_clients import clients
from tests.calendar_clients.clients import rename_zones
from tests.planner.helpers import team

NOW = datetime(2027, 1, 1, tzinfo=UTC)  # open-ended series: holidays checked through 2028-12-31
IDENTITY = "expansion tests"
Occurrences = dict[str, list[tuple[int, int]]]


def example(name: str) -> Plan:
    return load_plan(str(resources.files("resources.examples").joinpath(name))).plan


def expected(plan: Plan, span: Range) -> Occurrences:
    """Meeting id -> (start, end) of the occurrences ``analyze`` lists as not skipped."""
    return {
        report.meeting_id: [(o.start, o.end) for o in report.occurrences if not o.skipped]
        for report in analyze(plan, span).meetings
    }


def by_meeting(plan: Plan, found: dict[str, list[tuple[int, int]]]) -> Occurrences:
    uids = {event_uid(IDENTITY, m.id): m.id for m in plan.meetings}
    assert set(found) <= set(uids), f"unknown UIDs {set(found) - set(uids)}"
    return {uids[uid]: sorted(times) for uid, times in found.items()}


def expand_recurring_ical_events(text: str, span: Range) -> dict[str, list[tuple[int, int]]]:
    return clients.expand_recurring_ical_events(text, span.start, span.end)


def expand_vobject(text: str, span: Range) -> dict[str, list[tuple[int, int]]]:
    return clients.expand_vobject(text, span.start, span.end)


HOURS = {"mon-fri": ["08:00-18:00"]}
ALL_DAY = {"daily": ["00:00-24:00"]}


def plan_of(
    *meetings: Meeting,
    zones: tuple[str, ...] = ("America/New_York", "Europe/Kyiv"),
    hours=HOURS,
    holidays=(None, None),
) -> Plan:
    teams = tuple(
        team(
            f"t{i}",
            zone,
            hours,
            side="client" if i == 0 else "vendor",
            holidays=holidays[i] if i < len(holidays) else None,
        )
        for i, zone in enumerate(zones)
    )
    return Plan(teams=teams, meetings=meetings, title=IDENTITY)


def meeting(
    ident: str,
    zone: str,
    start: str,
    minutes: int = 30,
    repeat: Repeat | None = None,
    teams=("t0", "t1"),
    **extra,
) -> Meeting:
    moment = datetime.fromisoformat(start)
    return Meeting(
        ident,
        ident,
        teams,
        minutes,
        moment.date(),
        moment.time(),
        zone=zone,
        repeat=repeat,
        **extra,
    )


def weekly(
    day: str, until: str | None = None, count: int | None = None, interval: int = 1
) -> Repeat:
    return Repeat(
        "weekly",
        interval=interval,
        byday=(ByDay.parse(day),),
        until=date.fromisoformat(until) if until else None,
        count=count,
    )


CASES = {
    "example-newyork-manila-kyiv": (
        example("newyork-manila-kyiv.toml"),
        Range.of_days("UTC", date(2027, 1, 1), date(2028, 1, 31)),
    ),
    "example-london-riyadh-bengaluru": (
        example("london-riyadh-bengaluru.toml"),
        Range.of_days("UTC", date(2027, 1, 1), date(2028, 1, 31)),
    ),
    # Open-ended: only through the holiday horizon, beyond which the file lists no EXDATE.
    "example-sydney-kathmandu": (
        example("sydney-kathmandu.toml"),
        Range.of_days("UTC", date(2027, 1, 1), date(2028, 12, 31)),
    ),
    # Europe and the US change clocks on different weekends; Sydney in the other season.
    "dst-both-hemispheres": (
        plan_of(
            meeting(
                "ldn",
                "Europe/London",
                "2027-01-04T08:00",
                45,
                Repeat("daily", until=date(2027, 12, 31)),
                teams=("t0", "t1", "t2"),
            ),
            meeting(
                "syd",
                "Australia/Sydney",
                "2027-01-05T07:30",
                60,
                weekly("TU", count=60),
                teams=("t0", "t2"),
            ),
            zones=("Europe/London", "America/New_York", "Australia/Sydney"),
            hours=ALL_DAY,
            holidays=(None, None, None),
        ),
        Range.of_days("UTC", date(2027, 1, 1), date(2028, 3, 31)),
    ),
    # Holidays in three countries skip occurrences, by each team's own local date.
    "holidays-skipped": (
        plan_of(
            meeting(
                "monthly",
                "America/New_York",
                "2027-01-04T09:00",
                45,
                Repeat("monthly", byday=(ByDay(0, 1),), count=24),
            ),
            meeting(
                "daily",
                "Asia/Manila",
                "2027-01-01T21:00",
                30,
                Repeat("daily", until=date(2027, 12, 31)),
            ),
            meeting(
                "kept",
                "Asia/Manila",
                "2027-01-01T21:00",
                30,
                Repeat("daily", count=40),
                skip_holidays=False,
            ),
            zones=("America/New_York", "Asia/Manila"),
            hours=ALL_DAY,
            holidays=("US-NY", "PH"),
        ),
        Range.of_days("UTC", date(2026, 12, 31), date(2029, 1, 31)),
    ),
    # Starts in the spring-forward gap, in the repeated hour, and spanning the change.
    "clock-changes": (
        plan_of(
            meeting("gap", "America/New_York", "2027-03-12T02:30", 30, Repeat("daily", count=5)),
            meeting(
                "inside-gap", "America/New_York", "2027-03-13T02:10", 20, Repeat("daily", count=3)
            ),
            meeting(
                "repeated", "America/New_York", "2027-11-05T01:30", 30, Repeat("daily", count=5)
            ),
            meeting(
                "spanning", "America/New_York", "2027-11-05T00:45", 90, Repeat("daily", count=5)
            ),
            meeting(
                "spanning-spring",
                "Europe/London",
                "2027-03-26T00:30",
                120,
                Repeat("daily", count=4),
            ),
            meeting("one-off-gap", "Europe/London", "2027-03-28T01:15", 30),
            meeting(
                "sunday-gap", "America/New_York", "2027-02-28T02:15", 60, weekly("SU", count=6)
            ),
            hours=ALL_DAY,
        ),
        Range.of_days("UTC", date(2027, 1, 1), date(2027, 12, 31)),
    ),
    # Zones whose rules need more than BYMONTH/BYDAY, or with odd offsets.
    "unusual-zones": (
        plan_of(
            *(
                meeting(f"m{i}", zone, "2027-01-03T09:00", 60, weekly("SU", count=110))
                for i, zone in enumerate(
                    (
                        "Asia/Jerusalem",
                        "Africa/Cairo",
                        "America/Nuuk",
                        "America/Santiago",
                        "Australia/Lord_Howe",
                        "Pacific/Chatham",
                        "Asia/Kathmandu",
                        "Asia/Kolkata",
                        "Asia/Gaza",
                        "Europe/Dublin",
                        "UTC",
                    )
                )
            ),
            hours=ALL_DAY,
        ),
        Range.of_days("UTC", date(2027, 1, 1), date(2029, 3, 1)),
    ),
    # Series that span a change of the zone's rules: the VTIMEZONE carries the older ones.
    "rule-changes": (
        plan_of(
            meeting(
                "us2007",
                "America/New_York",
                "2005-01-04T10:00",
                30,
                weekly("TU", until="2008-12-30"),
            ),
            meeting(
                "eu1996", "Europe/London", "1994-01-03T10:00", 30, weekly("MO", until="1998-12-28")
            ),
            meeting(
                "mx2022",
                "America/Mexico_City",
                "2021-01-05T10:00",
                30,
                weekly("TU", until="2023-12-26"),
            ),
            meeting(
                "cairo", "Africa/Cairo", "2013-01-06T09:00", 30, weekly("SU", until="2025-12-28")
            ),
            hours=ALL_DAY,
        ),
        Range.of_days("UTC", date(1993, 12, 1), date(2026, 1, 31)),
    ),
    # An interval, several weekdays and a last-weekday monthly rule.
    "rule-shapes": (
        plan_of(
            meeting(
                "fortnight",
                "Europe/Kyiv",
                "2027-01-05T16:00",
                30,
                Repeat(
                    "weekly",
                    interval=2,
                    byday=tuple(ByDay.parse(d) for d in ("TU", "TH")),
                    count=30,
                ),
            ),
            meeting(
                "last-friday",
                "America/New_York",
                "2027-01-29T11:00",
                60,
                Repeat("monthly", byday=(ByDay.parse("-1FR"),), until=date(2028, 6, 30)),
            ),
            meeting(
                "thirty-first",
                "America/New_York",
                "2027-01-31T11:00",
                60,
                Repeat("monthly", count=8),
                teams=("t0", "t1"),
            ),
            hours=ALL_DAY,
        ),
        Range.of_days("UTC", date(2027, 1, 1), date(2028, 12, 31)),
    ),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request):
    plan, span = CASES[request.param]
    text = export_calendar(plan, identity=IDENTITY, now=NOW)
    return plan, span, text


def test_every_case_has_occurrences_to_compare(case):
    plan, span, _ = case
    want = expected(plan, span)
    assert set(want) == {m.id for m in plan.meetings}
    assert all(want.values())


def test_icalendar_reads_one_event_per_meeting(case):
    plan, _, text = case
    calendar = icalendar.Calendar.from_ical(text)
    masters = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e]
    assert [str(e["UID"]) for e in masters] == [event_uid(IDENTITY, m.id) for m in plan.meetings]
    zones = {plan.meeting_zone(m) for m in plan.meetings}
    assert {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")} == zones
    for event in masters:
        assert event["DTSTART"].dt.tzinfo is not None


@pytest.mark.parametrize("renamed", [False, True], ids=["iana-tzid", "made-up-tzid"])
def test_recurring_ical_events_expands_to_the_planner_occurrences(case, renamed):
    plan, span, text = case
    text = rename_zones(text) if renamed else text
    assert by_meeting(plan, expand_recurring_ical_events(text, span)) == expected(plan, span)


@pytest.mark.parametrize("renamed", [False, True], ids=["iana-tzid", "made-up-tzid"])
def test_vobject_expands_to_the_planner_occurrences(case, renamed):
    plan, span, text = case
    text = rename_zones(text) if renamed else text
    assert by_meeting(plan, expand_vobject(text, span)) == expected(plan, span)


def test_renaming_really_hides_the_iana_names():
    plan, _ = CASES["dst-both-hemispheres"]
    text = rename_zones(export_calendar(plan, identity=IDENTITY, now=NOW))
    assert text.count("TZID:Made-Up/Zone-") == 2  # London and Sydney
    calendar = icalendar.Calendar.from_ical(text)
    start = calendar.walk("VEVENT")[0]["DTSTART"].dt
    assert "zoneinfo" not in type(start.tzinfo).__module__


def test_edited_meeting_keeps_its_uid_and_moves():
    plan, span = CASES["example-newyork-manila-kyiv"]
    moved = replace(plan.meetings[0], start_time=time(11, 30), title="SEO status (moved)")
    edited = replace(plan, meetings=(moved, *plan.meetings[1:]))
    before = expand_recurring_ical_events(export_calendar(plan, identity=IDENTITY, now=NOW), span)
    after = expand_recurring_ical_events(export_calendar(edited, identity=IDENTITY, now=NOW), span)
    uid = event_uid(IDENTITY, moved.id)
    assert set(before) == set(after)
    assert [(a + 5400, b + 5400) for a, b in before[uid]] == after[uid]
