"""The plans the calendar clients judge, what the planner says each must show, and the diff."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

from planner.analysis.overlap import analyze
from planner.calendar.events import event_uid
from planner.calendar.ical import export_calendar
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from tests.calendar_clients.clients import (
    Job,
    Outcome,
    Times,
    clients,
    compile_zones,
    rename_zones,
)

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2027, 1, 1, tzinfo=UTC)  # open-ended series: holidays through 2028-12-31
IDENTITY = "calendar clients"
SPAN = Range.of_days("UTC", date(2026, 1, 1), date(2028, 12, 31))
VARIANTS = ("iana", "made-up")


def _examples() -> dict[str, Path]:
    folder = resources.files("resources.examples")
    return {
        f"example-{entry.name.removesuffix('.toml')}": Path(str(entry))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


PLAN_FILES = {
    **{path.stem: path for path in sorted(FIXTURES.glob("*.toml"))},
    **dict(sorted(_examples().items())),
}


@functools.cache
def plan(name: str) -> Plan:
    return load_plan(str(PLAN_FILES[name])).plan


@functools.cache
def exported(name: str) -> str:
    return export_calendar(plan(name), identity=IDENTITY, now=NOW)


def expected(name: str) -> dict[str, Times]:
    """Meeting id -> (start, end) of the occurrences ``analyze`` lists as not skipped."""
    return {
        report.meeting_id: [(o.start, o.end) for o in report.occurrences if not o.skipped]
        for report in analyze(plan(name), SPAN).meetings
    }


@functools.cache
def jobs() -> tuple[Job, ...]:
    found = []
    for name in PLAN_FILES:
        text = exported(name)
        for variant in VARIANTS:
            shown = text if variant == "iana" else rename_zones(text)
            found.append(Job(f"{name}/{variant}", shown, SPAN.start, SPAN.end))
    return tuple(found)


def zones() -> set[str]:
    return {plan(n).meeting_zone(m) for n in PLAN_FILES for m in plan(n).meetings}


@functools.cache
def _compiled(folder: Path) -> Path:
    return compile_zones(folder)


class Expansions:
    """Each client's outcomes for every job, computed on first use: one run per client.

    ``folder`` (empty) receives the compiled tz database the first time a client needs it.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._runners = clients(lambda: self.zone_folder)
        self._done: dict[str, Mapping[str, Outcome]] = {}

    @property
    def zone_folder(self) -> Path:
        """The planner's tz database compiled for the clients that read zones by name."""
        return _compiled(self._folder)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._runners)

    def outcome(self, name: str, variant: str, client: str) -> Outcome:
        if client not in self._done:
            self._done[client] = self._runners[client](jobs())
        return self._done[client][f"{name}/{variant}"]


def _iso(moment: int) -> str:
    return f"{datetime.fromtimestamp(moment, UTC):%Y-%m-%dT%H:%MZ}"


def _span(times: tuple[int, int] | None) -> str | None:
    return None if times is None else f"{_iso(times[0])}/{_iso(times[1])}"


Difference = dict[str, list[tuple[str | None, str | None]]]


def differences(name: str, outcome: Outcome) -> Difference:
    """Meeting id -> (occurrence the planner lists, what the client shows instead).

    ``(planned, None)``: the client does not show it; ``(None, shown)``: the client shows
    one the planner does not; a refused file is ``{"error": [(None, message)]}``.
    A planned occurrence is paired with the nearest one the client shows within a day.
    """
    if outcome.error:
        return {"error": [(None, outcome.error)]}
    uids = {event_uid(IDENTITY, m.id): m.id for m in plan(name).meetings}
    unknown = set(outcome.events) - set(uids)
    if unknown:
        return {"unknown UIDs": [(None, uid) for uid in sorted(unknown)]}
    got = {uids[uid]: times for uid, times in outcome.events.items()}
    result: Difference = {}
    for meeting, want in expected(name).items():
        shown = list(got.get(meeting, []))
        missing = []
        for times in want:
            if times in shown:
                shown.remove(times)
            else:
                missing.append(times)
        if not missing and not shown:
            continue
        pairs: list[tuple[tuple[int, int] | None, tuple[int, int] | None]] = []
        for times in missing:
            near = [t for t in shown if abs(t[0] - times[0]) < 86400]
            match = min(near, key=lambda t: abs(t[0] - times[0]), default=None)
            if match is not None:
                shown.remove(match)
            pairs.append((times, match))
        pairs += [(None, t) for t in shown]
        pairs.sort(key=lambda pair: min(t[0] for t in pair if t is not None))
        result[meeting] = [(_span(a), _span(b)) for a, b in pairs]
    return result
