"""Navigation: view, date, reference zone and clock; the chart follows the panels' selection."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from ui.i18n import translate
from ui.window.shell import WindowShell


class Navigation(WindowShell):
    """The View menu and the toolbar: day/week/year, previous/next/today, zone, 12/24-hour clock."""

    def set_view(self, view: str) -> None:
        """Show the day, week or year view."""
        if view == self._view:
            return
        self._view = view
        self.view_actions[view].setChecked(True)
        self.settings.set_view(view)
        if self.chart is not None:
            self.chart.set_view(view)

    def set_date(self, day: date) -> None:
        """Show ``day`` (and the week or year around it)."""
        if day == self._day:
            return
        old = self._day
        self._day = day
        if self.date_edit.date().toPython() != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        if self.chart is not None:
            self.chart.set_date(day)
        if self._started and self._range_key(old) != self._range_key(day):
            self.recompute()

    def _range_key(self, day: date) -> tuple[int, ...]:
        kind = self.roles_panel.range_kind()
        if kind == "year":
            return (day.year,)
        if kind == "month":
            return (day.year, day.month)
        return tuple((day - timedelta(days=day.weekday())).isocalendar()[:2])

    def _step(self, sign: int) -> None:
        day = self._day
        if self._view == "day":
            self.set_date(day + timedelta(days=sign))
        elif self._view == "week":
            self.set_date(day + timedelta(days=7 * sign))
        else:
            try:
                self.set_date(day.replace(year=day.year + sign))
            except ValueError:
                self.set_date(day.replace(year=day.year + sign, day=28))

    def go_previous(self) -> None:
        """The previous day, week or year."""
        self._step(-1)

    def go_next(self) -> None:
        """The next day, week or year."""
        self._step(1)

    def go_today(self) -> None:
        """Show today (in the reference zone)."""
        from planner.time.zones import load_zone

        self.set_date(self._now().astimezone(load_zone(self.reference_zone())).date())

    def focus_date(self) -> None:
        """Put the keyboard in the date field."""
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _show_day(self, day: date) -> None:
        self.set_date(day)

    def _on_chart_date(self, day: date) -> None:
        self.set_date(day)

    def _on_chart_view(self, view: str) -> None:
        self._view = view
        self.view_actions[view].setChecked(True)
        self.settings.set_view(view)

    def set_clock24(self, on: bool) -> None:
        """Show times on a 24-hour (True) or 12-hour clock."""
        self._clock24 = on
        self.settings.set_clock24(on)
        if self.clock_action.isChecked() != on:
            self.clock_action.setChecked(on)
        if self.chart is not None:
            self.chart.set_clock24(on)
        if self.document is not None:
            self._apply_plan(self.document.plan)

    def set_reference_zone(self, zone: str | None) -> None:
        """Draw the chart in ``zone`` (None: the plan's own reference zone); remembered per file."""
        document = self.document
        self._zone_choice = zone
        path = str(document.path) if document and document.path else None
        self.settings.set_reference_zone(path, zone)
        if document is not None:
            self._apply_plan(document.plan)

    def _fill_zone_menu(self) -> None:
        menu = self.zone_menu
        menu.clear()
        document = self.document
        if document is None:
            return
        plan = document.plan
        current = self.reference_zone()
        own = menu.addAction(
            translate("MainWindow", "Plan's zone ({reference_zone})").format(
                reference_zone=plan.reference_zone
            )
        )
        own.setCheckable(True)
        own.setChecked(self._zone_choice in (None, plan.reference_zone))
        own.triggered.connect(lambda _checked=False: self.set_reference_zone(None))
        menu.addSeparator()
        zones: list[str] = []
        for team in plan.teams:
            if team.zone not in zones:
                zones.append(team.zone)
        if "UTC" not in zones:
            zones.append("UTC")
        for zone in zones:
            names = ", ".join(t.name for t in plan.teams if t.zone == zone)
            action = menu.addAction(f"{zone}" + (f" ({names})" if names else ""))
            action.setCheckable(True)
            action.setChecked(
                zone == current and self._zone_choice not in (None, plan.reference_zone)
            )
            action.triggered.connect(lambda _checked=False, z=zone: self.set_reference_zone(z))
        menu.addSeparator()
        menu.addAction(self.zone_action)

    def choose_zone_dialog(self) -> None:
        """Search any zone for the chart."""
        zone = self.ask_zone(self.reference_zone())
        if zone:
            self.set_reference_zone(zone)

    def _on_team_selected(self, team_id: str | None) -> None:
        if self.chart is None or self.document is None:
            return
        if team_id is None:
            self.chart.set_selected_pair(None, None)
            return
        team = self.document.plan.team(team_id)
        if team.side == "client":
            self.chart.set_selected_pair(team.id, None)
        else:
            self.chart.set_selected_pair(None, team.id)

    def _on_role_selected(self, role_id: str | None) -> None:
        if self.chart is not None:
            self.chart.set_highlighted_role(role_id)
