"""Meetings on the chart widget: bands as drawn, tooltips, drags, the context menu, the legend strip."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner.plan.hours import Shift
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from ui.chart.layers.meetings import COLOURS
from ui.chart.style import LIGHT
from ui.chart.widget import ChartWidget

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
NOW = datetime(2027, 3, 16, 15, 20, tzinfo=UTC)


def z(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


@pytest.fixture
def acme() -> Plan:
    return load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan


def make(qtbot: QtBot, plan: Plan, day: date) -> ChartWidget:
    chart = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(chart)
    chart.resize(1200, 520)
    chart.set_plan(plan)
    chart.set_date(day)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # paints now: the layout the pointer hits is that of the last paint
    return chart


def row_y(chart: ChartWidget, team_id: str, share: float = 0.6) -> int:
    layout = chart.chart_layout()
    assert layout is not None
    row = next(r for r in layout.blocks[0].rows if r.team_id == team_id)
    return round(row.bar_top + share * row.bar_height) - chart.scroll_offset()


def x_of(chart: ChartWidget, moment: int) -> int:
    layout = chart.chart_layout()
    assert layout is not None
    return round(layout.blocks[0].x(moment))


def colour(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name().upper()


def test_a_band_is_drawn_across_its_teams_rows_with_an_outline(qtbot: QtBot, acme: Plan) -> None:
    chart = make(qtbot, acme, date(2027, 3, 16))
    layout = chart.chart_layout()
    assert layout is not None
    (box,) = layout.meetings
    assert box.band.meeting_id == "kyiv-weekly" and box.band.state == "ok"
    rows = {r.team_id: r for r in layout.blocks[0].rows}
    # One rectangle on Acme HQ's row and one on Kyiv's, none on Manila's.
    tops = [top for _, top, _, _ in box.rects]
    assert [rows["hq"].top < t < rows["hq"].bottom for t in tops] == [True, False]
    assert [rows["kyiv"].top < t < rows["kyiv"].bottom for t in tops] == [False, True]
    image = chart.grab().toImage()
    left, top, right, bottom = box.rects[0]
    middle = round((top + bottom) / 2)
    assert colour(image, round(left), middle) == COLOURS["light"]["ok"]
    # Inside: the working colour under the band's translucent blue, not the bare shift.
    inside = image.pixelColor(round((left + right) / 2), middle)
    bare = QColor(LIGHT.working)
    assert inside != bare and inside.blue() > inside.red()
    # Without the meeting the same pixel is the bare shift.
    plain = make(qtbot, replace(acme, meetings=()), date(2027, 3, 16)).grab().toImage()
    assert colour(plain, round((left + right) / 2), middle) == LIGHT.working


def test_conflict_and_skipped_bands_look_different_without_colour(qtbot: QtBot, acme: Plan) -> None:
    late = replace(acme.meeting("kyiv-weekly"), start_time=time(13, 0))  # 19:00 in Kyiv
    chart = make(qtbot, replace(acme, meetings=(late,)), date(2027, 3, 16))
    layout = chart.chart_layout()
    assert layout is not None
    (box,) = layout.meetings
    assert box.band.state == "conflict" and box.band.conflicts == ("kyiv",)
    image = chart.grab().toImage()
    left, top, right, bottom = box.rects[1]  # Kyiv's row: cross-hatched
    inner = {
        colour(image, x, y)
        for x in range(round(left) + 3, round(right) - 3)
        for y in range(round(top) + 3, round(bottom) - 3)
    }
    assert COLOURS["light"]["conflict"] in inner and len(inner) >= 2
    skipped = make(qtbot, acme, date(2027, 11, 2))  # Election Day in New York
    layout = skipped.chart_layout()
    assert layout is not None
    (box,) = layout.meetings
    assert box.band.state == "skipped"
    image = skipped.grab().toImage()
    left, top, right, bottom = box.rects[1]
    edge = [colour(image, round(left), y) for y in range(round(top), round(bottom))]
    # A dotted outline: the grey of a skipped band alternates with what lies under it.
    assert COLOURS["light"]["skipped"] in edge and len(set(edge)) >= 2


def test_hovering_a_band_or_a_holiday_explains_it(qtbot: QtBot, acme: Plan) -> None:
    chart = make(qtbot, acme, date(2027, 3, 16))
    point = QPointF(x_of(chart, z(2027, 3, 16, 14, 15)), row_y(chart, "kyiv"))
    assert chart.tooltip_at(point) == (
        "SEO weekly status: inside everyone's hours\n"
        "Acme HQ (New York): Tue 10:00 to Tue 10:30\n"
        "Kyiv SEO agency: Tue 16:00 to Tue 16:30"
    )
    holiday = make(qtbot, acme, date(2027, 11, 1))
    point = QPointF(x_of(holiday, z(2027, 11, 1, 6)), row_y(holiday, "mnl"))
    assert holiday.tooltip_at(point) == "Manila support desk: All Saints' Day (Mon 01 Nov 2027)"


def test_dragging_across_empty_time_asks_for_a_meeting_of_the_teams_under_it(
    qtbot: QtBot, acme: Plan
) -> None:
    chart = make(qtbot, acme, date(2027, 3, 17))
    requests: list[tuple[object, ...]] = []
    chart.meetingRequested.connect(lambda *args: requests.append(args))
    start = QPoint(x_of(chart, z(2027, 3, 17, 15, 32)), row_y(chart, "hq", 0.1))
    finish = QPoint(x_of(chart, z(2027, 3, 17, 17, 1)), row_y(chart, "kyiv", 0.1))
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, QPoint(start.x() + 20, start.y() + 20))
    qtbot.mouseMove(chart, finish)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=finish)
    assert requests == [(("hq", "mnl", "kyiv"), z(2027, 3, 17, 15, 30), z(2027, 3, 17, 17))]
    # A click (no drag) asks for nothing.
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=start)
    assert len(requests) == 1


def test_dragging_a_band_moves_it_by_whole_quarter_hours(qtbot: QtBot, acme: Plan) -> None:
    chart = make(qtbot, acme, date(2027, 3, 16))
    moves: list[tuple[object, ...]] = []
    chart.meetingMoved.connect(lambda *args: moves.append(args))
    start = QPoint(x_of(chart, z(2027, 3, 16, 14, 10)), row_y(chart, "hq"))
    finish = QPoint(x_of(chart, z(2027, 3, 16, 15, 42)), row_y(chart, "hq"))
    ghost = (x_of(chart, z(2027, 3, 16, 15, 45)), row_y(chart, "hq", 0.5))
    before = colour(chart.grab().toImage(), *ghost)
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, finish)
    # Meanwhile the band is drawn at its new time, 15:30 to 16:00.
    assert colour(chart.grab().toImage(), *ghost) != before
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=finish)
    assert colour(chart.grab().toImage(), *ghost) == before
    assert moves == [("kyiv-weekly", date(2027, 3, 16), 90 * 60)]


def action(menu: QMenu, text: str) -> QAction:
    for item in menu.actions():
        if item.text() == text:
            return item
        sub = item.menu()
        if sub is not None:
            for inner in sub.actions():
                if inner.text() == text:
                    return inner
    raise AssertionError(f"no action {text!r} in {[a.text() for a in menu.actions()]}")


def test_the_context_menu_changes_only_one_date_of_a_shift(qtbot: QtBot, acme: Plan) -> None:
    chart = make(qtbot, acme, date(2027, 3, 17))
    asked: list[tuple[object, ...]] = []
    chart.exceptionRequested.connect(lambda *args: asked.append(args))
    menu = chart.context_menu_at(QPointF(x_of(chart, z(2027, 3, 17, 16)), row_y(chart, "hq")))
    assert menu is not None
    titles = [a.text() for a in menu.actions()]
    assert titles[:2] == ["Edit Acme HQ (New York)'s Weekly Hours…", "Change Only Wed 17 Mar 2027"]
    action(menu, "Half Day").trigger()
    action(menu, "Overtime: One Hour Longer").trigger()
    action(menu, "Day Off").trigger()
    assert asked == [
        ("hq", date(2027, 3, 17), (Shift.parse("09:00-13:00"),)),
        ("hq", date(2027, 3, 17), (Shift.parse("09:00-18:00"),)),
        ("hq", date(2027, 3, 17), ()),
    ]


def test_copy_times_puts_every_teams_local_time_on_the_clipboard(qtbot: QtBot, acme: Plan) -> None:
    chart = make(qtbot, acme, date(2027, 3, 16))
    menu = chart.context_menu_at(QPointF(x_of(chart, z(2027, 3, 16, 14, 15)), row_y(chart, "hq")))
    assert menu is not None
    action(menu, "Copy Times").trigger()
    assert QGuiApplication.clipboard().text() == (
        "SEO weekly status (30 min)\n"
        "Tue 16 Mar 10:00 Acme HQ (New York) · 16:00 Kyiv SEO agency\n"
        "Acme HQ (New York): Tue 16 Mar 2027, 10:00-10:30 (America/New_York)\n"
        "Kyiv SEO agency: Tue 16 Mar 2027, 16:00-16:30 (Europe/Kyiv)"
    )
    slot = chart.context_menu_at(QPointF(x_of(chart, z(2027, 3, 16, 17)), row_y(chart, "mnl")))
    assert slot is not None
    action(slot, "Copy Times at Tue 13:00").trigger()
    assert QGuiApplication.clipboard().text() == (
        "Tue 16 Mar 13:00 Acme HQ (New York) · Wed 17 Mar 01:00 Manila support desk · "
        "Tue 16 Mar 19:00 Kyiv SEO agency\n"
        "Acme HQ (New York): Tue 16 Mar 2027, 13:00 (America/New_York)\n"
        "Manila support desk: Wed 17 Mar 2027, 01:00 (Asia/Manila)\n"
        "Kyiv SEO agency: Tue 16 Mar 2027, 19:00 (Europe/Kyiv)"
    )


def test_the_legend_stays_in_view_while_the_week_scrolls(qtbot: QtBot, acme: Plan) -> None:
    chart = make(qtbot, acme, date(2027, 3, 16))
    chart.set_view("week")
    chart.grab()
    strip = chart.legend_strip()
    assert strip > 0 and chart._scroll.isVisible()
    for value in (0, chart._scroll.maximum()):
        chart._scroll.setValue(value)
        image = chart.grab().toImage()
        top = round(chart.height() - strip)
        found = {
            colour(image, x, y)
            for x in range(0, chart.width() // 3)
            for y in range(top + 2, chart.height())
        }
        # The first swatches of the legend: working, early/late, night.
        assert {LIGHT.working, LIGHT.early_late, LIGHT.night} <= found


def test_a_one_day_exception_is_outlined_and_labelled_for_its_date(
    qtbot: QtBot, acme: Plan
) -> None:
    from planner.plan.edits import set_exception

    edited = set_exception(acme, "hq", date(2027, 3, 17), [Shift.parse("09:00-13:00")])
    chart = make(qtbot, edited, date(2027, 3, 17))
    layout = chart.chart_layout()
    assert layout is not None
    row = next(r for r in layout.blocks[0].rows if r.team_id == "hq")
    image = chart.grab().toImage()
    left = x_of(chart, z(2027, 3, 17, 13))
    edge = [colour(image, left, y) for y in range(round(row.bar_top), round(row.bar_bottom))]
    assert LIGHT.text in edge  # the dashed outline
    plain = make(qtbot, acme, date(2027, 3, 17)).grab().toImage()
    assert LIGHT.text not in [
        colour(plain, left, y) for y in range(round(row.bar_top), round(row.bar_bottom))
    ]
    (span,) = chart.chart().blocks[0].row("hq").shifts  # type: ignore[union-attr]
    assert span.exception and str(span.shift) == "09:00-13:00"
