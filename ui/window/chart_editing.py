"""Editing on the chart: shift edges, one-day exceptions, new meetings dragged out, meetings moved.

Every edit is one undo step with a text that says what changed; the status bar says it too,
so a drag that changes every Monday never does so silently.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ui.i18n import translate
from ui.window.editing import Editing

if TYPE_CHECKING:
    from planner.plan.hours import Shift
    from planner.plan.model import Plan

SCOPES = ("ask", "week", "date")


def scope_text(scope: str) -> str:
    """The menu text of what dragging a shift's edge changes."""
    return {
        "ask": translate("MainWindow", "Ask Each Time"),
        "week": translate("MainWindow", "Every Such Weekday"),
        "date": translate("MainWindow", "Only That Date"),
    }[scope]


def _day_text(day: date) -> str:
    from ui.i18n.formats import day_text

    return day_text(day)


def _weekday(index: int) -> str:
    from ui.i18n.formats import weekday_name

    return weekday_name(index)


def _moment_text(moment: datetime, with_date: bool) -> str:
    """``Tue 21:30`` or ``Tue 9 Mar 21:30``: a meeting's new local start."""
    from ui.i18n.formats import short_day, time_of, wall_time

    if not with_date:
        return time_of(moment, True)
    return f"{short_day(moment.date())} {wall_time(moment.hour * 60 + moment.minute, True)}"


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
                translate("MainWindow", "Change the shift"),
                translate(
                    "MainWindow",
                    "Change {name}'s shift on every {weekday} (the weekly hours), or only on "
                    "{date}?\n\nThe choice is remembered; change it in Edit > Dragging a Shift "
                    "Edge Changes.",
                ).format(name=team.name, weekday=_weekday(weekday), date=_day_text(day)),
                [
                    translate("MainWindow", "Every {weekday}").format(weekday=_weekday(weekday)),
                    translate("MainWindow", "Only {date}").format(date=_day_text(day)),
                ],
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
                text = translate(
                    "MainWindow", "Change {name}'s shift on {date} only to {shift}"
                ).format(name=team.name, date=_day_text(day), shift=new)
            else:
                hours = edit_shift(team.hours, weekday, old, new)
                edited = set_team_hours(plan, team_id, hours)
                text = translate(
                    "MainWindow", "Change {name}'s shift on every {weekday} to {shift}"
                ).format(name=team.name, weekday=_weekday(weekday), shift=new)
        except PlannerError as exc:
            from ui.i18n.domain import domain_text

            self.statusBar().showMessage(
                translate("MainWindow", "Shift not changed: {exc}").format(exc=domain_text(exc)),
                6000,
            )
            self._apply_plan(plan)
            return
        if self.edit(edited, text):
            self.statusBar().showMessage(
                translate("MainWindow", "{text} (Edit > Undo takes it back)").format(text=text),
                8000,
            )
            self._announce(text)
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
            self.dialogs.error(translate("MainWindow", "Cannot change the hours"), str(exc))
            return
        if shifts is None:
            text = translate("MainWindow", "Put {name}'s {date} back to the weekly hours").format(
                name=team.name, date=_day_text(day)
            )
        elif not shifts:
            text = translate("MainWindow", "Give {name} {date} off").format(
                name=team.name, date=_day_text(day)
            )
        else:
            text = translate("MainWindow", "Set {name}'s hours on {date} only to {shifts}").format(
                name=team.name, date=_day_text(day), shifts=", ".join(str(s) for s in shifts)
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
            translate("MainWindow", "{name}: hours on {date}").format(
                name=team.name, date=_day_text(day)
            ),
            translate(
                "MainWindow",
                "Shifts on {date} only, local time in {zone} (e.g. 09:00-13:00, "
                "14:00-18:00; empty for a day off):",
            ).format(date=_day_text(day), zone=team.zone),
            current,
        )
        if answer is None:
            return
        try:
            shifts = parse_shifts(answer)
        except PlannerError as exc:
            self.dialogs.error(translate("MainWindow", "Cannot change the hours"), str(exc))
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
                translate("MainWindow", "Move meeting"),
                translate(
                    "MainWindow",
                    "Move only the occurrence of {date} of \u201c{title}\u201d to {time}, or the "
                    "whole series?",
                ).format(
                    date=_day_text(series_day), title=meeting.title, time=_moment_text(after, False)
                ),
                [
                    translate("MainWindow", "Only This Occurrence"),
                    translate("MainWindow", "The Whole Series"),
                ],
            )
            if answer is None:
                self._apply_plan(plan)
                return
            whole = answer == 1
        try:
            if whole:
                edited = move_series(plan, meeting_id, after - before)
                text = translate("MainWindow", "Move \u201c{title}\u201d to start {change}").format(
                    title=meeting.title, change=_shift_text(after - before)
                )
            else:
                edited = move_occurrence(plan, meeting_id, series_day, after)
                text = translate(
                    "MainWindow", "Move the {date} occurrence of \u201c{title}\u201d to {time}"
                ).format(
                    date=_day_text(series_day), title=meeting.title, time=_moment_text(after, True)
                )
        except PlannerError as exc:
            self.dialogs.error(translate("MainWindow", "Cannot move the meeting"), str(exc))
            self._apply_plan(plan)
            return
        if self.edit(edited, text):
            self.statusBar().showMessage(text, 6000)
            self._announce(text)

    def _announce(self, text: str) -> None:
        """Screen readers say what a drag or a key changed (the status bar shows it)."""
        if self.chart is not None:
            self.chart.keys.announce_text(text)

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
            text = translate("MainWindow", "Move the {date} \u201c{title}\u201d back").format(
                date=_day_text(series_day), title=meeting.title
            )
            self.edit(edited, text)

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
    from ui.i18n.formats import duration

    days, rest = divmod(abs(minutes), 24 * 60)
    parts = [translate("MainWindow", "%n day(s)", "", days)] if days else []
    parts += [duration(rest)] if rest or not days else []
    if minutes >= 0:
        return translate("MainWindow", "{amount} later").format(amount=" ".join(parts))
    return translate("MainWindow", "{amount} earlier").format(amount=" ".join(parts))
