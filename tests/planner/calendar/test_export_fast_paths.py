"""The export's fast paths equal the straightforward computations they replace.

The EXDATEs are found per off date (``planner.meetings.occurrences.skip_reasons``),
instants and local times come from a table of zone offsets (``planner.calendar.offsets``). Each is pinned
here to the plain way over random zones (clock changes at midnight, half hours, 30-minute
DST, negative DST, skipped days), holidays, days off, exceptions and meetings: every
occurrence asked ``skip_reason``, every instant from ``zoneinfo``, every occurrence
checked for a clock change without the quick exits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.calendar.description import local_times
from planner.calendar.events import day_end, is_ambiguous, meeting_event
from planner.calendar.exported import exported_occurrences, wall_instant, wall_instants
from planner.calendar.moved import moved_dates
from planner.calendar.offsets import ZoneOffsets, zone_offsets
from planner.calendar.text import wall_text
from planner.meetings.skips import skip_reason
from planner.plan.hours import DayExceptions, WeekHours
from planner.plan.meeting import Meeting, Repeat
from planner.plan.model import Plan, Team
from planner.plan.moved import MovedOccurrence
from planner.plan.recurrence import wall_starts
from planner.time.local import local_instant
from planner.time.zones import load_zone

ZONES = (
    "UTC",
    "America/New_York",
    "America/St_Johns",
    "America/Havana",  # changes at midnight
    "America/Santiago",
    "America/Sao_Paulo",  # DST until 2019, at midnight
    "Asia/Beirut",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Australia/Lord_Howe",  # 30-minute DST
    "Pacific/Chatham",
    "Pacific/Apia",  # skipped 2011-12-30
    "Pacific/Kiritimati",
    "Europe/Dublin",  # negative DST
    "Europe/Moscow",
    "Africa/Casablanca",
    "Antarctica/Troll",  # 2-hour DST
)
HOLIDAYS = (None, "US", "GB", "NZ", "AU", "PH", "BR")
HOURS = WeekHours.parse({"mon-fri": ["09:00-17:00"]})


@st.composite
def teams(draw: st.DrawFn, ident: str, around: date) -> Team:
    near = st.dates(around - timedelta(days=40), around + timedelta(days=400))
    exceptions = draw(st.dictionaries(near, st.sampled_from([[], ["10:00-12:00"]]), max_size=4))
    return Team(
        ident,
        "client" if ident == "a" else "vendor",
        draw(st.sampled_from(ZONES)),
        HOURS,
        holidays=draw(st.sampled_from(HOLIDAYS)),
        days_off=tuple(draw(st.lists(near, max_size=6))),
        exceptions=DayExceptions.parse({d.isoformat(): s for d, s in exceptions.items()}),
    )


# Zones whose clocks change in 2008-2030, and the months before they do.
CHANGING = tuple(z for z in ZONES if z not in ("UTC", "Asia/Kathmandu", "Pacific/Kiritimati"))


@st.composite
def plans(draw: st.DrawFn, changing: bool = False) -> tuple[Plan, Meeting]:
    """A plan of two or three teams and one meeting of theirs, often near a clock change.

    ``changing``: a daily series over a clock change of its zone, in the small hours.
    """
    if changing:
        zone = draw(st.sampled_from(CHANGING[1:]))
        start = date(draw(st.integers(2008, 2018)), draw(st.sampled_from([3, 4, 9, 10])), 1)
        plan_teams = (draw(teams("a", start)), draw(teams("b", start)))
        clock = time(draw(st.sampled_from([0, 1, 2, 3, 22, 23])), draw(st.sampled_from([0, 30])))
        meeting = Meeting(
            "m",
            "Sync",
            ("a", "b"),
            draw(st.integers(15, 600)),
            start,
            clock,
            zone=zone,
            repeat=Repeat("daily", count=70),
        )
        return Plan(teams=plan_teams, meetings=(meeting,)), meeting
    start = draw(
        st.one_of(
            st.dates(date(2005, 1, 1), date(2030, 12, 31)),
            # A few weeks before the clocks change, north or south.
            st.builds(
                date, st.integers(2008, 2030), st.sampled_from([2, 3, 9, 10]), st.integers(1, 28)
            ),
        )
    )
    members = draw(st.lists(st.sampled_from("abc"), min_size=2, max_size=3, unique=True))
    plan_teams = tuple(draw(teams(ident, start)) for ident in sorted(members))
    # Early hours and late evenings, where the clocks change and local dates differ.
    clock = time(
        draw(st.sampled_from([0, 1, 2, 3, 9, 12, 22, 23])), draw(st.sampled_from([0, 30, 45]))
    )
    freq = draw(st.sampled_from(["daily", "weekly", "monthly", None]))
    repeat = None
    if freq is not None:
        if freq == "monthly" and start.day > 28:
            start = start.replace(day=28)
        if draw(st.booleans()):
            repeat = Repeat(freq, interval=draw(st.integers(1, 3)), count=draw(st.integers(1, 120)))
        else:
            until = start + timedelta(days=draw(st.integers(0, 500)))
            repeat = Repeat(freq, interval=draw(st.integers(1, 3)), until=until)
    moved: tuple[MovedOccurrence, ...] = ()
    if repeat is not None and draw(st.booleans()):
        moved = (MovedOccurrence(start, datetime.combine(start, clock) + timedelta(hours=5)),)
    meeting = Meeting(
        "m",
        "Sync",
        tuple(sorted(members)),
        draw(st.integers(15, 600)),
        start,
        clock,
        zone=draw(st.sampled_from([None, *ZONES])),
        repeat=repeat,
        skip_holidays=draw(st.booleans()),
        moved=moved,
    )
    return Plan(teams=plan_teams, meetings=(meeting,)), meeting


@settings(max_examples=150)
@given(st.one_of(plans(), plans(changing=True)))
def test_exdates_are_the_occurrences_skip_reason_skips_and_instants_are_zoneinfos(found):
    plan, meeting = found
    zone = plan.meeting_zone(meeting)
    info = load_zone(zone)
    occurrences = exported_occurrences(plan, meeting, zone, None)
    walls = list(wall_starts(meeting, meeting.start_date, date.max))
    moved = moved_dates(meeting)
    assert [o.wall for o in occurrences] == walls
    assert [o.start for o in occurrences] == [
        int(w.replace(tzinfo=info).timestamp()) for w in walls
    ]
    assert [o.end - o.start for o in occurrences] == [meeting.duration_minutes * 60] * len(walls)
    assert [o.reason for o in occurrences] == [
        "" if o.wall.date() in moved else skip_reason(plan, meeting, o.start) for o in occurrences
    ]


def _plain_local_times(plan: Plan, meeting: Meeting, kept, open_ended: bool) -> list[str]:
    """Each team's local times the straightforward way: a datetime per occurrence and team."""
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    lines = []
    for team_id in meeting.teams:
        team = plan.team(team_id)
        zone = load_zone(team.zone)
        runs: list = []
        for occurrence in kept:
            start = datetime.fromtimestamp(occurrence.start, zone)
            end = datetime.fromtimestamp(occurrence.end, zone)
            day = occurrence.wall.date()
            key = (
                start.hour,
                start.minute,
                end.hour,
                end.minute,
                (start.date() - day).days,
                (end.date() - start.date()).days,
            )
            if runs and runs[-1][0] == key:
                runs[-1] = (key, runs[-1][1], day, runs[-1][3])
            else:
                runs.append((key, day, day, start))
        parts = []
        for index, (key, first, last, start) in enumerate(runs):
            text = f"{key[0]:02d}:{key[1]:02d}-{key[2]:02d}:{key[3]:02d}"
            text += " (ends the next day)" if key[5] else ""
            if key[4]:
                text += " (the next day)" if key[4] > 0 else " (the day before)"
            if meeting.repeat is None:
                text = f"{names[start.weekday()]} {start:%Y-%m-%d} {text}"
            elif len(runs) > 1:
                if open_ended and index == len(runs) - 1:
                    text = f"from {first}: {text}"
                else:
                    text = f"{first} to {last}: {text}" if first != last else f"{first}: {text}"
            parts.append(text)
        label = team.name if team.name == team.id else f"{team.name} [{team.id}]"
        lines.append(f"- {label}, {team.zone}: " + ("; ".join(parts) or "no occurrence"))
    return lines


@settings(max_examples=150)
@given(st.one_of(plans(), plans(changing=True)), st.booleans())
def test_local_times_equal_a_datetime_per_occurrence_and_team(found, open_ended):
    plan, meeting = found
    occurrences = exported_occurrences(plan, meeting, plan.meeting_zone(meeting), None)
    kept = [o for o in occurrences if not o.reason]
    assert local_times(plan, meeting, kept, open_ended) == _plain_local_times(
        plan, meeting, kept, open_ended
    )


@settings(max_examples=300)
@given(
    st.sampled_from(ZONES),
    st.datetimes(datetime(1900, 1, 2), datetime(2199, 12, 30)),
    st.lists(st.integers(-3 * 86400, 400 * 86400), max_size=30),
)
def test_the_table_of_offsets_agrees_with_zoneinfo(zone, around, steps):
    """Instants to offsets and wall times to instants, at and around each clock change."""
    info = load_zone(zone)
    base = int(around.replace(tzinfo=UTC).timestamp())
    table = zone_offsets(zone, base - 4 * 86400, base + 401 * 86400)
    probes = [base + step for step in steps]
    probes += [at + d for at in table.changes for d in (-3601, -1, 0, 1, 1799, 3600)]
    for at in probes:
        if table.low <= at <= table.high:
            expected = datetime.fromtimestamp(at, info).utcoffset()
            assert expected is not None
            assert table.offset(at) == expected.total_seconds(), (zone, at)
    walls = [datetime(1970, 1, 1) + timedelta(seconds=at) for at in probes]
    walls = [w for w in walls if around - timedelta(days=2) <= w <= around + timedelta(days=399)]
    assert wall_instants(zone, walls) == [wall_instant(w, info) for w in walls]


@settings(max_examples=200)
@given(st.sampled_from(ZONES), st.dates(date(1900, 1, 1), date(2199, 12, 30)))
def test_until_is_the_second_before_the_next_local_midnight(zone, day):
    assert day_end(zone, day) == local_instant(zone, day, 24 * 60) - 1


def test_a_table_answers_no_wall_time_the_clocks_skip_or_repeat():
    table = ZoneOffsets.of("Europe/London", 1798761600, 1830297600)  # 2027
    spring = datetime(2027, 3, 28, 1, 30)  # skipped
    autumn = datetime(2027, 10, 31, 1, 30)  # repeated
    for wall in (spring, autumn):
        seconds = int(wall.replace(tzinfo=UTC).timestamp())
        assert table.instants([seconds, seconds - 3600])[0] is None
        assert table.instants([seconds - 3600])[0] is not None
    assert wall_instants("Europe/London", [spring, autumn]) == [
        int(datetime(2027, 3, 28, 1, 30, tzinfo=UTC).timestamp()),  # before the gap's offset
        int(datetime(2027, 10, 31, 0, 30, tzinfo=UTC).timestamp()),  # the first pass
    ]


def _plainly_regular(wall: datetime, start: int, end: int, info) -> bool:
    """Every reader places the occurrence from its wall time: the check without shortcuts."""
    end_local = datetime.fromtimestamp(end, info)
    return (
        not is_ambiguous(wall, info)
        and not is_ambiguous(end_local.replace(tzinfo=None), info)
        and end_local.utcoffset() == wall.replace(tzinfo=info).utcoffset()
    )


@settings(max_examples=150)
@given(st.one_of(plans(), plans(changing=True)))
def test_overrides_are_exactly_the_occurrences_the_plain_check_finds_irregular(found):
    plan, meeting = found
    now = datetime(2027, 1, 1, tzinfo=UTC)
    event = meeting_event(plan, meeting, identity="x", now=now)
    if meeting.repeat is None:
        return
    zone = plan.meeting_zone(meeting)
    info = load_zone(zone)
    moved = moved_dates(meeting)
    moved_days = {f"{day:%Y%m%d}" for day in moved}
    overridden = [
        line.split(":", 1)[1]
        for line in event.lines
        if line.startswith("RECURRENCE-ID") and line.split(":", 1)[1][:8] not in moved_days
    ]
    assert overridden == [
        wall_text(o.wall)
        for o in event.occurrences
        if not o.reason
        and o.wall.date() not in moved
        and not _plainly_regular(o.wall, o.start, o.end, info)
    ]
    first = event.occurrences[0]
    plain_end = _plainly_regular(
        first.wall, first.start, first.start + meeting.duration_minutes * 60, info
    )
    assert any(line.startswith("DTEND;") for line in event.lines[:8]) == plain_end
