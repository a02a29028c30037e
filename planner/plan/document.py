"""The plan file's format: its keys, and a loaded plan with the TOML document it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.plan.model import Plan

if TYPE_CHECKING:
    import tomlkit

FORMAT = 1
TOP_KEYS = ("format", "title", "display_zone", "team", "role", "meeting")
TEAM_KEYS = (
    "id",
    "name",
    "side",
    "zone",
    "hours",
    "holidays",
    "days_off",
    "city",
    "exceptions",
    "agents",
)
ROLE_KEYS = (
    "id",
    "name",
    "kind",
    "client",
    "vendor",
    "min_coverage_percent",
    "min_overlap_minutes",
    "max_reply_hours",
    "reply_within_hours",
    "demand",
)
MEETING_KEYS = (
    "id",
    "title",
    "teams",
    "duration_minutes",
    "zone",
    "start",
    "repeat",
    "skip_holidays",
    "description",
    "location",
    "url",
    "reminder_minutes",
    "moved",
)
REPEAT_KEYS = ("freq", "interval", "byday", "until", "count")


SECTIONS = {"team": TEAM_KEYS, "role": ROLE_KEYS, "meeting": MEETING_KEYS}


@dataclass(frozen=True, slots=True)
class PlanDocument:
    """A loaded plan with the text it came from, for saves that keep comments.

    The plan is read with the standard library's fast parser. A save edits :attr:`text`
    entry by entry (``planner.plan.splice``); the comment-keeping document of the whole
    text (tomlkit, slow on large files) is made only for a text that cannot be cut so.

    Attributes:
        plan: the validated plan.
        text: the plan file's text as read (or as last saved).
        path: the file, or None for a new plan never saved.
        warnings: non-fatal findings (unknown keys, missing holiday data), as
            ``file:line: ...`` lines.
    """

    plan: Plan
    text: str = field(compare=False, repr=False)
    path: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def document(self) -> tomlkit.TOMLDocument:
        """A new, editable TOML document of :attr:`text`, comments and key order kept.

        Values the reader spelled anew are written as the plan holds them: holidays
        ``"us-ny"`` becomes ``"US-NY"``, as the ``holidays`` package spells it. A text that
        tomlkit cannot read (it and the standard library disagree on a few rare forms)
        gives an empty document: a save then writes every value afresh.
        """
        import tomlkit  # only a save needs it: commands that read a plan never pay for it
        import tomlkit.exceptions

        from planner.plan.toml_edit import respell_holidays

        try:
            document = tomlkit.parse(self.text)
        except tomlkit.exceptions.TOMLKitError:
            return tomlkit.document()
        teams = {team.id: team for team in self.plan.teams}
        tables = document.get("team")
        for table in tables if isinstance(tables, list) else ():
            team = teams.get(table.get("id")) if isinstance(table.get("id"), str) else None
            if team is not None:
                respell_holidays(table, team.holidays)
        return document
