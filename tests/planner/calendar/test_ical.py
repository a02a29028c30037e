"""The iCalendar file itself: escaping, folding, UIDs, rules, alarms, descriptions, goldens."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import vobject
from hypothesis import given
from hypothesis import strategies as st

from planner.analysis.overlap import analyze
from planner.calendar.events import event_uid, holiday_horizon, plan_identity
from planner.calendar.ical import export_calendar, select_meetings
from planner.calendar.text import escape_text, fold_line
from planner.errors import PlannerError
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from planner.time.tzdb import tz_version
from tests.planner.helpers import team

NOW = datetime(2027, 1, 1, tzinfo=UTC)
STAMP = datetime(2026, 12, 24, 9, 30, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "ical_golden"
EXAMPLES = resources.files("resources.examples")


def example(name: str) -> tuple[Plan, str]:
    path = str(EXAMPLES.joinpath(name))
    return load_plan(path).plan, path


def simple_plan(*meetings: Meeting, title: str = "Test plan") -> Plan:
    hours = {"mon-fri": ["08:00-18:00"]}
    teams = (
        team("hq", "America/New_York", hours, side="client"),
        team("kyiv", "Europe/Kyiv", hours),
    )
    return Plan(teams=teams, meetings=meetings, title=title)


def weekly_meeting(ident: str = "weekly", title: str = "Weekly", **extra) -> Meeting:
    values = dict(
        start_date=date(2027, 1, 5),
        start_time=time(10),
        zone="America/New_York",
        repeat=Repeat("weekly", byday=(ByDay(1),), until=date(2027, 3, 30)),
    )
    values.update(extra)
    return Meeting(ident, title, ("hq", "kyiv"), 30, **values)


def physical_lines(text: str) -> list[bytes]:
    assert text.endswith("\r\n")
    return text.encode("utf-8").split(b"\r\n")[:-1]


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def prop(text: str, name: str, within: str = "VEVENT") -> list[str]:
    """The values of property ``name`` in the ``within`` components (sub-components too)."""
    values, depth = [], 0
    for line in unfold(text):
        if line == f"BEGIN:{within}":
            depth += 1
        elif line == f"END:{within}":
            depth -= 1
        elif depth and re.match(rf"{name}[;:]", line):
            values.append(line.split(":", 1)[1])
    return values


# --- escaping and folding ---------------------------------------------------------------


def test_escape_text_escapes_what_rfc_5545_names():
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert escape_text("one\r\ntwo\rthree") == "one\\ntwo\\nthree"
    assert escape_text("bell\x07 tab\tok:colon") == "bell tab\tok:colon"


def test_fold_line_keeps_short_lines_and_folds_long_ones_at_75_octets():
    assert fold_line("SUMMARY:short") == "SUMMARY:short"
    line = "DESCRIPTION:" + "x" * 200
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert [len(p) for p in parts] == [75, 75, 64]  # 12 + 200 = 75 + 74 + 63, plus two spaces
    assert all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line


@pytest.mark.parametrize("character", ["é", "日", "🎉", "👩‍💻"])
@pytest.mark.parametrize("offset", range(4))
def test_fold_line_never_splits_a_utf8_character(character, offset):
    line = "SUMMARY:" + "a" * offset + character * 60
    for part in fold_line(line).encode("utf-8").split(b"\r\n"):
        assert len(part) <= 75
        part.decode("utf-8")  # each physical line is valid UTF-8 on its own
    assert fold_line(line).replace("\r\n ", "") == line


@given(st.text(min_size=0, max_size=300))
def test_any_text_folds_within_75_octets_and_unfolds_back(text):
    line = "DESCRIPTION:" + escape_text(text)
    folded = fold_line(line)
    for part in folded.encode("utf-8").split(b"\r\n"):
        assert len(part) <= 75
        part.decode("utf-8")
    assert folded.replace("\r\n ", "") == line


def normalised(text: str) -> str:
    """What survives a round trip: line breaks as \\n, no control characters but tab."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


@given(st.text(min_size=1, max_size=120).filter(lambda t: t.strip()))
def test_any_title_survives_a_round_trip_through_icalendar(title):
    meeting = weekly_meeting(title=title, repeat=None)
    text = export_calendar(simple_plan(meeting), identity="x", now=NOW)
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == normalised(title)


HOSTILE = (
    'Q3 review; budget, "plan" \\ next steps\n'
    "second line: 🎉👩‍💻 Привет, мир; 日本語のタイトル; مرحبا بالعالم; नमस्ते; "
    + "ü" * 30
    + " 🇺🇦" * 12
)


def test_hostile_text_survives_in_all_three_readers():
    meeting = weekly_meeting(
        title=HOSTILE,
        description="Agenda:\n1. numbers, dates; \\escapes\\\n2. 🎯 goals",
        location="Zoom; room 3, Kyiv — Київ",
        url="https://example.com/meet?id=1,2;x",
        reminder_minutes=10,
    )
    text = export_calendar(simple_plan(meeting), identity="x", now=NOW)
    for part in physical_lines(text):
        assert len(part) <= 75
        part.decode("utf-8")

    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == HOSTILE
    assert str(event["LOCATION"]) == "Zoom; room 3, Kyiv — Київ"
    assert str(event["URL"]) == "https://example.com/meet?id=1,2;x"
    assert str(event["DESCRIPTION"]).startswith(
        "Agenda:\n1. numbers, dates; \\escapes\\\n2. 🎯 goals\n\n"
    )

    calendar = vobject.readOne(text)
    assert calendar.vevent.summary.value == HOSTILE
    assert calendar.vevent.location.value == "Zoom; room 3, Kyiv — Київ"
    assert calendar.vevent.description.value.startswith("Agenda:\n1. numbers, dates; \\escapes\\\n")

    expanded = recurring_ical_events.of(icalendar.Calendar.from_ical(text)).between(
        datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    )
    assert [str(e["SUMMARY"]) for e in expanded] == [HOSTILE] * 4


@pytest.mark.parametrize("control", ["\r\n", "\n", "\r", "\x00", "\t", "\x7f"])
def test_a_url_with_a_line_break_or_control_is_refused(control):
    with pytest.raises(PlannerError, match="url holds a line break or control character"):
        weekly_meeting(url=f"https://example.com/a{control}X-INJECTED:1")


def test_a_plan_file_with_a_line_break_in_a_url_is_refused_at_its_line(tmp_path):
    source = Path(str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")))
    text = source.read_text(encoding="utf-8").replace(
        'repeat = { freq = "weekly", byday = ["TU"], until = "2027-12-28" }',
        'repeat = { freq = "weekly", byday = ["TU"], until = "2027-12-28" }\n'
        'url = "https://meet.example.com/seo\\r\\nX-INJECTED:1"',
    )
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index('url = "https://meet.example.com/seo\\r\\nX-INJECTED:1"') + 1
    with pytest.raises(PlannerError) as refused:
        load_plan(str(path))
    assert str(refused.value) == (
        f'{path}:{line}: meeting "kyiv-weekly": url holds a line break or control '
        "character (\\r): write the address on one line"
    )


def test_spaces_in_a_url_are_encoded():
    meeting = weekly_meeting(url=" https://example.com/a b ")
    text = export_calendar(simple_plan(meeting), identity="x", now=NOW)
    assert prop(text, "URL") == ["https://example.com/a%20b"]


# --- calendar structure -------------------------------------------------------------------


def test_calendar_header_and_one_vevent_per_meeting():
    plan, path = example("newyork-manila-kyiv.toml")
    text = export_calendar(plan, identity=plan_identity(plan, path), now=NOW)
    lines = unfold(text)
    assert lines[:6] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Overlap Planner//Overlap Planner//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Acme: Manila support desk and Kyiv SEO agency",
    ]
    assert lines[6] == f"X-OVERLAP-PLANNER-TZDATA:{tz_version()}"
    assert lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 2
    assert lines.count("BEGIN:VTIMEZONE") == 1
    assert "\n" not in text.replace("\r\n", "")


def test_dtstart_dtend_rrule_and_exdates_of_the_example():
    plan, path = example("newyork-manila-kyiv.toml")
    text = export_calendar(plan, identity=plan_identity(plan, path), now=NOW, dtstamp=STAMP)
    event = unfold(text)[unfold(text).index("BEGIN:VEVENT") :]
    assert event[:7] == [
        "BEGIN:VEVENT",
        "UID:kyiv-weekly-b2b97004411a5d81@overlap-planner",
        "DTSTAMP:20261224T093000Z",
        "DTSTART;TZID=America/New_York:20270105T100000",
        "DTEND;TZID=America/New_York:20270105T103000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20271229T045959Z;WKST=MO",
        "EXDATE;TZID=America/New_York:20271102T100000",
    ]
    assert prop(text, "EXDATE") == [
        "20271102T100000",  # Election Day (US-NY)
        "20270705T090000",  # Independence Day (observed)
        "20270906T090000",  # Labor Day
        "20271101T090000",  # All Saints' Day (PH)
    ]
    assert prop(text, "RRULE")[1] == "FREQ=MONTHLY;BYDAY=1MO;COUNT=12;WKST=MO"


def test_exdates_are_exactly_the_occurrences_analyze_skips():
    plan, path = example("newyork-manila-kyiv.toml")
    text = export_calendar(plan, identity=plan_identity(plan, path), now=NOW)
    span = Range.of_days("UTC", date(2027, 1, 1), date(2028, 1, 31))
    skipped = sorted(
        o.start for report in analyze(plan, span).meetings for o in report.occurrences if o.skipped
    )
    calendar = icalendar.Calendar.from_ical(text)
    exdates = sorted(
        int(d.dt.timestamp())
        for event in calendar.walk("VEVENT")
        for prop_ in (
            event.get("EXDATE") if isinstance(event.get("EXDATE"), list) else [event.get("EXDATE")]
        )
        if prop_ is not None
        for d in prop_.dts
    )
    assert exdates == skipped and len(skipped) == 4


def test_until_is_utc_at_or_after_the_last_occurrence_and_before_the_next():
    plan, _path = example("newyork-manila-kyiv.toml")
    text = export_calendar(plan, identity="x", now=NOW)
    value = prop(text, "RRULE")[0].split("UNTIL=")[1].split(";")[0]
    until = datetime.strptime(value + "+0000", "%Y%m%dT%H%M%SZ%z")
    last = datetime(2027, 12, 28, 15, 0, tzinfo=UTC)  # Tuesday 10:00 EST
    assert last <= until < last + timedelta(days=7)
    assert until == datetime(2027, 12, 29, 4, 59, 59, tzinfo=UTC)  # 2027-12-28 23:59:59 EST


def test_until_on_a_date_without_an_occurrence_ends_at_that_dates_end():
    meeting = weekly_meeting(repeat=Repeat("weekly", byday=(ByDay(1),), until=date(2027, 7, 1)))
    text = export_calendar(simple_plan(meeting), identity="x", now=NOW)
    assert prop(text, "RRULE") == ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20270702T035959Z;WKST=MO"]


def test_rule_parts_interval_several_days_and_ordinals():
    meeting = weekly_meeting(
        repeat=Repeat("weekly", interval=2, byday=(ByDay(1), ByDay(3)), count=6)
    )
    monthly = weekly_meeting(
        "monthly",
        start_date=date(2027, 1, 29),
        repeat=Repeat("monthly", byday=(ByDay(4, -1),)),
    )
    text = export_calendar(simple_plan(meeting, monthly), identity="x", now=NOW)
    assert prop(text, "RRULE") == [
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6;WKST=MO",
        "FREQ=MONTHLY;BYDAY=-1FR;WKST=MO",
    ]


def test_a_one_off_meeting_has_no_rule():
    meeting = weekly_meeting(repeat=None)
    text = export_calendar(simple_plan(meeting), identity="x", now=NOW)
    assert prop(text, "RRULE") == [] and prop(text, "EXDATE") == []
    assert prop(text, "DTSTART") == ["20270105T100000"]


def _day_off_plan(*meetings: Meeting) -> Plan:
    hours = {"mon-fri": ["08:00-18:00"]}
    teams = (
        team("hq", "America/New_York", hours, side="client", days_off=[date(2027, 1, 5)]),
        team("kyiv", "Europe/Kyiv", hours),
    )
    return Plan(teams=teams, meetings=meetings, title="Day off")


def test_a_skipped_one_off_is_left_out_of_the_file():
    kickoff = weekly_meeting("kickoff", repeat=None)  # 2027-01-05: hq's day off
    kept = weekly_meeting("kept", repeat=None, start_date=date(2027, 1, 6))
    text = export_calendar(_day_off_plan(kickoff, kept), identity="x", now=NOW)
    assert [uid.split("-")[0] for uid in prop(text, "UID")] == ["kept"]
    assert prop(text, "EXDATE") == [] and text.count("BEGIN:VTIMEZONE") == 1
    held = replace(kickoff, skip_holidays=False)
    text = export_calendar(_day_off_plan(held, kept), identity="x", now=NOW)
    assert [uid.split("-")[0] for uid in prop(text, "UID")] == ["kickoff", "kept"]


def test_exporting_only_a_skipped_one_off_says_why_nothing_is_written():
    kickoff = weekly_meeting("kickoff", repeat=None)
    with pytest.raises(PlannerError) as refused:
        export_calendar(_day_off_plan(kickoff), identity="x", now=NOW)
    assert str(refused.value) == (
        'meeting "kickoff" is skipped (hq 2027-01-05: day off): nothing to export; '
        "move it, or set skip_holidays = false to hold it anyway"
    )


def test_a_one_off_in_a_repeated_or_skipped_hour_is_written_in_utc():
    repeated = weekly_meeting(
        "fold", repeat=None, start_date=date(2027, 11, 7), start_time=time(1, 15)
    )
    skipped = weekly_meeting(
        "gap", repeat=None, start_date=date(2027, 3, 14), start_time=time(2, 30)
    )
    ends_in_fold = weekly_meeting(
        "end", repeat=None, start_date=date(2027, 11, 7), start_time=time(0, 50)
    )
    text = export_calendar(simple_plan(repeated, skipped, ends_in_fold), identity="x", now=NOW)
    assert prop(text, "DTSTART")[-3:] == [
        "20271107T051500Z",
        "20270314T073000Z",
        "20271107T045000Z",
    ]
    assert prop(text, "DTEND")[-3:] == ["20271107T054500Z", "20270314T080000Z", "20271107T052000Z"]


@pytest.mark.parametrize(
    ("minutes", "trigger", "delta"),
    [
        (0, "PT0S", timedelta(0)),
        (15, "-PT15M", timedelta(minutes=-15)),
        (90, "-PT1H30M", timedelta(minutes=-90)),
        (1440, "-P1D", timedelta(days=-1)),
        (1505, "-P1DT1H5M", timedelta(minutes=-1505)),
    ],
)
def test_reminder_becomes_a_valarm(minutes, trigger, delta):
    text = export_calendar(
        simple_plan(weekly_meeting(reminder_minutes=minutes)), identity="x", now=NOW
    )
    assert prop(text, "TRIGGER") == [trigger]
    alarm = icalendar.Calendar.from_ical(text).walk("VALARM")[0]
    assert (str(alarm["ACTION"]), alarm["TRIGGER"].dt) == ("DISPLAY", delta)
    assert str(alarm["DESCRIPTION"]) == "Weekly"


def test_no_reminder_no_location_no_url_means_no_such_properties():
    text = export_calendar(simple_plan(weekly_meeting()), identity="x", now=NOW)
    assert not any(re.match(r"(BEGIN:VALARM|LOCATION|URL)[:;]", line) for line in unfold(text))


def test_description_lists_each_teams_local_times_and_the_skipped_occurrences():
    plan, path = example("newyork-manila-kyiv.toml")
    text = export_calendar(plan, identity=plan_identity(plan, path), now=NOW)
    descriptions = [
        str(e["DESCRIPTION"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
    ]
    assert descriptions[0] == (
        "Local times:\n"
        "- Acme HQ (New York) [hq], America/New_York: 10:00-10:30\n"
        "- Kyiv SEO agency [kyiv], Europe/Kyiv: 2027-01-05 to 2027-03-09: 17:00-17:30; "
        "2027-03-16 to 2027-03-23: 16:00-16:30; 2027-03-30 to 2027-12-28: 17:00-17:30\n"
        "\n"
        "Skipped (holiday or day off of a participant):\n"
        "- 2027-11-02 10:00: hq 2027-11-02: Election Day"
    )
    assert (
        "- Manila support desk [mnl], Asia/Manila: 2027-01-04 to 2027-03-01: 22:00-22:45; "
        in (descriptions[1])
    )
    assert "- 2027-11-01 09:00: mnl 2027-11-01: All Saints' Day" in descriptions[1]


def test_description_marks_times_on_another_local_date_and_one_off_dates():
    plan, _path = example("london-riyadh-bengaluru.toml")
    text = export_calendar(plan, identity="x", now=NOW)
    kickoff = [
        e for e in icalendar.Calendar.from_ical(text).walk("VEVENT") if "kickoff" in str(e["UID"])
    ]
    assert str(kickoff[0]["DESCRIPTION"]) == (
        "Local times:\n"
        "- Harbour Analytics (London) [ldn], Europe/London: Mon 2027-01-11 09:30-10:30\n"
        "- Riyadh data team [ruh], Asia/Riyadh: Mon 2027-01-11 12:30-13:30\n"
        "- Bengaluru developers [blr], Asia/Kolkata: Mon 2027-01-11 15:00-16:00"
    )
    late = weekly_meeting(start_time=time(19), repeat=Repeat("weekly", byday=(ByDay(1),), count=2))
    text = export_calendar(simple_plan(late), identity="x", now=NOW)
    description = str(icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["DESCRIPTION"])
    assert "- kyiv, Europe/Kyiv: 02:00-02:30 (the next day)" in description


def test_open_ended_series_lists_holidays_through_the_horizon_and_says_so():
    plan, _path = example("sydney-kathmandu.toml")
    text = export_calendar(plan, identity="x", now=NOW)
    assert holiday_horizon(plan.meetings[0], NOW) == date(2028, 12, 31)
    exdates = prop(text, "EXDATE")
    assert exdates and all(d < "20290101" for d in exdates)
    span = Range.of_days("UTC", date(2027, 1, 1), date(2028, 12, 31))
    skipped = [o for r in analyze(plan, span).meetings for o in r.occurrences if o.skipped]
    assert len(exdates) == len(skipped)
    description = str(icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["DESCRIPTION"])
    assert description.endswith(
        "Holidays and days off are checked through 2028-12-31 (exported 2027-01-01); "
        "export again to skip later ones."
    )
    assert "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO" in unfold(text)


def test_horizon_follows_the_export_date_and_a_late_start():
    meeting = weekly_meeting(repeat=Repeat("weekly", byday=(ByDay(1),)))
    assert holiday_horizon(meeting, datetime(2030, 5, 1, tzinfo=UTC)) == date(2031, 12, 31)
    late = replace(meeting, start_date=date(2033, 1, 4))
    assert holiday_horizon(late, NOW) == date(2034, 12, 31)


def test_two_meeting_zones_give_two_vtimezones_each_used_by_its_event():
    other = weekly_meeting("kyiv-side", zone="Europe/Kyiv", start_time=time(16))
    text = export_calendar(simple_plan(weekly_meeting(), other), identity="x", now=NOW)
    assert prop(text, "TZID", within="VTIMEZONE") == ["America/New_York", "Europe/Kyiv"]
    assert "DTSTART;TZID=Europe/Kyiv:20270105T160000" in unfold(text)


def test_no_rdate_anywhere_in_the_timezones():
    plan, _path = example("sydney-kathmandu.toml")
    text = export_calendar(plan, identity="x", now=NOW)
    assert not prop(text, "RDATE", within="VTIMEZONE")
    assert prop(text, "RRULE", within="VTIMEZONE") == [
        "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
        "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
    ]


# --- UIDs -----------------------------------------------------------------------------------


def test_uid_is_stable_across_exports_edits_and_moves():
    plan, path = example("newyork-manila-kyiv.toml")
    first = prop(export_calendar(plan, identity=plan_identity(plan, path), now=NOW), "UID")
    edited = replace(
        plan,
        meetings=(
            replace(plan.meetings[0], start_time=time(11), duration_minutes=60, title="Renamed"),
            plan.meetings[1],
        ),
    )
    later = datetime(2027, 6, 1, tzinfo=UTC)
    moved_path = "/somewhere/else/" + Path(path).name
    second = prop(
        export_calendar(edited, identity=plan_identity(edited, moved_path), now=later), "UID"
    )
    assert first == second
    assert first == [
        "kyiv-weekly-b2b97004411a5d81@overlap-planner",
        "support-review-b2b97004411a5d81@overlap-planner",
    ]


def test_uid_differs_between_meetings_and_between_plans():
    assert event_uid("Plan A", "weekly") != event_uid("Plan A", "daily")
    assert event_uid("Plan A", "weekly") != event_uid("Plan B", "weekly")
    untitled = Plan(teams=simple_plan().teams)
    assert plan_identity(untitled, "/x/acme.toml") == "acme"
    assert plan_identity(untitled, "/y/acme.toml") == "acme"
    with pytest.raises(PlannerError, match="saved to a file"):
        plan_identity(untitled, None)


# --- selection ------------------------------------------------------------------------------


def test_select_meetings_keeps_plan_order_and_refuses_unknown_ids():
    plan, _ = example("newyork-manila-kyiv.toml")
    assert [
        m.id for m in select_meetings(plan, ["support-review", "kyiv-weekly", "kyiv-weekly"])
    ] == [
        "kyiv-weekly",
        "support-review",
    ]
    with pytest.raises(
        PlannerError,
        match='unknown meeting "nope": the plan\'s meetings are kyiv-weekly, support-review',
    ):
        select_meetings(plan, ["nope"])


def test_a_plan_without_meetings_cannot_be_exported():
    with pytest.raises(PlannerError, match="no meetings to export"):
        export_calendar(simple_plan(), identity="x", now=NOW)


def test_now_must_be_aware():
    with pytest.raises(ValueError, match="aware"):
        export_calendar(simple_plan(weekly_meeting()), identity="x", now=datetime(2027, 1, 1))


# --- golden files ---------------------------------------------------------------------------


def _dst_gap_plan() -> Plan:
    gap = weekly_meeting(
        "night-check",
        title="Night check",
        start_date=date(2027, 3, 12),
        start_time=time(2, 30),
        repeat=Repeat("daily", count=4),
    )
    hours = {"daily": ["00:00-24:00"]}
    teams = (
        team("hq", "America/New_York", hours, side="client"),
        team("kyiv", "Europe/Kyiv", hours),
    )
    return Plan(teams=teams, meetings=(gap,), title="DST gap")


def _rule_change_plan() -> Plan:
    meeting = weekly_meeting(
        "status",
        title="Status",
        start_date=date(2006, 1, 3),
        repeat=Repeat("weekly", byday=(ByDay(1),), until=date(2007, 12, 25)),
    )
    return simple_plan(meeting, title="US rule change 2007")


def _text_plan() -> Plan:
    meeting = weekly_meeting(
        title=HOSTILE,
        description="Agenda:\n1. numbers, dates; \\escapes\\",
        location="Zoom; room 3, Kyiv — Київ",
        url="https://example.com/meet?id=1,2;x",
        reminder_minutes=15,
        repeat=Repeat("weekly", byday=(ByDay(1),), count=3),
    )
    return simple_plan(meeting, title="Text, escaping; and folding")


GOLDEN_CASES = {
    "example_newyork_manila_kyiv": lambda: example("newyork-manila-kyiv.toml"),
    "example_sydney_kathmandu_open_ended": lambda: example("sydney-kathmandu.toml"),
    "event_dst_gap_override": lambda: (_dst_gap_plan(), None),
    "vtimezone_us_rule_change_2007": lambda: (_rule_change_plan(), None),
    "text_escaping_folding_alarm": lambda: (_text_plan(), None),
}


def _normalise_dtstamp(data: bytes) -> bytes:
    data = re.sub(rb"X-OVERLAP-PLANNER-TZDATA:\w+", b"X-OVERLAP-PLANNER-TZDATA:<version>", data)
    return re.sub(rb"DTSTAMP:\d{8}T\d{6}Z", b"DTSTAMP:<normalised>", data)


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden_file(name):
    plan, path = GOLDEN_CASES[name]()
    data = export_calendar(
        plan, identity=plan_identity(plan, path), now=NOW, dtstamp=STAMP
    ).encode()
    golden = GOLDEN / f"{name}.ics"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert _normalise_dtstamp(data) == _normalise_dtstamp(golden.read_bytes())
