"""Editing the plan: teams, roles and meetings from the panels, shifts dragged on the chart."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore

from ui.i18n import translate
from ui.window.shell import WindowShell

if TYPE_CHECKING:
    from ui.editors.meeting_editor import MeetingEditor


class Editing(WindowShell):
    """The editors of teams, roles and meetings (and the slot finder), removals, moves, drags."""

    def add_team(self) -> None:
        """Open the team editor for a new team."""
        self._team_editor(None)

    def edit_team(self, team_id: str) -> None:
        """Open the team editor on a team."""
        self._team_editor(team_id)

    def _team_editor(self, team_id: str | None) -> None:
        from ui.editors.team_editor import TeamEditor

        document = self.document
        if document is None:
            return
        team = document.plan.team(team_id) if team_id else None
        editor = TeamEditor(document.plan, team, self, now=self._now)

        def done() -> None:
            if editor.result_plan is not None and editor.result_team is not None:
                self.edit(editor.result_plan, editor.undo_text())
                self.teams_panel.select(editor.result_team.id)

        self._open_editor(editor, done)

    def remove_team(self, team_id: str) -> None:
        """Remove a team, with its roles and two-team meetings after confirming."""
        from planner.plan.edits import remove_team, team_dependents

        document = self.document
        if document is None:
            return
        plan = document.plan
        team = plan.team(team_id)
        dependents = team_dependents(plan, team_id)
        if not dependents.empty:
            lines = []
            if dependents.roles:
                lines.append(
                    translate("MainWindow", "roles removed: {names}").format(
                        names=", ".join(r.name for r in dependents.roles)
                    )
                )
            if dependents.meetings_dropped:
                lines.append(
                    translate("MainWindow", "meetings removed: {titles}").format(
                        titles=", ".join(m.title for m in dependents.meetings_dropped)
                    )
                )
            if dependents.meetings_shrunk:
                lines.append(
                    translate("MainWindow", "meetings without this team: {titles}").format(
                        titles=", ".join(m.title for m in dependents.meetings_shrunk)
                    )
                )
            text = translate(
                "MainWindow", 'Remove "{name}"? This also changes the plan:\n\n{changes}'
            ).format(name=team.name, changes="\n".join(lines))
            if not self.dialogs.confirm(
                translate("MainWindow", "Remove team"), text, translate("MainWindow", "Remove")
            ):
                return
        self.edit(
            remove_team(plan, team_id),
            translate("MainWindow", 'Remove team "{name}"').format(name=team.name),
        )

    def move_team(self, team_id: str, offset: int) -> None:
        """Move a team up or down in the chart."""
        from dataclasses import replace

        from planner.plan.edits import move_item

        document = self.document
        if document is None:
            return
        plan = document.plan
        teams = move_item(plan.teams, team_id, offset)
        if self.edit(
            replace(plan, teams=teams),
            translate("MainWindow", 'Move team "{name}"').format(name=plan.team(team_id).name),
        ):
            self.teams_panel.select(team_id)

    def add_role(self) -> None:
        """Open the role editor for a new role."""
        self._role_editor(None)

    def edit_role(self, role_id: str) -> None:
        """Open the role editor on a role."""
        self._role_editor(role_id)

    def _role_editor(self, role_id: str | None) -> None:
        from ui.editors.role_editor import RoleEditor

        document = self.document
        if document is None:
            return
        role = document.plan.role(role_id) if role_id else None
        editor = RoleEditor(document.plan, role, self)

        def done() -> None:
            if editor.result_plan is not None and editor.result_role is not None:
                self.edit(editor.result_plan, editor.undo_text())
                self.roles_panel.select(editor.result_role.id)

        self._open_editor(editor, done)

    def remove_role(self, role_id: str) -> None:
        """Remove a role."""
        from planner.plan.edits import remove_role

        document = self.document
        if document is not None:
            role = document.plan.role(role_id)
            self.edit(
                remove_role(document.plan, role_id),
                translate("MainWindow", 'Remove role "{name}"').format(name=role.name),
            )

    def apply_suggestion(self, role_id: str) -> None:
        """Give a real-time role's vendor the suggested hours (checked over a year)."""
        from planner.plan.edits import set_team_hours

        document = self.document
        if document is None or self.analysis is None:
            return
        suggestion = self.roles_panel.suggestion(role_id)
        if suggestion is None or suggestion.hours is None:
            return
        vendor = document.plan.team(suggestion.role.vendor)
        plan = set_team_hours(document.plan, vendor.id, suggestion.hours)
        self.edit(
            plan,
            translate("MainWindow", "Apply suggested hours to {name}").format(name=vendor.name),
        )

    def edit_demand(self, role_id: str) -> None:
        """Open the contact demand and roster dialog of a real-time role."""
        from planner.schedule.range import Range
        from ui.editors.demand_editor import DemandDialog

        document = self.document
        if document is None:
            return
        year = self._day.year
        span = Range.of_days(self.reference_zone(), date(year, 1, 1), date(year, 12, 31))
        folder = document.path.parent if document.path is not None else None
        dialog = DemandDialog(document.plan, role_id, span, folder, self.dialogs, self)

        def done() -> None:
            if dialog.result_plan is not None:
                self.edit(dialog.result_plan, dialog.undo_text())
                self.roles_panel.select(role_id)

        self._open_editor(dialog, done)

    def add_meeting(self) -> None:
        """Open the meeting editor for a new meeting."""
        self._meeting_editor(None)

    def edit_meeting(self, meeting_id: str) -> None:
        """Open the meeting editor on a meeting."""
        self._meeting_editor(meeting_id)

    def _meeting_editor(self, meeting_id: str | None, template: Any = None) -> MeetingEditor | None:
        from ui.editors.meeting_editor import MeetingEditor

        document = self.document
        if document is None:
            return None
        meeting = document.plan.meeting(meeting_id) if meeting_id else None
        editor = MeetingEditor(
            document.plan,
            meeting,
            self,
            clock24=self._clock24,
            today=self._day,
            choose_zone=self.ask_zone,
            now=self._now,
        )
        if template is not None:
            editor.load_template(template)
        editor.enable_slot_finder(self.open_slot_finder)

        def done() -> None:
            if editor.result_plan is not None and editor.result_meeting is not None:
                self.edit(editor.result_plan, editor.undo_text())
                self.meetings_panel.select(editor.result_meeting.id)

        self._open_editor(editor, done)
        return editor

    def open_slot_finder(self, editor: MeetingEditor) -> None:
        """Rank start times for the meeting being edited; the choice goes back to the editor."""
        from ui.editors.slot_finder import SlotFinderDialog

        if self.document is None:
            return
        teams = editor.checked_teams()
        dialog = SlotFinderDialog(
            self.document.plan,
            editor,
            teams=teams if len(teams) >= 2 else (),
            duration=editor.duration.value(),
            repeat=editor.current_repeat(),
            today=self._day,
            clock24=self._clock24,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.slot_finder = dialog

        def done() -> None:
            choice = dialog.chosen()
            if choice is not None:
                editor.apply_slot(
                    choice.zone,
                    choice.start_date,
                    choice.start_time,
                    choice.teams,
                    choice.duration_minutes,
                    choice.repeat,
                    choice.rotation,
                )

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: setattr(self, "slot_finder", None))
        dialog.open()

    def duplicate_meeting(self, meeting_id: str) -> None:
        """Open the meeting editor on a copy of a meeting."""
        document = self.document
        if document is not None:
            self._meeting_editor(None, template=document.plan.meeting(meeting_id))

    def remove_meeting(self, meeting_id: str) -> None:
        """Remove a meeting."""
        from planner.plan.edits import remove_meeting

        document = self.document
        if document is not None:
            meeting = document.plan.meeting(meeting_id)
            self.edit(
                remove_meeting(document.plan, meeting_id),
                translate("MainWindow", 'Remove meeting "{title}"').format(title=meeting.title),
            )

    def edit_properties(self) -> None:
        """Edit the plan's title and reference zone."""
        document = self.document
        if document is None:
            return
        from ui.window.properties import PropertiesDialog

        dialog = PropertiesDialog(document.plan, self, self.ask_zone)

        def done() -> None:
            if dialog.result_plan is not None:
                self.edit(dialog.result_plan, translate("MainWindow", "Edit plan properties"))

        self._open_editor(dialog, done)
