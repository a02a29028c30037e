"""The chart on screen shows the same pixels however little it repaints.

The widget keeps a still picture of the part shown, draws only the rows that reach into
it, shifts the picture when it scrolls and repaints only the old and new hover marks on a
pointer move. Each test compares what is on screen (the window's backing store, as the
offscreen platform keeps it) with the straightforward repaint: the whole chart drawn
unclipped (``full_repaint``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from pytestqt.qtbot import QtBot

from planner.plan.reading import parse_plan
from tests.ui.chart_pictures import on_screen, reference
from ui.chart.widget import ChartWidget

NOW = datetime(2027, 3, 30, 14, 20, tzinfo=UTC)
DAY = date(2027, 3, 29)  # Monday after Europe's clocks went forward: a week with clock changes

PLAN = """
format = 1
title = "Still picture"
display_zone = "America/New_York"

[[team]]
id = "shop"
name = "Shop (New York)"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["08:00-22:00"], "sat-sun" = ["09:00-18:00"] }
holidays = "US-NY"

[[team]]
id = "ldn"
name = "London office"
side = "client"
zone = "Europe/London"
hours = { "mon-fri" = ["09:00-17:30"] }
holidays = "GB"
exceptions = { "2027-03-31" = ["10:00-14:00"] }

[[team]]
id = "mnl"
name = "Manila contact centre"
side = "vendor"
zone = "Asia/Manila"
hours = { "mon" = ["21:00-05:00"], "tue-fri" = ["01:00-09:00", "21:00-05:00"], "sat" = ["22:00-06:00"] }
holidays = "PH"
agents = { "01:00-09:00" = 4, "21:00-05:00" = 25, "22:00-06:00" = 13 }

[[team]]
id = "kyiv"
name = "Kyiv agency"
side = "vendor"
zone = "Europe/Kyiv"
hours = { "mon-fri" = ["10:00-19:00"] }
holidays = "UA"

[[team]]
id = "blr"
name = "Bengaluru developers"
side = "vendor"
zone = "Asia/Kolkata"
hours = { "mon-fri" = ["10:00-13:00", "14:00-19:30"] }
holidays = "IN"
days_off = ["2027-04-01"]

[[team]]
id = "ktm"
name = "Kathmandu desk"
side = "vendor"
zone = "Asia/Kathmandu"
hours = { "sun-fri" = ["03:45-12:45"] }

[[role]]
id = "voice"
name = "Customer calls"
kind = "realtime"
client = "shop"
vendor = "mnl"
min_coverage_percent = 95

[role.demand]
interval_minutes = 30
handle_seconds = 300
service_level = "80/20"
contacts = { "mon-fri" = { "08:00-12:00" = 60, "12:00-22:00" = 80 } }

[[role]]
id = "seo"
name = "SEO"
kind = "async"
client = "ldn"
vendor = "kyiv"

[[meeting]]
id = "weekly"
title = "Weekly review"
teams = ["shop", "mnl", "kyiv"]
duration_minutes = 45
zone = "America/New_York"
start = "2027-01-06T08:30"
repeat = { freq = "weekly", byday = ["WE"], until = "2027-12-29" }

[[meeting]]
id = "standup"
title = "London stand-up"
teams = ["ldn", "blr"]
duration_minutes = 30
zone = "Europe/London"
start = "2027-01-04T09:30"
repeat = { freq = "daily", until = "2027-12-31" }
"""


class CountingChart(ChartWidget):
    """The chart widget, remembering the part each repaint covered."""

    def __init__(self) -> None:
        super().__init__(clock=lambda: NOW)
        self.repainted: list[QRegion] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        self.repainted.append(event.region())
        super().paintEvent(event)


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[CountingChart]:
    widget = CountingChart()
    qtbot.addWidget(widget)
    widget.resize(1000, 460)
    widget.set_plan(parse_plan(PLAN, "still.toml").plan)
    widget.set_date(DAY)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def covered(region: QRegion) -> int:
    """The pixels a region covers."""
    return sum(rect.width() * rect.height() for rect in region)


def differing(a: QImage, b: QImage) -> int:
    """How many pixels differ (0: the same picture)."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    if a == b:
        return 0
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


@pytest.mark.parametrize("view", ["day", "week", "year"])
def test_the_still_picture_shows_what_a_full_repaint_shows(chart: CountingChart, view: str) -> None:
    chart.set_view(view)
    assert chart._scroll.isVisible()  # the chart is taller than the widget: rows are left out
    assert differing(on_screen(chart), reference(chart)) == 0


@pytest.mark.parametrize("view", ["day", "week", "year"])
def test_scrolling_shifts_the_picture_without_changing_a_pixel(
    chart: CountingChart, view: str
) -> None:
    chart.set_view(view)
    bar = chart._scroll
    on_screen(chart)
    drawn = chart._still.redrawn
    steps = [37, 75, 30, 1, bar.maximum(), bar.maximum() - 50, 0, bar.pageStep() + 20, 5]
    for value in steps:
        bar.setValue(min(value, bar.maximum()))
        assert chart.scroll_offset() == min(value, bar.maximum())
        assert differing(on_screen(chart), reference(chart)) == 0, value
    # Each step shifted the picture and drew the strip that came into view: nothing was
    # drawn whole (the jump past a whole page draws the part shown, not the picture).
    assert chart._still.redrawn == drawn


@pytest.mark.parametrize("view", ["day", "week"])
def test_the_hover_repaints_only_the_old_and_new_marks_and_leaves_nothing_behind(
    qtbot: QtBot, chart: CountingChart, view: str
) -> None:
    chart.set_view(view)
    chart._scroll.setValue(60)
    layout = chart.chart_layout()
    assert layout is not None
    scroll = chart.scroll_offset()
    # A team row well inside the part shown (a second block's in the week view).
    y = next(
        round(row.top) - scroll + 3
        for box in layout.blocks
        for row in box.rows
        if row.team_id is not None and 150 < row.top - scroll < 300
    )
    width, height = chart.width(), chart.height()
    for x in (300, 304, 120, 960, 520):
        on_screen(chart)
        chart.repainted.clear()
        qtbot.mouseMove(chart, QPoint(x, y))
        shown = on_screen(chart)
        # The old marks and the new, never the whole chart.
        (region,) = chart.repainted
        assert covered(region) < width * height / 4, x
        assert differing(shown, reference(chart)) == 0, x
    on_screen(chart)
    chart.repainted.clear()
    chart.leaveEvent(QEvent(QEvent.Type.Leave))
    shown = on_screen(chart)
    (region,) = chart.repainted
    assert region.boundingRect().width() < 100
    assert differing(shown, reference(chart)) == 0


def test_a_changed_selection_or_size_draws_the_picture_again(chart: CountingChart) -> None:
    chart.set_view("week")
    on_screen(chart)
    drawn = chart._still.redrawn
    chart.set_selected_pair("shop", "mnl")
    assert differing(on_screen(chart), reference(chart)) == 0
    assert chart._still.redrawn == drawn + 1
    chart.resize(900, 500)
    assert differing(on_screen(chart), reference(chart)) == 0
    assert chart._still.redrawn == drawn + 2


def test_each_drag_step_redraws_only_the_rows_it_changes(
    qtbot: QtBot, chart: CountingChart
) -> None:
    chart.set_view("week")
    layout = chart.chart_layout()
    assert layout is not None
    tuesday = layout.blocks[1]
    edge = next(
        e
        for e in layout.edges
        if e.span.team_id == "kyiv" and e.edge == "end" and tuesday.top <= e.top < tuesday.bottom
    )
    chart._scroll.setValue(round(edge.top) - 150)
    scroll = chart.scroll_offset()
    y = round((edge.top + edge.bottom) / 2) - scroll
    quarter = (tuesday.x1 - tuesday.x0) / tuesday.block.hours / 4
    on_screen(chart)
    drawn = chart._still.redrawn
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x), y))
    for step in (1, 2, 5, 3, -2):
        qtbot.mouseMove(chart, QPoint(round(edge.x + step * quarter), y))
        assert differing(on_screen(chart), reference(chart)) == 0, step
    assert chart._still.redrawn == drawn  # rows were drawn again, never the whole picture
    data = chart.chart()
    assert data is not None
    assert data.blocks[1].row("kyiv").shifts[0].shift.end != edge.span.shift.end
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x), y))
    assert differing(on_screen(chart), reference(chart)) == 0


def test_rows_a_drag_changes_out_of_sight_are_right_once_scrolled_to(
    qtbot: QtBot, chart: CountingChart
) -> None:
    # A drag step compares only the rows on screen (or in the picture kept): the rows it
    # changes elsewhere (Kyiv's overlap rows of other days, far below) are drawn from the
    # new data when they scroll into view, even when the bar moved before a repaint.
    chart.set_view("week")
    layout = chart.chart_layout()
    assert layout is not None
    monday = layout.blocks[0]
    edge = next(
        e
        for e in layout.edges
        if e.span.team_id == "kyiv" and e.edge == "end" and monday.top <= e.top < monday.bottom
    )
    bar = chart._scroll
    bar.setValue(round(edge.top) - 150)
    start = bar.value()
    y = round((edge.top + edge.bottom) / 2) - chart.scroll_offset()
    quarter = (monday.x1 - monday.x0) / monday.block.hours / 4
    on_screen(chart)
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x), y))
    qtbot.mouseMove(chart, QPoint(round(edge.x + 2 * quarter), y))
    assert differing(on_screen(chart), reference(chart)) == 0
    bar.setValue(bar.maximum())  # scrolled away, not repainted yet: then a step, and back
    qtbot.mouseMove(chart, QPoint(round(edge.x + 6 * quarter), y))
    bar.setValue(start)
    assert differing(on_screen(chart), reference(chart)) == 0
    for value in (bar.maximum(), 0, bar.maximum() // 2, start):
        bar.setValue(value)
        assert differing(on_screen(chart), reference(chart)) == 0, value
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x), y))
    assert differing(on_screen(chart), reference(chart)) == 0


def made_ahead(qtbot: QtBot, chart: CountingChart) -> None:
    """Wait while the window is idle until the other views are made ahead."""
    qtbot.waitUntil(lambda: chart._missing_view() is None and not chart._prepare.isActive())


@pytest.mark.parametrize(
    ("start", "view"), [("day", "week"), ("week", "year"), ("year", "day"), ("day", "year")]
)
def test_a_view_made_ahead_while_idle_is_shown_at_once_and_unchanged(
    qtbot: QtBot, chart: CountingChart, start: str, view: str
) -> None:
    chart.set_view(start)
    chart._scroll.setValue(120)  # the next view opens scrolled as far as it can, up to here
    on_screen(chart)
    made_ahead(qtbot, chart)
    assert chart._shelf.views() == sorted({"day", "week", "year"} - {start})
    kept = chart._shelf._slots[view].data
    chart.set_view(view)
    assert chart.chart() is kept
    assert differing(on_screen(chart), reference(chart)) == 0
    assert chart._still.redrawn == 1  # drawn once, while idle: the switch drew nothing whole
    chart.set_view(start)  # and back: the view left was kept
    assert differing(on_screen(chart), reference(chart)) == 0
    assert chart._still.redrawn == 1


EDITED = PLAN.replace('"mon-fri" = ["09:00-17:30"]', '"mon-fri" = ["10:00-17:30"]')


@pytest.mark.parametrize("change", ["edit", "date", "pair", "zone"])
def test_a_change_drops_the_views_made_ahead(
    qtbot: QtBot, chart: CountingChart, change: str
) -> None:
    from datetime import timedelta

    from planner.chart.data import chart_data

    on_screen(chart)
    made_ahead(qtbot, chart)
    kept = chart._shelf._slots["week"].data
    if change == "edit":
        chart.set_plan(parse_plan(EDITED, "still.toml").plan)
    elif change == "date":
        chart.set_date(DAY + timedelta(days=7))
    elif change == "pair":
        chart.set_selected_pair("shop", "mnl")
    else:
        chart.set_zone("Asia/Tokyo")
    chart.set_view("week")
    state = chart.state()
    shown = chart.chart()
    assert shown is not kept
    expected = chart_data(
        chart.plan(),
        "week",
        state.day,
        zone=state.zone or chart.plan().reference_zone,
        pair=state.pair,
        now=int(NOW.timestamp()),
    )
    assert shown == expected
    assert differing(on_screen(chart), reference(chart)) == 0


def test_a_resize_or_the_minute_s_refresh_makes_the_views_again(
    qtbot: QtBot, chart: CountingChart
) -> None:
    on_screen(chart)
    made_ahead(qtbot, chart)
    chart.resize(900, 500)
    assert chart._shelf.views() == []
    on_screen(chart)
    made_ahead(qtbot, chart)
    chart.set_view("year")
    assert differing(on_screen(chart), reference(chart)) == 0
    assert chart._still.redrawn == 1
    chart._tick()
    assert chart._shelf.views() == []
    made_ahead(qtbot, chart)
    assert chart._shelf.views() == ["day", "week"]


def test_a_pointer_move_or_a_scroll_puts_off_making_views_but_never_starts_it(
    qtbot: QtBot, chart: CountingChart
) -> None:
    on_screen(chart)
    made_ahead(qtbot, chart)
    chart.set_date(date(2027, 4, 5))  # a change: the other views are made again once idle
    assert chart._prepare.isActive() and chart._missing_view() is not None
    qtbot.mouseMove(chart, QPoint(300, 200))
    chart._scroll.setValue(40)
    assert chart._prepare.isActive() and chart._missing_view() is not None
    made_ahead(qtbot, chart)
    assert chart._shelf.views() == ["week", "year"]
    qtbot.mouseMove(chart, QPoint(320, 200))
    chart._scroll.setValue(0)
    assert not chart._prepare.isActive()  # nothing changed: nothing to make


def test_a_plan_over_the_limit_is_not_made_ahead_but_keeps_the_view_left(
    qtbot: QtBot, chart: CountingChart, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.chart import prepared

    teams = len(chart._plan.teams)
    monkeypatch.setattr(prepared, "PREPARE_AHEAD_TEAMS", teams - 1)
    assert not chart.prepares_ahead()
    chart.set_view("day")
    on_screen(chart)
    qtbot.wait(3 * prepared.IDLE_MS)
    assert chart._shelf.views() == []  # nothing made while idle
    chart.set_view("week")
    assert differing(on_screen(chart), reference(chart)) == 0
    assert chart._shelf.views() == ["day"]  # the view left is kept all the same
    kept = chart._shelf._slots["day"].data
    chart.set_view("day")
    assert chart.chart() is kept
    monkeypatch.setattr(prepared, "PREPARE_AHEAD_TEAMS", teams)
    assert chart.prepares_ahead()
