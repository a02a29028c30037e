"""The plan file's format: its keys, and a loaded plan with the TOML document it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
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
    """A loaded plan with the document it came from, for saves that keep comments.

    Attributes:
        plan: the validated plan.
        source: the TOML document as read (or as last saved), or the text it is parsed
            from when first needed (:attr:`document`): commands that only read a plan
            never pay for the comment-keeping parser.
        path: the file, or None for a new plan never saved.
        warnings: non-fatal findings (unknown keys), as ``file:line: ...`` lines.
    """

    plan: Plan
    source: tomlkit.TOMLDocument | str = field(compare=False, repr=False)
    path: Path | None = None
    warnings: tuple[str, ...] = ()

    @property
    def document(self) -> tomlkit.TOMLDocument:
        """The TOML document as read (or as last saved), with its comments and layout."""
        if isinstance(self.source, str):
            import tomlkit

            object.__setattr__(self, "source", tomlkit.parse(self.source))
        assert not isinstance(self.source, str)
        return self.source
