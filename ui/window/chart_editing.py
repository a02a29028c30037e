"""Editing on the chart: shift edges, one-day exceptions, new meetings dragged out, meetings moved.

Every edit is one undo step with a text that says what changed; the status bar says it too,
so a drag that changes every Monday never does so silently.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ui.window.editing import Editing

if TYPE_CHECKING:
    from planner.plan.hours import Shift
    from planner.plan.model import Plan

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SCOPES = (("ask", "Ask Each Time"), ("week", "Every Such Weekday"), ("date", "Only That Date"))


def _day_text(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def parse_shifts(text: str) -> tuple[Shift, ...]:
    """Shifts typed as ``09:00-13:00, 14:00-18:00`` ("" or "off": none); PlannerError if bad."""
    from planner.plan.hours import Shift

    cleaned = text.replace(";", ",").replace(" ", ",")
    parts = [p for p in cleaned.split(",") if p.strip()]
    if len(parts) == 1 and parts[0].strip().lower() in ("off", "none"):
        return ()
    return tuple(Shift.parse(p.strip()) for p in parts)


class ChartEditing(Editing):
    """The chart's edits: edge drags, exceptions, meetings created and moved on the chart."""

    def drag_scope(self) -> str | None:
        """What dragging a shift edge changes: "week", "date", or None (ask)."""
        return self.settings.drag_scope()

    def set_drag_scope(self, scope: str | None) -> None:
        """Remember what dragging a shift edge changes (None: ask next time)."""
        self.settings.set_drag_scope(scope)
        if self.chart is not None:
            self.chart.set_edge_scope(scope)
        action = self.scope_actions.get(scope or "ask")
        if action is not None and not action.isChecked():
            action.setChecked(True)

    def on_shift_edited(
        self,
        team_id: str,
        weekday: int,
        old: Shift | None,
        new: Shift | None,
        day: date | None = None,
    ) -> None:
        """A shift edge dragged on the chart: the week's shift or that date's, as one undo step."""
        from planner.errors import PlannerError
        from planner.plan.edits import edit_shift, set_team_hours

        document = self.document
        if document is None:
            return
        plan = document.plan
        team = plan.team(team_id)
        scope = "date" if day is not None and day in team.exceptions else self.drag_scope()
        if scope is None and day is not None:
            answer = self.dialogs.choose(
                "Change the shift",
                f"Change {team.name}'s shift on every {WEEKDAYS[weekday]} (the weekly hours), "
                f"or only on {_day_text(day)}?\n\nThe choice is remembered; change it in "
                "Edit > Dragging a Shift Edge Changes.",
                [f"Every {WEEKDAYS[weekday]}", f"Only {_day_text(day)}"],
            )
            if answer is None:
                self._apply_plan(plan)
                return
            scope = ("week", "date")[answer]
            self.set_drag_scope(scope)
        try:
            if scope == "date" and day is not None and old is not None and new is not None:
                from planner.chart.drag import with_shift_on

                edited = with_shift_on(plan, team_id, day, old, new)
                text = f"Change {team.name}'s shift on {_day_text(day)} only to {new}"
            else:
                hours = edit_shift(team.hours, weekday, old, new)
                edited = set_team_hours(plan, team_id, hours)
                text = f"Change {team.name}'s shift on every {WEEKDAYS[weekday]} to {new}"
        except PlannerError as exc:
            self.statusBar().showMessage(f"Shift not changed: {exc}", 6000)
            self._apply_plan(plan)
            return
        if self.edit(edited, text):
            self.statusBar().showMessage(f"{text} (Edit > Undo takes it back)", 8000)
        else:
            self._apply_plan(plan)

    def on_exception_requested(
        self, team_id: str, day: date, shifts: tuple[Shift, ...] | None
    ) -> None:
        """Change one date of a team's hours (``None``: back to the weekly hours)."""
        from planner.errors import PlannerError
        from planner.plan.edits import set_exception

        document = self.document
        if document is None:
            return
        team = document.plan.team(team_id)
        try:
            edited = set_exception(document.plan, team_id, day, shifts)
        except PlannerError as exc:
            self.dialogs.error("Cannot change the hours", str(exc))
            return
        if shifts is None:
            text = f"Put {team.name}'s {_day_text(day)} back to the weekly hours"
        elif not shifts:
            text = f"Give {team.name} {_day_text(day)} off"
        else:
            text = f"Set {team.name}'s hours on {_day_text(day)} only to " + ", ".join(
                str(s) for s in shifts
            )
        if self.edit(edited, text):
            self.statusBar().showMessage(text, 6000)

    def on_exception_edit_requested(self, team_id: str, day: date) -> None:
        """Ask for one date's hours and set them."""
        from planner.errors import PlannerError
        from planner.schedule.working_time import day_shifts

        document = self.document
        if document is None:
            return
        team = document.plan.team(team_id)
        current = ", ".join(str(s) for s in day_shifts(team, day))
        answer = self.dialogs.ask_text(
            f"{team.name}: hours on {_day_text(day)}",
            f"Shifts on {_day_text(day)} only, local time in {team.zone} (e.g. 09:00-13:00, "
            "14:00-18:00; empty for a day off):",
            current,
        )
        if answer is None:
            return
        try:
            shifts = parse_shifts(answer)
        except PlannerError as exc:
            self.dialogs.error("Cannot change the hours", str(exc))
            return
        self.on_exception_requested(team_id, day, shifts)

    def on_meeting_requested(self, team_ids: tuple[str, ...], start: int, end: int) -> None:
        """Time dragged out on the chart: the meeting editor, filled in with it."""
        from planner.time.local import local_datetime

        document = self.document
        if document is None:
            return
        zone = self.reference_zone()
        local = local_datetime(zone, start)
        minutes = max(15, min(24 * 60, (end - start) // 60))
        editor = self._meeting_editor(None)
        if editor is None:
            return
        editor.apply_slot(
            "" if zone == document.plan.reference_zone else zone,
            local.date(),
            local.time().replace(second=0, microsecond=0, tzinfo=None),
            tuple(team_ids),
            minutes,
            None,
        )

    def on_meeting_moved(self, meeting_id: str, series_day: date, seconds: int) -> None:
        """A meeting band dragged: this occurrence or the whole series, as one undo step."""
        from planner.errors import PlannerError
        from planner.plan.edits import move_occurrence, move_series

        document = self.document
        if document is None:
            return
        plan = document.plan
        meeting = plan.meeting(meeting_id)
        before, after = self._moved_walls(plan, meeting_id, series_day, seconds)
        whole = meeting.repeat is None
        if not whole:
            answer = self.dialogs.choose(
                "Move meeting",
                f"Move only the occurrence of {_day_text(series_day)} of \u201c{meeting.title}\u201d "
                f"to {after:%a %H:%M}, or the whole series?",
                ["Only This Occurrence", "The Whole Series"],
            )
            if answer is None:
                self._apply_plan(plan)
                return
            whole = answer == 1
        try:
            if whole:
                edited = move_series(plan, meeting_id, after - before)
                text = f"Move \u201c{meeting.title}\u201d to start {_shift_text(after - before)}"
            else:
                edited = move_occurrence(plan, meeting_id, series_day, after)
                text = (
                    f"Move the {_day_text(series_day)} occurrence of \u201c{meeting.title}\u201d "
                    f"to {after:%a %d %b %H:%M}"
                )
        except PlannerError as exc:
            self.dialogs.error("Cannot move the meeting", str(exc))
            self._apply_plan(plan)
            return
        if self.edit(edited, text):
            self.statusBar().showMessage(text, 6000)

    def on_occurrence_reset(self, meeting_id: str, series_day: date) -> None:
        """Put a moved occurrence back at its time in the series."""
        from planner.plan.edits import move_occurrence
        from planner.plan.recurrence import wall_starts

        document = self.document
        if document is None:
            return
        meeting = document.plan.meeting(meeting_id)
        original = next(wall_starts(meeting, series_day, series_day), None)
        if original is not None:
            edited = move_occurrence(document.plan, meeting_id, series_day, original)
            self.edit(edited, f"Move the {_day_text(series_day)} \u201c{meeting.title}\u201d back")

    def _moved_walls(
        self, plan: Plan, meeting_id: str, series_day: date, seconds: int
    ) -> tuple[datetime, datetime]:
        """The occurrence's wall start (meeting zone) now, and ``seconds`` later."""
        from planner.plan.recurrence import wall_starts
        from planner.time.local import local_datetime
        from planner.time.zones import load_zone

        meeting = plan.meeting(meeting_id)
        zone = plan.meeting_zone(meeting)
        move = meeting.moved_on(series_day)
        before = (
            move.start
            if move is not None
            else next(wall_starts(meeting, series_day, series_day), None)
            or datetime.combine(meeting.start_date, meeting.start_time)
        )
        start = int(before.replace(tzinfo=load_zone(zone)).timestamp()) + seconds
        after = local_datetime(zone, start).replace(tzinfo=None)
        return before, after


def _shift_text(delta: timedelta) -> str:
    """``1 h 30 min later``, ``2 days earlier``."""
    minutes = int(delta.total_seconds() // 60)
    way = "later" if minutes >= 0 else "earlier"
    minutes = abs(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
    parts += [f"{hours} h"] if hours else []
    parts += [f"{mins} min"] if mins else []
    return f"{' '.join(parts) or '0 min'} {way}"
