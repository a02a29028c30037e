"""Real calendar clients expand each exported plan to exactly the occurrences the planner lists.

For every fixture in ``fixtures/`` and every example plan, each client's expansion over
2026-2028 must equal the non-skipped occurrences of ``analyze``, start and end instants
exactly, both as exported and with every TZID renamed to a made-up name (only the
VTIMEZONEs count then, as in Outlook for a name it does not know). The clients are
ical.js (Thunderbird, Nextcloud Calendar), libical (Evolution, GNOME Calendar), khal,
recurring-ical-events and vobject; each outside client runs once for all files.

Where a client's own bug cannot be worked around in the file, ``KNOWN_DIFFERENCES`` states
exactly what it shows instead; the test fails if the client's answer changes either way.
"""

from __future__ import annotations

import functools
import io
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.analysis.overlap import analyze
from planner.time.tzdb import version_key
from planner.time.tzif import offset_changes, parse_tzif, tzif_bytes
from tests.calendar_clients.clients import libical_icu_tz_version
from tests.calendar_clients.judging import (
    PLAN_FILES,
    SPAN,
    VARIANTS,
    Expansions,
    differences,
    expected,
    exported,
    plan,
    zones,
)

CLIENTS = ("ical.js", "libical", "khal", "recurring-ical-events", "vobject")
NO_ZIC = "zic (tzcode), which compiles the zones khal's pytz reads, does not exist on Windows"

# Evolution and GNOME Calendar read a TZID that names a known location with libical's
# built-in zone (from the system's TZif files: here the planner's database, compiled as
# systems install it), not with the file's VTIMEZONE. libical 3.0 steps through a series
# in an ICU calendar of that location, with ICU's own tz data (2022e in Debian 12's
# libicu72, 2023c in Ubuntu 24.04's libicu74; no tzdata update changes them), and
# mishandles a wall time that a spring-forward gap skips (made-up TZIDs, read with the
# VTIMEZONE alone, are exact):
# - issue 318: the recurrence iterator moves a start in the gap to the hour after it and
#   keeps that time for the next occurrence too, which then starts an hour late (half an
#   hour at Lord Howe); a series whose first start is in the gap keeps it for good;
# - issue 1402: a local time in the gap is read with the offset after it, so the
#   override's RECURRENCE-ID names no generated instance: the gap occurrence shows twice,
#   at the right time (the generated one, moved, and the override), and an EXDATE in the
#   gap excludes nothing;
# - ICU's older rules: where tzdata 2026f changed a zone (Havana stays at UTC-4 through the
#   winter of 2026-27; Casablanca stays at UTC+0 from 20 September 2026), ICU 2022e still
#   springs forward (Havana 14 March 2027, Casablanca 14 March 2027 and 5 March 2028), and
#   issue 318 moves a start in that hour, and the next occurrence's, an hour late.
# vobject (Radicale's parser) takes a VTIMEZONE whose offset is +00:00 all through
# 2000-2019 for UTC and registers no zone for its TZID (``TimezoneComponent.pickTzid``
# compares with ``tzinfo_eq(tzinfo, utc)`` over those years only): times in such a zone
# are floating unless pytz knows the TZID by name, as it knows every IANA name we write.
# (planned occurrence, what the client shows instead): None on the left is an occurrence
# the client adds, None on the right one it leaves out.
KNOWN_DIFFERENCES: dict[tuple[str, str, str], dict[str, list[tuple[str | None, str | None]]]] = {
    ("casablanca", "libical", "iana"): {
        "daily-0215": [
            (None, "2026-03-22T02:15Z/2026-03-22T02:45Z"),
            ("2026-03-23T01:15Z/2026-03-23T01:45Z", "2026-03-23T02:15Z/2026-03-23T02:45Z"),
        ],
        "sunday-0230": [
            (None, "2026-03-22T02:30Z/2026-03-22T03:00Z"),
            ("2026-03-29T01:30Z/2026-03-29T02:00Z", "2026-03-29T02:30Z/2026-03-29T03:00Z"),
            ("2027-03-14T02:30Z/2027-03-14T03:00Z", "2027-03-14T03:30Z/2027-03-14T04:00Z"),
            ("2027-03-21T02:30Z/2027-03-21T03:00Z", "2027-03-21T03:30Z/2027-03-21T04:00Z"),
            ("2028-03-05T02:30Z/2028-03-05T03:00Z", "2028-03-05T03:30Z/2028-03-05T04:00Z"),
            ("2028-03-12T02:30Z/2028-03-12T03:00Z", "2028-03-12T03:30Z/2028-03-12T04:00Z"),
        ],
    },
    ("chatham", "libical", "iana"): {
        "sunday-0300": [
            (None, "2027-09-25T14:15Z/2027-09-25T14:45Z"),
            ("2027-10-02T13:15Z/2027-10-02T13:45Z", "2027-10-02T14:15Z/2027-10-02T14:45Z"),
            (None, "2028-09-23T14:15Z/2028-09-23T14:45Z"),
            ("2028-09-30T13:15Z/2028-09-30T13:45Z", "2028-09-30T14:15Z/2028-09-30T14:45Z"),
        ],
        "daily-0330": [
            (None, "2027-09-25T14:45Z/2027-09-25T15:15Z"),
            ("2027-09-26T13:45Z/2027-09-26T14:15Z", "2027-09-26T14:45Z/2027-09-26T15:15Z"),
        ],
    },
    ("dublin", "libical", "iana"): {
        "sunday-0130": [
            (None, "2027-03-28T01:30Z/2027-03-28T02:00Z"),
            ("2027-04-04T00:30Z/2027-04-04T01:00Z", "2027-04-04T01:30Z/2027-04-04T02:00Z"),
            (None, "2028-03-26T01:30Z/2028-03-26T02:00Z"),
            ("2028-04-02T00:30Z/2028-04-02T01:00Z", "2028-04-02T01:30Z/2028-04-02T02:00Z"),
        ],
    },
    ("gap_series", "libical", "iana"): {
        "daily-0230": [
            (None, "2027-03-14T07:30Z/2027-03-14T08:00Z"),
            ("2027-03-15T06:30Z/2027-03-15T07:00Z", "2027-03-15T07:30Z/2027-03-15T08:00Z"),
        ],
        "sunday-0215": [
            (None, "2027-03-14T07:15Z/2027-03-14T08:15Z"),
            ("2027-03-21T06:15Z/2027-03-21T07:15Z", "2027-03-21T07:15Z/2027-03-21T08:15Z"),
            (None, "2028-03-12T07:15Z/2028-03-12T08:15Z"),
            ("2028-03-19T06:15Z/2028-03-19T07:15Z", "2028-03-19T07:15Z/2028-03-19T08:15Z"),
        ],
        "first-in-gap": [
            (None, "2027-03-28T01:30Z/2027-03-28T02:00Z"),
            ("2027-04-04T00:30Z/2027-04-04T01:00Z", "2027-04-04T01:30Z/2027-04-04T02:00Z"),
            ("2027-04-11T00:30Z/2027-04-11T01:00Z", "2027-04-11T01:30Z/2027-04-11T02:00Z"),
            ("2027-04-18T00:30Z/2027-04-18T01:00Z", "2027-04-18T01:30Z/2027-04-18T02:00Z"),
            ("2027-04-25T00:30Z/2027-04-25T01:00Z", "2027-04-25T01:30Z/2027-04-25T02:00Z"),
            ("2027-05-02T00:30Z/2027-05-02T01:00Z", "2027-05-02T01:30Z/2027-05-02T02:00Z"),
            ("2027-05-09T00:30Z/2027-05-09T01:00Z", "2027-05-09T01:30Z/2027-05-09T02:00Z"),
            ("2027-05-16T00:30Z/2027-05-16T01:00Z", "2027-05-16T01:30Z/2027-05-16T02:00Z"),
        ],
    },
    ("gaza", "libical", "iana"): {
        "daily-0230": [
            (None, "2027-03-27T00:30Z/2027-03-27T01:00Z"),
            ("2027-03-27T23:30Z/2027-03-28T00:00Z", "2027-03-28T00:30Z/2027-03-28T01:00Z"),
        ],
    },
    ("havana", "libical", "iana"): {
        "sunday-0030": [
            ("2027-03-14T04:30Z/2027-03-14T05:00Z", "2027-03-14T05:30Z/2027-03-14T06:00Z"),
            ("2027-03-21T04:30Z/2027-03-21T05:00Z", "2027-03-21T05:30Z/2027-03-21T06:00Z"),
            (None, "2028-03-12T05:30Z/2028-03-12T06:00Z"),
            ("2028-03-19T04:30Z/2028-03-19T05:00Z", "2028-03-19T05:30Z/2028-03-19T06:00Z"),
        ],
    },
    ("lord_howe", "libical", "iana"): {
        "sunday-0210": [
            (None, "2027-10-02T15:40Z/2027-10-02T15:55Z"),
            ("2027-10-09T15:10Z/2027-10-09T15:25Z", "2027-10-09T15:40Z/2027-10-09T15:55Z"),
            (None, "2028-09-30T15:40Z/2028-09-30T15:55Z"),
            ("2028-10-07T15:10Z/2028-10-07T15:25Z", "2028-10-07T15:40Z/2028-10-07T15:55Z"),
        ],
    },
    ("monthly_last_friday", "libical", "iana"): {
        "last-sunday-night": [
            (None, "2027-03-28T01:30Z/2027-03-28T02:00Z"),
            ("2027-04-25T00:30Z/2027-04-25T01:00Z", "2027-04-25T01:30Z/2027-04-25T02:00Z"),
            (None, "2028-03-26T01:30Z/2028-03-26T02:00Z"),
        ],
    },
    ("troll", "libical", "iana"): {
        "sunday-0200": [
            (None, "2027-03-28T02:00Z/2027-03-28T02:30Z"),
            ("2027-04-04T00:00Z/2027-04-04T00:30Z", "2027-04-04T02:00Z/2027-04-04T02:30Z"),
            (None, "2028-03-26T02:00Z/2028-03-26T02:30Z"),
            ("2028-04-02T00:00Z/2028-04-02T00:30Z", "2028-04-02T02:00Z/2028-04-02T02:30Z"),
        ],
    },
    ("twelve_zones", "libical", "iana"): {
        "m2": [
            (None, "2027-03-14T09:30Z/2027-03-14T10:20Z"),
            ("2027-03-17T08:30Z/2027-03-17T09:20Z", "2027-03-17T09:30Z/2027-03-17T10:20Z"),
            (None, "2028-03-12T09:30Z/2028-03-12T10:20Z"),
            ("2028-03-15T08:30Z/2028-03-15T09:20Z", "2028-03-15T09:30Z/2028-03-15T10:20Z"),
        ],
        "m12": [
            (None, "2027-09-25T14:30Z/2027-09-25T15:20Z"),
            ("2027-09-28T13:30Z/2027-09-28T14:20Z", "2027-09-28T14:30Z/2027-09-28T15:20Z"),
            (None, "2028-09-23T14:30Z/2028-09-23T15:20Z"),
            ("2028-09-26T13:30Z/2028-09-26T14:20Z", "2028-09-26T14:30Z/2028-09-26T15:20Z"),
        ],
    },
    ("zero_offset", "libical", "iana"): {
        "casablanca-daily": [
            ("2027-03-14T02:30Z/2027-03-14T03:00Z", "2027-03-14T03:30Z/2027-03-14T04:00Z"),
            ("2027-03-15T02:30Z/2027-03-15T03:00Z", "2027-03-15T03:30Z/2027-03-15T04:00Z"),
            ("2028-03-05T02:30Z/2028-03-05T03:00Z", "2028-03-05T03:30Z/2028-03-05T04:00Z"),
            ("2028-03-06T02:30Z/2028-03-06T03:00Z", "2028-03-06T03:30Z/2028-03-06T04:00Z"),
        ],
    },
    ("zero_offset", "vobject", "made-up"): {
        "error": [(None, "ValueError: floating DTSTART: vobject has no zone for its TZID")],
    },
}


# ICU 73 and later (tz data 2023a on: Ubuntu 24.04's libicu74 has 2023c) know Greenland's
# rules since 2023: Nuuk springs forward at 01:00 UTC on the last Sunday of March, from
# Saturday 23:00 (UTC-2) to Sunday 00:00 (UTC-1), as the planner's database says. A
# Saturday meeting at 23:20 then starts in the gap, and issue 318 shows it at the hour
# after and the next week's an hour late. ICU 2022e (Debian 12) still has the rules before
# 2023, whose gap was an hour earlier: libical reads that meeting right.
ICU_2023_DIFFERENCES: dict[tuple[str, str, str], dict[str, list[tuple[str | None, str | None]]]] = {
    ("nuuk_negative_bymonthday", "libical", "iana"): {
        "nuuk-saturday-late": [
            (None, "2027-03-28T01:20Z/2027-03-28T01:50Z"),
            ("2027-04-04T00:20Z/2027-04-04T00:50Z", "2027-04-04T01:20Z/2027-04-04T01:50Z"),
            (None, "2028-03-26T01:20Z/2028-03-26T01:50Z"),
            ("2028-04-02T00:20Z/2028-04-02T00:50Z", "2028-04-02T01:20Z/2028-04-02T01:50Z"),
        ],
    },
}


@functools.cache
def known_differences() -> dict[
    tuple[str, str, str], dict[str, list[tuple[str | None, str | None]]]
]:
    """What each client is known to show otherwise, with the ICU that libical uses here."""
    if CANNOT_RUN["libical"][0] or version_key(libical_icu_tz_version()) < version_key("2023a"):
        return KNOWN_DIFFERENCES
    return {**KNOWN_DIFFERENCES, **ICU_2023_DIFFERENCES}


@pytest.fixture(scope="session")
def expansions(tmp_path_factory: pytest.TempPathFactory) -> Expansions:
    return Expansions(tmp_path_factory.mktemp("zoneinfo"))


def test_every_meeting_of_every_plan_has_occurrences_in_the_range():
    for name in PLAN_FILES:
        reports = analyze(plan(name), SPAN).meetings
        assert reports and all(r.occurrences for r in reports), name
        assert any(expected(name).values()), name


def test_the_fixtures_cover_the_cases_named_in_their_file_names():
    assert {
        "fold_hour_series",
        "fold_hour_oneoff",
        "gap_series",
        "nuuk_negative_bymonthday",
        "skipped_oneoff",
        "monthly_last_friday",
        "open_ended",
        "twelve_zones",
        "chatham",
        "lord_howe",
        "troll",
        "dublin",
        "casablanca",
        "gaza",
        "havana",
        "zero_offset",
        "moved_occurrence",
        "example-newyork-manila-kyiv",
        "example-london-riyadh-bengaluru",
        "example-sydney-kathmandu",
    } <= set(PLAN_FILES)


@pytest.mark.skipif(sys.platform == "win32", reason=NO_ZIC)
def test_libical_and_khal_read_the_zones_of_the_planners_database(expansions):
    """Their folder (``zic -b fat`` on the database's source) changes clocks as the planner's
    own TZif files do, at the same instants to the same offsets, from 2026 through 2037."""
    low, high = SPAN.start, SPAN.start + 12 * 365 * 86400
    for zone in sorted(zones()):
        compiled = parse_tzif(expansions.zone_folder.joinpath(*zone.split("/")).read_bytes())
        changes = [
            (t.at, t.after.offset)
            for t in compiled.transitions
            if low <= t.at <= high and t.after.offset != t.before.offset
        ]
        assert [at for at, _ in changes] == [at for at, _ in offset_changes(zone, low, high)]
        planners = ZoneInfo.from_file(io.BytesIO(tzif_bytes(zone)))
        assert [(at, datetime.fromtimestamp(at, planners).utcoffset()) for at, _ in changes] == [
            (at, timedelta(seconds=offset)) for at, offset in changes
        ], zone


def test_every_known_difference_names_a_real_plan_client_and_variant():
    for name, client, variant in {**KNOWN_DIFFERENCES, **ICU_2023_DIFFERENCES}:
        assert name in PLAN_FILES and client in CLIENTS and variant in VARIANTS


# A client that cannot run on a platform: (it cannot run here, why).
CANNOT_RUN = {
    "libical": (
        not sys.platform.startswith("linux"),
        "libical's judge runs Debian's gir1.2-ical-3.0 through the system python3-gi (Linux only)",
    ),
    "khal": (sys.platform == "win32", NO_ZIC),
}


@pytest.mark.parametrize(
    "client",
    [
        pytest.param(
            client,
            marks=pytest.mark.skipif(
                CANNOT_RUN.get(client, (False, ""))[0],
                reason=CANNOT_RUN.get(client, (False, ""))[1],
            ),
        )
        for client in CLIENTS
    ],
)
@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", sorted(PLAN_FILES))
def test_client_shows_the_planned_occurrences(expansions, name, variant, client):
    found = differences(name, expansions.outcome(name, variant, client))
    assert found == known_differences().get((name, client, variant), {})


def test_a_skipped_one_off_is_not_in_the_file():
    text = exported("skipped_oneoff")
    assert "UID:kickoff-" not in text and "UID:manila-kickoff-" not in text
    assert "UID:held-one-off-" in text


def test_clock_change_occurrences_are_utc_overrides_and_rules_use_positive_days():
    series = exported("fold_hour_series")
    assert (
        "RECURRENCE-ID;TZID=America/New_York:20271107T011500\r\nDTSTART:20271107T051500Z\r\n"
        in series
    )
    one_offs = exported("fold_hour_oneoff")
    assert "DTSTART:20271107T051500Z\r\nDTEND:20271107T054500Z\r\n" in one_offs
    nuuk = exported("nuuk_negative_bymonthday")
    assert "BYMONTHDAY=24,25,26,27,28,29,30" in nuuk and "BYMONTHDAY=-" not in nuuk


def test_a_moved_occurrence_is_an_override_at_its_new_time_and_never_an_exdate():
    text = exported("moved_occurrence")
    assert (
        "RECURRENCE-ID;TZID=America/New_York:20270309T103000\r\n"
        "DTSTART;TZID=America/New_York:20270310T110000\r\n"
        "DTEND;TZID=America/New_York:20270310T113000\r\n"
    ) in text
    # The stand-up on Independence Day (observed) would be skipped; moved, it is held.
    assert "EXDATE;TZID=Europe/Kyiv:20270705T160000" not in text
    assert (
        "RECURRENCE-ID;TZID=Europe/Kyiv:20270705T160000\r\n"
        "DTSTART;TZID=Europe/Kyiv:20270702T170000\r\n"
    ) in text
    held = {start for start, _ in expected("moved_occurrence")["weekly"]}
    assert 1804694400 in held and 1804606200 not in held  # 03-10 16:00Z held, 03-09 15:30Z not
