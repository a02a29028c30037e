"""VTIMEZONEs from the TZif rules: the POSIX footer, the transition table, and readers' view."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from planner.calendar.observances import observances, rule_era_start
from planner.calendar.vtimezone import format_utc_offset, vtimezone_lines
from planner.errors import PlannerError
from planner.time.tzif import DateRule, parse_posix_tz, parse_tzif, zone_data
from planner.time.zones import all_zone_names
from tests.planner.helpers import utc


def years(first: int, last: int) -> tuple[int, int]:
    return utc(f"{first}-01-01T00:00"), utc(f"{last}-12-31T23:59")


# --- POSIX TZ strings ---------------------------------------------------------------------


def test_posix_rule_with_defaults():
    rule = parse_posix_tz("EST5EDT,M3.2.0,M11.1.0")
    assert (rule.standard.name, rule.standard.offset) == ("EST", -5 * 3600)
    assert (rule.daylight.name, rule.daylight.offset) == ("EDT", -4 * 3600)
    assert rule.start == DateRule("M", month=3, week=2, weekday=0, time=7200)
    assert rule.end == DateRule("M", month=11, week=1, weekday=0, time=7200)


def test_posix_quoted_names_minutes_and_odd_times():
    assert parse_posix_tz("<+0545>-5:45").standard.offset == 5 * 3600 + 45 * 60
    assert parse_posix_tz("<+0545>-5:45").daylight is None
    nuuk = parse_posix_tz("<-02>2<-01>,M3.5.0/-1,M10.5.0/0")
    assert (nuuk.standard.name, nuuk.daylight.name, nuuk.start.time, nuuk.end.time) == (
        "-02",
        "-01",
        -3600,
        0,
    )
    jerusalem = parse_posix_tz("IST-2IDT,M3.4.4/26,M10.5.0")
    assert jerusalem.start.time == 26 * 3600 and jerusalem.end.time == 7200
    lord_howe = parse_posix_tz("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")
    assert lord_howe.daylight.offset - lord_howe.standard.offset == 1800


def test_posix_julian_forms():
    rule = parse_posix_tz("XXX3YYY,J60/1:30,300")
    assert rule.start == DateRule("J", day=60, time=5400)
    assert rule.end == DateRule("n", day=300, time=7200)
    assert rule.start.base_date(2028) == date(2028, 3, 1)  # Feb 29 never counted
    assert DateRule("n", day=59).base_date(2028) == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["", "EST", "EST5EDT,M3.2.0", "EST5EDT,M13.1.0,M11.1.0", "5EST"])
def test_posix_strings_that_cannot_be_read(text):
    with pytest.raises(ValueError):
        parse_posix_tz(text)


def test_date_rules_name_the_right_days():
    assert DateRule("M", month=3, week=2, weekday=0).base_date(2027) == date(2027, 3, 14)
    assert DateRule("M", month=10, week=5, weekday=0).base_date(2027) == date(2027, 10, 31)
    assert DateRule("M", month=2, week=5, weekday=0).base_date(2027) == date(2027, 2, 28)
    assert DateRule("M", month=3, week=4, weekday=4, time=26 * 3600).local(2027) == datetime(
        2027, 3, 26, 2
    )


def test_utc_offsets_as_rfc_5545_writes_them():
    assert [format_utc_offset(s) for s in (0, -18000, 20700, 37800, -17762)] == [
        "+0000",
        "-0500",
        "+0545",
        "+1030",
        "-045602",
    ]


# --- TZif ---------------------------------------------------------------------------------


def test_tzif_without_the_fat_sentinel_transition():
    kathmandu = zone_data("Asia/Kathmandu")
    assert kathmandu.transitions[-1].at == utc("1985-12-31T18:30")
    assert all(t.before != t.after for t in kathmandu.transitions)


def test_tzif_refuses_what_is_not_tzif():
    with pytest.raises(ValueError, match="TZif"):
        parse_tzif(b"not a zone file")


def test_unknown_zone_is_a_planner_error():
    with pytest.raises(PlannerError, match="Asia/Manila"):
        zone_data("Asia/Manilla")


@pytest.mark.parametrize(
    ("zone", "era"),
    [
        ("America/New_York", "2007-03-11T07:00"),
        ("Europe/London", "1996-03-31T01:00"),
        ("Australia/Sydney", "2008-04-05T16:00"),
        ("Asia/Jerusalem", "2013-03-29T00:00"),
        ("America/Mexico_City", "2022-10-30T07:00"),
        ("Asia/Kathmandu", "1985-12-31T18:30"),
    ],
)
def test_the_era_of_the_current_rule(zone, era):
    assert rule_era_start(zone_data(zone))[1].at == utc(era)


def test_the_era_of_a_slim_tzif_starts_at_the_rule_s_first_real_change():
    """A slim TZif (the tzdata package's) ends its table in 1995, when BST ended on 22
    October; the rule's "last Sunday of October" that year changes nothing."""
    slim = parse_tzif(resources.files("tzdata").joinpath("zoneinfo/Europe/London").read_bytes())
    assert slim.transitions[-1].at == utc("1995-10-22T01:00")
    assert rule_era_start(slim)[1].at == utc("1996-03-31T01:00")


# --- observances --------------------------------------------------------------------------


def components(zone: str, first: int, last: int | None) -> list[tuple[str, str, str, str, str]]:
    start, end = years(first, last or first)
    return [
        (
            o.kind,
            f"{o.start:%Y%m%dT%H%M%S}",
            format_utc_offset(o.offset_from),
            format_utc_offset(o.offset_to),
            o.rrule,
        )
        for o in observances(zone, start, end if last else None)
    ]


def test_a_zone_under_its_current_rule_gets_two_rrule_components():
    assert components("America/New_York", 2027, 2030) == [
        ("DAYLIGHT", "20070311T020000", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        ("STANDARD", "20071104T020000", "-0400", "-0500", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    ]
    assert components("Australia/Sydney", 2027, 2027) == [
        ("STANDARD", "20080406T030000", "+1100", "+1000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
        ("DAYLIGHT", "20081005T020000", "+1000", "+1100", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
    ]


def test_a_zone_without_dst_gets_a_single_standard():
    assert components("Asia/Kathmandu", 2027, 2027) == [
        ("STANDARD", "19860101T000000", "+0530", "+0545", "")
    ]
    assert components("UTC", 2027, None) == [("STANDARD", "19700101T000000", "+0000", "+0000", "")]
    assert components("America/Mexico_City", 2027, 2027) == [
        ("STANDARD", "20221030T020000", "-0500", "-0600", "")
    ]


def test_earlier_rules_are_added_for_a_span_that_reaches_back():
    assert components("America/New_York", 2003, 2008) == [
        (
            "STANDARD",
            "20021027T020000",
            "-0400",
            "-0500",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061030T060000Z",
        ),
        (
            "DAYLIGHT",
            "20030406T020000",
            "-0500",
            "-0400",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060403T070000Z",
        ),
        ("DAYLIGHT", "20070311T020000", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        ("STANDARD", "20071104T020000", "-0400", "-0500", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    ]
    assert components("America/Mexico_City", 2021, 2023) == [
        (
            "STANDARD",
            "20201025T020000",
            "-0500",
            "-0600",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20211101T070000Z",
        ),
        (
            "DAYLIGHT",
            "20210404T020000",
            "-0600",
            "-0500",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20220404T080000Z",
        ),
        ("STANDARD", "20221030T020000", "-0500", "-0600", ""),
    ]


def test_rules_that_move_the_change_to_another_day():
    rules = {o.kind: o.rrule for o in observances("Asia/Jerusalem", *years(2027, 2027))}
    assert rules["DAYLIGHT"] == "FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29"
    rules = {
        o.kind: o.rrule
        for o in observances("America/Nuuk", *years(2027, 2027))
        if o.rrule and "UNTIL" not in o.rrule
    }
    # Positive days only: ical.js finds no day at all in BYMONTHDAY=-8,...,-2.
    assert rules["DAYLIGHT"] == "FREQ=YEARLY;BYMONTH=3;BYDAY=SA;BYMONTHDAY=24,25,26,27,28,29,30"
    # The Friday after the last Thursday of October: one rule per month of the range.
    cairo = [
        (o.kind, f"{o.start:%Y-%m-%d %H:%M}", o.rrule)
        for o in observances("Africa/Cairo", *years(2027, 2027))
        if o.kind == "STANDARD"
    ]
    assert cairo == [
        (
            "STANDARD",
            "2023-10-27 00:00",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=FR;BYMONTHDAY=26,27,28,29,30,31",
        ),
        ("STANDARD", "2024-11-01 00:00", "FREQ=YEARLY;BYMONTH=11;BYDAY=FR;BYMONTHDAY=1"),
    ]
    rules = {
        o.kind: o.rrule
        for o in observances("America/Santiago", *years(2027, 2027))
        if "UNTIL" not in o.rrule
    }
    assert rules["DAYLIGHT"] == "FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8"


def test_open_ended_span_keeps_every_scheduled_change():
    # Palestine pauses its summer time for Ramadan: the table lists changes up to 2087.
    bounded = observances("Asia/Gaza", *years(2027, 2027))
    open_ended = observances("Asia/Gaza", years(2027, 2027)[0], None)
    assert len(bounded) < 10 < len(open_ended)
    assert open_ended[-1].start.year == 2087


def test_vtimezone_lines_shape():
    lines = vtimezone_lines("America/New_York", *years(2027, 2027))
    assert (
        lines[:2] == ("BEGIN:VTIMEZONE", "TZID:America/New_York") and lines[-1] == "END:VTIMEZONE"
    )
    assert "TZNAME:EDT" in lines and not any(line.startswith("RDATE") for line in lines)


# --- what readers make of it --------------------------------------------------------------


def _reader_zone(zone: str, start: int, end: int, reader: str):
    body = [
        line.replace(f"TZID:{zone}", "TZID:Not/A-Real-Zone")
        for line in vtimezone_lines(zone, start, end)
    ]
    text = "\r\n".join(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test", *body, "END:VCALENDAR", ""]
    )
    if reader == "icalendar":
        return icalendar.Calendar.from_ical(text).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    return vobject.readOne(text).vtimezone.gettzinfo()


def _transitions(zone: ZoneInfo, start: int, end: int) -> list[int]:
    """The zone's transitions in ``[start, end]``, found by bisection on zoneinfo's offsets."""

    def offset(moment: int) -> timedelta | None:
        return datetime.fromtimestamp(moment, zone).utcoffset()

    found, moment = [], start
    while moment < end:
        step = min(moment + 7 * 86400, end)
        if offset(moment) != offset(step):
            low, high = moment, step
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if offset(middle) == offset(low) else (low, middle)
            found.append(high)
        moment = step
    return found


def wrong_wall_times(name: str, start: int, end: int, reader: str) -> list[tuple[datetime, float]]:
    """Wall times near each transition that the VTIMEZONE alone places at another instant.

    Times the clocks skip are left out: RFC 5545 and dateutil read them differently, and
    the export pins such occurrences with an override instead.
    """
    real = ZoneInfo(name)
    tz = _reader_zone(name, start, end, reader)
    wrong = []
    samples = [start + 3600, end - 3600]
    for moment in _transitions(real, start, end):
        samples += [moment - 2 * 86400, moment - 1800, moment, moment + 1800, moment + 2 * 86400]
    for moment in samples:
        base = datetime.fromtimestamp(moment, real).replace(tzinfo=None, second=0)
        for minutes in range(-150, 151, 30):
            wall = base + timedelta(minutes=minutes)
            expected = wall.replace(tzinfo=real)
            if datetime.fromtimestamp(expected.timestamp(), real).replace(tzinfo=None) != wall:
                continue
            got = wall.replace(tzinfo=tz)
            if got.timestamp() != expected.timestamp():
                wrong.append((wall, got.timestamp() - expected.timestamp()))
    return wrong


ZONES = (
    "America/New_York",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "America/Santiago",
    "America/Nuuk",
    "America/St_Johns",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Kyiv",
    "Europe/Moscow",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Asia/Jerusalem",
    "Asia/Tehran",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
)


@pytest.mark.parametrize("reader", ["icalendar", "vobject"])
@pytest.mark.parametrize("zone", ZONES)
def test_vtimezone_alone_places_every_wall_time_like_zoneinfo_1990_to_2040(zone, reader):
    assert wrong_wall_times(zone, *years(1990, 2040), reader) == []


def test_every_zone_is_right_for_the_years_around_now():
    start, end = years(2025, 2029)
    wrong = {
        z: w[:2] for z in all_zone_names() if (w := wrong_wall_times(z, start, end, "icalendar"))
    }
    assert wrong == {}
