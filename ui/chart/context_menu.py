"""The chart's context menu: on a meeting, on a team's shift or day, and on an empty slot.

On a meeting: edit it, copy its times, put a moved occurrence back. On a team's row: edit
its weekly hours, or change only that date (day off, half day, an hour of overtime, other
hours, back to the week). Anywhere on the timeline: copy everyone's local time there, or
start a new meeting there. The menu only emits the widget's signals (and fills the
clipboard); the window makes the edits.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from planner.chart.blocks import ShiftSpan
from planner.chart.data import ChartData
from planner.chart.meetings import MeetingBand
from planner.meetings.times_text import times_text
from planner.plan.edits import half_day, overtime
from planner.plan.model import Plan
from planner.schedule.working_time import day_shifts
from planner.time.local import local_date
from ui.chart.geometry import ChartLayout
from ui.chart.interaction import snap
from ui.chart.language import day_heading, local_time_text
from ui.chart.state import ChartState
from ui.i18n import translate


class ChartWidget(Protocol):
    """What the menu needs of the chart widget (``ui.chart.widget.ChartWidget``)."""

    meetingRequested: SignalInstance
    meetingEditRequested: SignalInstance
    teamEditRequested: SignalInstance
    occurrenceReset: SignalInstance
    exceptionRequested: SignalInstance
    exceptionEditRequested: SignalInstance

    def plan(self) -> Plan:
        """The plan shown."""
        ...

    def state(self) -> ChartState:
        """What the chart shows."""
        ...

    def chart(self) -> ChartData | None:
        """The data drawn."""
        ...

    def chart_layout(self) -> ChartLayout | None:
        """Where the last paint put everything."""
        ...

    def shift_at(self, team_id: str, moment: int) -> ShiftSpan | None:
        """The team's shift at an instant."""
        ...

    def menu_parent(self) -> QWidget:
        """The widget the menu opens over."""
        ...


NEW_MEETING_SECONDS = 30 * 60


def copy_to_clipboard(text: str) -> None:
    """Put plain text on the clipboard."""
    QGuiApplication.clipboard().setText(text)


def _meeting_actions(menu: QMenu, widget: ChartWidget, band: MeetingBand) -> None:
    plan = widget.plan()
    edit = menu.addAction(translate("Chart", "Edit Meeting “{title}”…").format(title=band.title))
    edit.triggered.connect(lambda _c=False: widget.meetingEditRequested.emit(band.meeting_id))
    copy = menu.addAction(translate("Chart", "Copy Times"))
    copy.setStatusTip(
        translate("Chart", "Every team's local time of this occurrence, as text for an email")
    )
    copy.triggered.connect(
        lambda _c=False: copy_to_clipboard(
            times_text(plan, band.teams, band.start, band.end, band.title, widget.state().clock24)
        )
    )
    if band.moved:
        back = menu.addAction(translate("Chart", "Move Back to the Series Time"))
        back.triggered.connect(
            lambda _c=False: widget.occurrenceReset.emit(band.meeting_id, band.series_day)
        )


def _team_actions(menu: QMenu, widget: ChartWidget, team_id: str, moment: int) -> None:
    plan = widget.plan()
    team = plan.team(team_id)
    span = widget.shift_at(team_id, moment)
    day = span.day if span is not None else local_date(team.zone, moment)
    weekly = menu.addAction(
        translate("Chart", "Edit {name}'s Weekly Hours…").format(name=team.name)
    )
    weekly.triggered.connect(lambda _c=False: widget.teamEditRequested.emit(team_id))
    only = menu.addMenu(translate("Chart", "Change Only {date}").format(date=day_heading(day)))
    only.setObjectName("change-only-this-date")
    shifts = day_shifts(team, day)
    emit = widget.exceptionRequested.emit
    if shifts:
        off = only.addAction(translate("Chart", "Day Off"))
        off.triggered.connect(lambda _c=False: emit(team_id, day, ()))
        half = only.addAction(translate("Chart", "Half Day"))
        half.triggered.connect(lambda _c=False: emit(team_id, day, half_day(shifts)))
        extra = only.addAction(translate("Chart", "Overtime: One Hour Longer"))
        extra.triggered.connect(lambda _c=False: emit(team_id, day, overtime(shifts)))
    other = only.addAction(translate("Chart", "Other Hours\u2026"))
    other.triggered.connect(lambda _c=False: widget.exceptionEditRequested.emit(team_id, day))
    if day in team.exceptions:
        only.addSeparator()
        back = only.addAction(translate("Chart", "Back to the Weekly Hours"))
        back.triggered.connect(lambda _c=False: emit(team_id, day, None))


def _slot_actions(menu: QMenu, widget: ChartWidget, team_ids: tuple[str, ...], moment: int) -> None:
    plan = widget.plan()
    clock24 = widget.state().clock24
    data = widget.chart()
    zone = data.zone if data is not None else plan.reference_zone
    when = local_time_text(zone, moment, clock24)
    copy = menu.addAction(translate("Chart", "Copy Times at {when}").format(when=when))
    copy.setStatusTip(translate("Chart", "Every team's local time here, as text for an email"))
    copy.triggered.connect(
        lambda _c=False: copy_to_clipboard(times_text(plan, team_ids, moment, None, "", clock24))
    )
    new = menu.addAction(translate("Chart", "New Meeting at {when}…").format(when=when))
    new.triggered.connect(
        lambda _c=False: widget.meetingRequested.emit(
            team_ids, moment, moment + NEW_MEETING_SECONDS
        )
    )


def chart_menu(widget: ChartWidget, point: QPointF) -> QMenu | None:
    """The context menu for a point of the chart (content coordinates), or None."""
    layout = widget.chart_layout()
    if layout is None or widget.state().view == "year":
        return None
    menu = QMenu(widget.menu_parent())
    meeting = layout.meeting_at(point.x(), point.y())
    if meeting is not None:
        _meeting_actions(menu, widget, meeting.band)
        return menu
    found = layout.instant_at(point.x(), point.y())
    if found is None:
        return None
    box, moment = found
    moment = snap(box, moment)
    row = layout.row_at(point.x(), point.y())
    if row is not None and row[1].team_id is not None:
        _team_actions(menu, widget, row[1].team_id, moment)
        menu.addSeparator()
    team_ids = tuple(r.team_id for r in box.block.rows)
    _slot_actions(menu, widget, team_ids, moment)
    return menu
