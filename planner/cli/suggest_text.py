"""The ``suggest`` text report: ranked slots with who pays, the fair rotation, the kickoff slot."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.cli.suggest_json import top_candidates
from planner.meetings.candidates import Candidate, SlotOccurrence
from planner.meetings.comfort import EARLY_LATE_MARGIN_MINUTES
from planner.meetings.requests import format_repeat
from planner.meetings.slots import SlotSearch
from planner.plan.meeting import Meeting
from planner.time.local import local_clock, local_datetime

if TYPE_CHECKING:  # the verb imports these modules only for --kickoff and a rotation
    from planner.meetings.kickoff import Kickoff
    from planner.meetings.rotation import Rotation

_SHOWN_DATES = 6


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
    import tomlkit  # the comment-keeping TOML writer, only for a rotation to show

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
    import tomlkit

    from planner.plan.writing import encode_meeting

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
        shown = top_candidates(fitting, top)
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
        shown = top_candidates(search.candidates, top)
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
        for rank, candidate in enumerate(top_candidates(search.candidates, top), 1):
            lines += candidate_text(search, candidate, rank)
    lines += ["", *_wrap(LEGEND)]
    return "\n".join(lines) + "\n"
