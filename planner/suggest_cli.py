"""The ``suggest`` verb: ranked meeting slots, a fair rotation, a kickoff slot (text or JSON).

``overlap-planner suggest PLAN --teams A,B[,C] --duration MIN [--repeat RULE]
[--from DATE --to DATE] [--top K] [--rotate] [--kickoff N] [--json]``

- Start times are wall time in the first team's zone, 15 minutes apart; comfort, score,
  skipped occurrences and the ranking are defined in ``planner.meetings.comfort`` and ``planner.meetings.candidates``.
- Range: ``--from``/``--to`` as in ``cli.md`` (dates in the plan's ``display_zone``,
  default the current week). A series searched without them gets a note on stderr: one
  week hides the daylight-saving weeks and holidays the search is for.
- When no start time keeps everyone inside working hours on every occurrence, the output
  says so, lists the least bad ones with who pays, and proposes a fair rotation
  (``planner.meetings.rotation``); ``--rotate`` asks for the rotation in any case.
- ``--top K`` lists K slots (default 5, 0 for all).
- ``--kickoff N``: the first good one-off slot within the first team's next N working
  days (from ``--from``, else from tomorrow), ``planner.meetings.kickoff``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, TextIO

import tomlkit

from planner.cli import EXIT_OK, PROG, plan_range, read_plan
from planner.errors import PlannerError
from planner.meetings.candidates import Candidate, SlotOccurrence
from planner.meetings.comfort import EARLY_LATE_MARGIN_MINUTES
from planner.meetings.kickoff import Kickoff, kickoff
from planner.meetings.requests import check_teams, format_repeat, parse_repeat, repeat_text
from planner.meetings.rotation import Rotation, fair_rotation
from planner.meetings.slots import SlotSearch, find_slots, local_clock
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.plan.writing import encode_meeting
from planner.schedule.range import Range
from planner.time.intervals import format_instant
from planner.time.local import local_datetime
from planner.time.zones import load_zone

_SHOWN_DATES = 6


def run_suggest(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    """The ``suggest`` handler (``planner.cli.HANDLERS``)."""
    plan = read_plan(args.plan, err)
    teams = check_teams(plan, args.teams.split(","))
    if not 1 <= args.duration <= 24 * 60:
        raise PlannerError(
            f"--duration {args.duration}: give the meeting length in minutes, 1 to 1440"
        )
    top = args.top
    if top < 0:
        raise PlannerError(f"--top {top}: give how many slots to list (0 for all)")
    repeat = parse_repeat(args.repeat)
    days = args.kickoff
    if days is not None:
        if repeat is not None:
            raise PlannerError("--kickoff plans a one-off meeting: drop --repeat")
        if args.date_to is not None:
            raise PlannerError("--kickoff counts working days from --from (or tomorrow): drop --to")
        zone = load_zone(plan.team(teams[0]).zone)
        first = args.date_from or now.astimezone(zone).date() + timedelta(days=1)
        result = kickoff(plan, teams, args.duration, first, days)
        if args.json:
            _dump(kickoff_json(result, top), out)
        else:
            out.write(kickoff_text(result, top))
        return EXIT_OK
    span = suggest_range(plan, repeat is not None, args.date_from, args.date_to, now, err)
    search = find_slots(plan, teams, args.duration, repeat, span)
    rotation = None
    if repeat is not None and (args.rotate or not search.fits_everyone):
        rotation = fair_rotation(search)
    if args.json:
        _dump(search_json(search, rotation, top), out)
    else:
        out.write(search_text(search, rotation, top))
    return EXIT_OK


def suggest_range(
    plan: Plan, series: bool, first: date | None, last: date | None, now: datetime, err: TextIO
) -> Range:
    """The range of a search, with ``cli.md``'s defaults (the current week).

    A series checked over one week says little about DST-mismatch weeks and holidays, so
    a series searched without ``--from``/``--to`` gets a note on stderr saying so.
    """
    if series and first is None and last is None:
        print(
            f"{PROG}: note: checking this week only; give --from and --to (e.g. a whole year) "
            "to check every occurrence of the series",
            file=err,
        )
    return plan_range(plan, first, last, now)


def _dump(document: dict[str, Any], out: TextIO) -> None:
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")


# JSON -----------------------------------------------------------------------------------


def _local(search: SlotSearch, moment: int, team: str) -> str:
    return f"{local_datetime(search.team_zone(team), moment):%Y-%m-%dT%H:%M}"


def candidate_json(search: SlotSearch, candidate: Candidate) -> dict[str, Any]:
    """One candidate: start (meeting-zone wall time), each team's local start, score, fits, failures."""
    held = candidate.held
    first = held[0]
    return {
        "start": f"{candidate.start:%H:%M}",
        "date": candidate.day.isoformat() if candidate.day else None,
        "local": {
            t: local_clock(first.start, search.team_zone(t), first.day) for t in search.teams
        },
        "local_start": {t: _local(search, first.start, t) for t in search.teams},
        "local_times": {
            t: [clock for clock, _ in search.local_times(candidate, t)] for t in search.teams
        },
        "score": candidate.score,
        "comfort": candidate.comfort,
        "occurrences": candidate.held_count,
        "fits": candidate.fits,
        "failing_dates": [o.day.isoformat() for o in candidate.failing],
        "failing": [
            {
                "date": o.day.isoformat(),
                "start": format_instant(o.start),
                "teams": {
                    t: c.label
                    for t, c in zip(search.teams, o.comforts, strict=True)
                    if not c.working
                },
            }
            for o in candidate.failing
        ],
        "skipped": [{"date": o.day.isoformat(), "reason": o.skipped} for o in candidate.skipped],
        "cost": {
            cost.team: {
                "awkward": cost.awkward,
                "worst": cost.worst.label,
                "levels": {c.label: n for c, n in cost.levels},
            }
            for cost in candidate.costs()
        },
    }


def _header_json(search: SlotSearch) -> dict[str, Any]:
    return {
        "teams": list(search.teams),
        "zone": search.zone,
        "duration_minutes": search.duration_minutes,
        "repeat": repeat_text(search.repeat) or None,
        "range": {"from": format_instant(search.span.start), "to": format_instant(search.span.end)},
    }


def _limit(items: Sequence[Candidate], top: int) -> Sequence[Candidate]:
    return items if top == 0 else items[:top]


def rotation_json(rotation: Rotation) -> dict[str, Any]:
    """A rotation: its two slots, per-team tallies and the two meetings for the plan file."""
    search = rotation.search
    meetings = rotation.meetings()
    return {
        "slots": [
            {
                "start": f"{slot.start:%H:%M}",
                "first_date": rotation.half(index)[0].day.isoformat(),
                "dates": [o.day.isoformat() for o in rotation.half(index)],
                "local": {
                    t: local_clock(
                        rotation.half(index)[0].start,
                        search.team_zone(t),
                        rotation.half(index)[0].day,
                    )
                    for t in search.teams
                },
            }
            for index, slot in enumerate(rotation.slots)
        ],
        "tally": {t.team: t.awkward for t in rotation.tally},
        "held": rotation.held,
        "single_slot": {
            "start": f"{rotation.single.start:%H:%M}",
            "tally": {t.team: t.awkward for t in rotation.single_tally},
        },
        "helps": rotation.helps,
        "meetings": [encode_meeting(m) for m in meetings],
    }


def search_json(search: SlotSearch, rotation: Rotation | None, top: int) -> dict[str, Any]:
    """The ``suggest --json`` document."""
    document = _header_json(search)
    document["occurrences"] = len(search.series_days) if search.repeat is not None else None
    document["fits_everyone"] = search.fits_everyone
    document["candidates"] = [candidate_json(search, c) for c in _limit(search.candidates, top)]
    document["rotation"] = rotation_json(rotation) if rotation is not None else None
    return document


def kickoff_json(result: Kickoff, top: int) -> dict[str, Any]:
    """The ``suggest --kickoff --json`` document."""
    search = result.search
    document = _header_json(search)
    document["working_days"] = [d.isoformat() for d in result.days]
    document["fits_everyone"] = result.first is not None
    document["kickoff"] = candidate_json(search, result.first) if result.first is not None else None
    document["per_day"] = [candidate_json(search, c) for c in result.per_day]
    document["candidates"] = [candidate_json(search, c) for c in _limit(search.candidates, top)]
    return document


# Text -----------------------------------------------------------------------------------

LEGEND = (
    "Comfort, in each team's local time: core (inside working hours, not in the first or last "
    "hour), edge (the first or last hour of the working day), early/late (outside hours but "
    f"within {EARLY_LATE_MARGIN_MINUTES // 60} h of them, or 07:00-21:00), night, day off. Score: the least "
    "comfortable participant's points (core 100, edge 75, early/late 35, night 0) averaged over the occurrences."
)


def _wrap(text: str, width: int = 92, indent: str = "") -> list[str]:
    words = text.split()
    lines: list[str] = []
    line = indent
    for word in words:
        if len(line) + len(word) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += word + " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _dates(days: Sequence[date]) -> str:
    shown = ", ".join(d.isoformat() for d in days[:_SHOWN_DATES])
    more = f" and {len(days) - _SHOWN_DATES} more" if len(days) > _SHOWN_DATES else ""
    return shown + more


def _team_lines(search: SlotSearch, candidate: Candidate, one_off: bool) -> list[str]:
    width = max(len(t) for t in search.teams)
    rows = []
    for cost in candidate.costs():
        if one_off:
            first = candidate.held[0]
            local = local_datetime(search.team_zone(cost.team), first.start)
            rows.append((cost.team, f"{local:%a %H:%M}", cost.levels[0][0].label))
            continue
        clocks = search.local_times(candidate, cost.team)
        when = clocks[0][0]
        if len(clocks) > 1:
            when = ", ".join(f"{clock} on {n}" for clock, n in clocks)
        pays = f"   (outside hours on {cost.awkward})" if cost.awkward else ""
        rows.append((cost.team, when, cost.summary() + pays))
    column = max(len(when) for _, when, _ in rows)
    return [f"      {team:<{width}}  {when:<{column}}   {level}" for team, when, level in rows]


def _failures(search: SlotSearch, occurrences: Sequence[SlotOccurrence]) -> str:
    who: dict[str, set[str]] = {}
    for o in occurrences:
        for team, comfort in zip(search.teams, o.comforts, strict=True):
            if not comfort.working:
                who.setdefault(team, set()).add(comfort.label)
    return ", ".join(f"{t} {'/'.join(sorted(labels))}" for t, labels in who.items())


def candidate_text(search: SlotSearch, candidate: Candidate, rank: int) -> list[str]:
    """A candidate as a few lines: start, score, fits, each team's local time, failures."""
    one_off = candidate.day is not None
    failing = candidate.failing
    when = f"{candidate.day:%a %Y-%m-%d} " if candidate.day else ""
    if one_off:
        fit = (
            "fits everyone"
            if candidate.fits_all
            else f"outside hours: {_failures(search, failing)}"
        )
    else:
        fit = f"fits {candidate.fits} of {candidate.held_count}"
    score = f"score {candidate.score:.1f}"
    lines = [f"{rank:>2}. {when}{candidate.start:%H:%M} {search.zone}   {score}   {fit}"]
    lines += _team_lines(search, candidate, one_off)
    if failing and not one_off:
        dates = (
            "every occurrence"
            if len(failing) == candidate.held_count
            else _dates([o.day for o in failing])
        )
        text = f"breaks on {len(failing)}: {dates} ({_failures(search, failing)})"
        lines += _wrap(text, indent="      ")
    skipped = candidate.skipped
    if skipped:
        reasons = "; ".join(o.skipped for o in skipped[:3]) + ("; ..." if len(skipped) > 3 else "")
        lines += _wrap(f"skipped {len(skipped)} for holidays: {reasons}", indent="      ")
    return lines


def _series_line(search: SlotSearch) -> str:
    days = search.series_days
    span = search.span
    if search.repeat is None:
        return f"One-off, any day from {span.first} to {span.last} ({span.zone})."
    what = format_repeat(search.repeat)
    what = what[0].upper() + what[1:]
    if not days:
        return f"{what}: no occurrence from {span.first} to {span.last}."
    return f"{what}: {len(days)} occurrences, {days[0]:%a %Y-%m-%d} to {days[-1]:%a %Y-%m-%d}."


def _title(search: SlotSearch) -> list[str]:
    host = search.teams[0]
    return [
        f"Slots for a {search.duration_minutes}-minute meeting of {', '.join(search.teams)}",
        f"Start times in {search.zone} ({host}'s zone), every 15 minutes.",
        _series_line(search),
        "",
    ]


def rotation_text(rotation: Rotation) -> list[str]:
    """A rotation: the two slots with who pays on each, the tallies, and the plan-file meetings."""
    search = rotation.search
    assert search.repeat is not None
    unit = {"daily": "day", "weekly": "week", "monthly": "month"}[search.repeat.freq]
    lines = [
        f"Fair rotation: alternate two start times {unit} by {unit}, so the awkward hour is shared:"
    ]
    for index, slot in enumerate(rotation.slots):
        half = rotation.half(index)
        held = [o for o in half if o.held]
        summary = Candidate.of(slot.start, None, search.teams, half)
        parts = []
        for cost in summary.costs():
            clock = (
                local_clock(held[0].start, search.team_zone(cost.team), held[0].day)
                if held
                else "-"
            )
            parts.append(f"{cost.team} {clock} {cost.summary() or '-'}")
        label = "AB"[index]
        lines.append(
            f"   {label}. {slot.start:%H:%M} {search.zone}, from {half[0].day:%a %Y-%m-%d}: {'; '.join(parts)}"
        )
    tally = ", ".join(f"{t.team} {t.awkward}" for t in rotation.tally)
    single = ", ".join(f"{t.team} {t.awkward}" for t in rotation.single_tally)
    lines.append(f"   Awkward meetings out of {rotation.held}: {tally}")
    lines.append(f"   (the best single start time, {rotation.single.start:%H:%M}, gives {single})")
    if not rotation.helps:
        lines.append(
            "   Alternating does not lower anyone's worst tally here: keep the single start time."
        )
        return lines
    lines.append("   As two meetings for the plan file (export-ics writes them as two series):")
    document = tomlkit.document()
    table = tomlkit.aot()
    for meeting in rotation.meetings():
        table.append(_toml_table(meeting))
    document.append("meeting", table)
    lines += [
        "      " + line if line else "" for line in tomlkit.dumps(document).strip().splitlines()
    ]
    return lines


def _toml_table(meeting: Meeting) -> Any:
    table = tomlkit.table()
    for key, value in encode_meeting(meeting).items():
        if isinstance(value, dict):
            inline = tomlkit.inline_table()
            inline.update(value)
            table[key] = inline
        else:
            table[key] = value
    return table


def search_text(search: SlotSearch, rotation: Rotation | None, top: int) -> str:
    """The ``suggest`` text report."""
    lines = _title(search)
    fitting = search.fitting
    if not search.candidates:
        lines.append(
            "Every occurrence in the range falls on someone's holiday: widen the range (--from/--to)."
            if search.series_days
            else "The meeting has no occurrence in the range: widen the range (--from/--to)."
        )
    elif fitting:
        shown = _limit(fitting, top)
        many = "start time keeps" if len(fitting) == 1 else "start times keep"
        lines.append(
            f"{len(fitting)} {many} everyone inside working hours on every occurrence. "
            + (f"The best {len(shown)}:" if len(shown) > 1 else "The best:")
        )
        lines.append("")
        for rank, candidate in enumerate(shown, 1):
            lines += candidate_text(search, candidate, rank)
    else:
        every = "on every occurrence" if search.repeat is not None else "on any day of the range"
        lines.append(f"No start time keeps everyone inside working hours {every}.")
        shown = _limit(search.candidates, top)
        lines.append("The least bad (the teams outside their hours pay the cost):")
        lines.append("")
        for rank, candidate in enumerate(shown, 1):
            lines += candidate_text(search, candidate, rank)
    if rotation is not None:
        lines += ["", *rotation_text(rotation)]
    lines += ["", *_wrap(LEGEND)]
    return "\n".join(lines) + "\n"


def kickoff_text(result: Kickoff, top: int) -> str:
    """The ``suggest --kickoff`` text report."""
    search = result.search
    host = search.teams[0]
    days = result.days
    lines = [
        f"Kickoff: a {search.duration_minutes}-minute one-off meeting of {', '.join(search.teams)}",
        f"within {host}'s next {len(days)} working days, {days[0]:%a %Y-%m-%d} to {days[-1]:%a %Y-%m-%d} "
        f"(times in {search.zone}).",
        "",
    ]
    if result.first is not None:
        lines.append("First good slot:")
        lines += candidate_text(search, result.first, 1)
        others = [c for c in result.per_day if c is not result.first]
        if others:
            lines += ["", "Best slot of the other days:"]
            for candidate in others:
                state = (
                    "fits everyone"
                    if candidate.fits_all
                    else f"outside hours: {_failures(search, candidate.failing)}"
                )
                lines.append(
                    f"   {candidate.day:%a %Y-%m-%d} {candidate.start:%H:%M}   score {candidate.score:5.1f}   {state}"
                )
    else:
        lines.append(
            f"No slot in {host}'s next {len(days)} working days keeps everyone inside working hours."
        )
        lines.append("The least bad (the teams outside their hours pay the cost):")
        lines.append("")
        for rank, candidate in enumerate(_limit(search.candidates, top), 1):
            lines += candidate_text(search, candidate, rank)
    lines += ["", *_wrap(LEGEND)]
    return "\n".join(lines) + "\n"
