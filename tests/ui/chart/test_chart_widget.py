"""The chart widget: dragging a shift edge with qtbot, hover text, keys, year-view clicks."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.errors import PlannerError
from planner.plan.hours import Shift, WeekHours
from planner.plan.model import Plan, Team
from planner.plan.reading import load_plan
from ui.chart.state import ChartState
from ui.chart.style import DARK
from ui.chart.widget import ChartWidget

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
NOW = datetime(2027, 3, 16, 15, 20, tzinfo=UTC)


def z(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


@pytest.fixture
def acme() -> Plan:
    return load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan


@pytest.fixture
def widget(qtbot: QtBot, acme: Plan) -> ChartWidget:
    chart = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(chart)
    chart.resize(1200, 480)
    chart.set_plan(acme)
    chart.set_date(date(2027, 3, 15))
    chart.show()
    qtbot.waitExposed(chart)
    chart.repaint()
    return chart


def point(widget: ChartWidget, moment: int, team_id: str) -> QPoint:
    layout = widget.chart_layout()
    assert layout is not None
    box = layout.blocks[0]
    row = next(r for r in box.rows if r.team_id == team_id)
    return QPoint(round(box.x(moment)), round((row.top + row.bottom) / 2) - widget.scroll_offset())


def test_state_reflects_the_setters(widget: ChartWidget) -> None:
    widget.set_view("week")
    widget.set_zone("Europe/Kyiv")
    widget.set_selected_pair("hq", "kyiv")
    widget.set_highlighted_role("seo")
    widget.set_clock24(False)
    assert widget.state() == ChartState(
        view="week",
        day=date(2027, 3, 15),
        zone="Europe/Kyiv",
        pair=("hq", "kyiv"),
        role="seo",
        clock24=False,
    )
    data = widget.chart()
    assert data is not None and data.zone == "Europe/Kyiv" and len(data.blocks) == 7
    with pytest.raises(PlannerError):
        widget.set_view("month")
    with pytest.raises(PlannerError):
        widget.set_zone("Mars/Olympus")


def test_dragging_a_shift_end_previews_live_and_emits_once(
    qtbot: QtBot, widget: ChartWidget
) -> None:
    edits: list[tuple[str, int, Shift, Shift, date]] = []
    previews: list[Plan] = []
    widget.shiftEdited.connect(lambda *args: edits.append(args))
    widget.previewChanged.connect(previews.append)
    start = point(widget, z(2027, 3, 15, 21), "hq")  # New York's 17:00 edge
    target = point(widget, z(2027, 3, 15, 22, 4), "hq")  # 18:04, snaps to 18:00
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + target.x()) // 2, start.y()))
    qtbot.mouseMove(widget, target)
    data = widget.chart()
    assert data is not None
    # Live: Manila's night shift now overlaps nine hours (to 06:00 Manila = 18:00 New York).
    assert [o.minutes for o in data.blocks[0].overlaps] == [540, 240]
    assert previews and previews[-1].team("hq").hours.on(0) == (Shift(540, 1080),)
    assert edits == []
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)
    assert edits == [("hq", 0, Shift(540, 1020), Shift(540, 1080), date(2027, 3, 15))]
    assert widget.plan().team("hq").hours.on(0) == (Shift(540, 1080),)
    assert widget.plan().team("hq").hours.on(1) == (Shift(540, 1020),)


def test_dragging_a_start_edge_across_midnight_of_the_axis(
    qtbot: QtBot, widget: ChartWidget
) -> None:
    edits: list[tuple[str, int, Shift, Shift, date]] = []
    widget.shiftEdited.connect(lambda *args: edits.append(args))
    start = point(widget, z(2027, 3, 15, 8), "kyiv")  # Kyiv's 10:00 start
    target = point(widget, z(2027, 3, 15, 6, 50), "kyiv")  # 08:50 in Kyiv, snaps to 08:45
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, target)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)
    assert edits == [("kyiv", 0, Shift(600, 1140), Shift(525, 1140), date(2027, 3, 15))]


def test_escape_cancels_a_drag(qtbot: QtBot, widget: ChartWidget, acme: Plan) -> None:
    edits: list[object] = []
    widget.shiftEdited.connect(lambda *args: edits.append(args))
    start = point(widget, z(2027, 3, 15, 21), "hq")
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, point(widget, z(2027, 3, 15, 23), "hq"))
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=start)
    assert edits == []
    assert widget.plan() == acme


def test_set_plan_replaces_the_preview(qtbot: QtBot, widget: ChartWidget, acme: Plan) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=point(widget, z(2027, 3, 15, 21), "hq"))
    qtbot.mouseMove(widget, point(widget, z(2027, 3, 15, 23), "hq"))
    widget.set_plan(acme)
    assert widget.plan() == acme
    data = widget.chart()
    assert data is not None and data.blocks[0].overlaps[0].minutes == 480


def test_hover_reports_every_teams_local_time(qtbot: QtBot, widget: ChartWidget) -> None:
    with qtbot.waitSignal(widget.hoverChanged) as signal:
        qtbot.mouseMove(widget, point(widget, z(2027, 3, 15, 14), "mnl"))
    text = signal.args[0]
    assert "Mon 10:00 America/New_York" in text
    assert "Acme HQ (New York) Mon 10:00" in text
    assert "Manila support desk Mon 22:00" in text
    assert "Kyiv SEO agency Mon 16:00" in text
    widget.set_clock24(False)
    widget.repaint()
    with qtbot.waitSignal(widget.hoverChanged) as signal:
        qtbot.mouseMove(widget, point(widget, z(2027, 3, 15, 14), "kyiv"))
    assert "Manila support desk Mon 10:00 PM" in signal.args[0]


def test_control_arrow_keys_move_the_date(qtbot: QtBot, widget: ChartWidget) -> None:
    dates: list[date] = []
    widget.dateChanged.connect(dates.append)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(widget, Qt.Key.Key_Right, control)
    qtbot.keyClick(widget, Qt.Key.Key_Right, control)
    qtbot.keyClick(widget, Qt.Key.Key_Left, control)
    assert widget.state().day == date(2027, 3, 16)
    widget.set_view("week")
    qtbot.keyClick(widget, Qt.Key.Key_Right, control)
    assert widget.state().day == date(2027, 3, 23)
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.state().day == NOW.date()
    assert dates == [
        date(2027, 3, 16),
        date(2027, 3, 17),
        date(2027, 3, 16),
        date(2027, 3, 23),
        NOW.date(),
    ]


def test_clicking_a_day_of_the_year_view_opens_it(qtbot: QtBot, widget: ChartWidget) -> None:
    widget.set_view("year")
    widget.repaint()
    layout = widget.chart_layout()
    assert layout is not None and layout.strips
    strip = layout.strips[1]
    days = len(strip.strip.days)
    index = (date(2027, 3, 16) - date(2027, 1, 1)).days
    x = strip.x0 + (index + 0.5) * (strip.x1 - strip.x0) / days
    y = (strip.top + strip.bottom) / 2 - widget.scroll_offset()
    with qtbot.waitSignal(widget.dayActivated) as signal:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert signal.args == [date(2027, 3, 16)]
    assert widget.state().view == "day" and widget.state().day == date(2027, 3, 16)


def test_year_view_hover_names_the_day_and_its_marks(qtbot: QtBot, widget: ChartWidget) -> None:
    widget.set_view("year")
    widget.set_selected_pair("hq", "kyiv")
    widget.repaint()
    layout = widget.chart_layout()
    assert layout is not None
    strip = layout.strips[0]
    index = (date(2027, 3, 14) - date(2027, 1, 1)).days
    x = strip.x0 + (index + 0.5) * (strip.x1 - strip.x0) / len(strip.strip.days)
    with qtbot.waitSignal(widget.hoverChanged) as signal:
        qtbot.mouseMove(widget, QPoint(round(x), round(strip.top + 4 - widget.scroll_offset())))
    assert signal.args[0].startswith(
        "Sun 14 Mar 2027 \u00b7 Acme HQ (New York) \u2194 Kyiv SEO agency: 0 min"
    )
    assert "America/New_York UTC-05:00 \u2192 UTC-04:00" in signal.args[0]


def test_unknown_ids_are_dropped_when_the_plan_changes(widget: ChartWidget) -> None:
    widget.set_selected_pair("hq", "kyiv")
    widget.set_highlighted_role("seo")
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    widget.set_plan(Plan(teams=(Team("hq", "client", "UTC", hours),)))
    assert widget.state().pair == ("hq", None) and widget.state().role is None


def test_week_view_scrolls_when_taller_than_the_widget(qtbot: QtBot, widget: ChartWidget) -> None:
    widget.set_view("week")
    widget.repaint()
    assert widget._scroll.isVisible()
    qtbot.keyClick(widget, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert widget.scroll_offset() > 0


def test_follows_a_dark_application_palette(qtbot: QtBot, widget: ChartWidget) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    dark = QPalette(saved)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        app.setPalette(dark)
        image = widget.grab().toImage()
        assert image.pixelColor(2, 2).name().upper() == DARK.background
    finally:
        app.setPalette(saved)


def test_the_year_view_keeps_its_strips_for_the_plan_and_an_edit_drops_them(
    widget: ChartWidget, acme: Plan
) -> None:
    from planner.chart.data import chart_data
    from planner.chart.drag import with_shift

    widget.set_view("year")
    widget.repaint()
    data = widget.chart()
    assert data is not None
    first = data.strips[0]
    widget.set_view("day")
    widget.set_view("year")  # back: the view kept aside is shown again
    assert widget.chart() is data
    widget.set_view("day")
    widget._shelf.clear()  # as after the minute's refresh: the year's data is worked out again
    widget.set_view("year")  # its strips of this plan are read again, not made again
    again = widget.chart()
    assert again is not None and again is not data and again.strips[0] is first
    assert again == chart_data(acme, "year", date(2027, 3, 15), now=int(NOW.timestamp()))
    # An edit: the vendor of the first strip starts an hour later every Monday.
    vendor = acme.team(first.vendor_id)
    shift = vendor.hours.on(0)[0]
    later = Shift(shift.start + 60, shift.end)
    edited = with_shift(acme, vendor.id, 0, shift, later)
    widget.set_plan(edited)
    widget.repaint()
    after = widget.chart()
    assert after is not None and after.strips[0] is not first
    assert after == chart_data(edited, "year", date(2027, 3, 15), now=int(NOW.timestamp()))
    monday = date(2027, 3, 15)
    assert after.strips[0].on(monday).minutes != first.on(monday).minutes


def test_the_first_year_strips_are_made_while_idle_after_the_plan_changes(
    qtbot: QtBot, widget: ChartWidget, acme: Plan
) -> None:
    from planner.chart.drag import with_shift

    qtbot.waitUntil(lambda: widget._year.teams is not None)  # made after the plan showed
    teams = widget._year.teams
    assert teams is not None and teams.plan is acme and teams._strips
    made = dict(teams._strips)
    runs = widget._style().strip_runs  # their colours too, for the year view's style
    assert all(id(strip) in runs for strip in made.values())
    widget.set_view("year")
    data = widget.chart()
    assert data is not None
    assert all(
        data.strips[i] is made[(s.client_id, s.vendor_id)] for i, s in enumerate(made.values())
    )
    widget.set_view("day")
    vendor = acme.team(data.strips[0].vendor_id)
    shift = vendor.hours.on(0)[0]
    edited = with_shift(acme, vendor.id, 0, shift, Shift(shift.start + 60, shift.end))
    widget.set_plan(edited)  # an edit: the year of the new plan is made again, while idle
    assert widget._year.teams is None
    qtbot.waitUntil(lambda: widget._year.teams is not None)
    assert widget._year.teams.plan is edited  # type: ignore[union-attr]
