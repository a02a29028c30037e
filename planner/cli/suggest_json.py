"""The ``suggest --json`` document: candidates, the fair rotation, the kickoff slot (cli.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from planner.meetings.candidates import Candidate
from planner.meetings.requests import repeat_text
from planner.meetings.slots import SlotSearch
from planner.plan.meeting import Meeting
from planner.time.intervals import format_instant
from planner.time.local import local_clock, local_datetime

if TYPE_CHECKING:  # the verb imports these modules only for --kickoff and a rotation
    from planner.meetings.kickoff import Kickoff
    from planner.meetings.rotation import Rotation


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


def top_candidates(items: Sequence[Candidate], top: int) -> Sequence[Candidate]:
    """The first top candidates (all of them when top is 0)."""
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
        "meetings": [_encode(m) for m in meetings],
    }


def search_json(search: SlotSearch, rotation: Rotation | None, top: int) -> dict[str, Any]:
    """The ``suggest --json`` document."""
    document = _header_json(search)
    document["occurrences"] = len(search.series_days) if search.repeat is not None else None
    document["fits_everyone"] = search.fits_everyone
    document["candidates"] = [
        candidate_json(search, c) for c in top_candidates(search.candidates, top)
    ]
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
    document["candidates"] = [
        candidate_json(search, c) for c in top_candidates(search.candidates, top)
    ]
    return document


def _encode(meeting: Meeting) -> dict[str, Any]:
    from planner.plan.writing import encode_meeting  # it loads the TOML writer: only here

    return encode_meeting(meeting)
