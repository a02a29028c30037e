"""Planning on the chart in the main window: meetings created and moved, one-day exceptions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.plan.hours import Shift
from tests.ui.conftest import FakeDialogs, WindowFactory
from ui.editors.meeting_editor import MeetingEditor
from ui.window.main_window import MainWindow


def z(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


def day_chart(window: MainWindow, day: date):
    window.set_view("day")
    window.set_date(day)
    chart = window.chart
    assert chart is not None
    chart.grab()
    return chart


def at(chart, moment: int, team_id: str, share: float = 0.5) -> QPoint:
    layout = chart.chart_layout()
    box = layout.blocks[0]
    row = next(r for r in box.rows if r.team_id == team_id)
    y = row.bar_top + share * row.bar_height - chart.scroll_offset()
    return QPoint(round(box.x(moment)), round(y))


def drag(qtbot: QtBot, chart, start: QPoint, finish: QPoint) -> None:
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, QPoint((start.x() + finish.x()) // 2, (start.y() + finish.y()) // 2))
    qtbot.mouseMove(chart, finish)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=finish)


def test_dragging_out_time_opens_the_editor_filled_in_and_ok_adds_the_meeting(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = day_chart(window, date(2027, 3, 17))
    # Wednesday 11:30-12:15 New York, across Acme HQ's and Manila's rows.
    drag(
        qtbot,
        chart,
        at(chart, z(2027, 3, 17, 15, 31), "hq", 0.1),
        at(chart, z(2027, 3, 17, 16, 14), "mnl", 0.1),
    )
    editor = window.active_editor
    assert isinstance(editor, MeetingEditor)
    assert editor.checked_teams() == ("hq", "mnl")
    assert editor.start_date.date().toPython() == date(2027, 3, 17)
    assert editor.start_time.time().toPython() == time(11, 30)
    assert editor.duration.value() == 45
    assert editor.zone.currentData() is None  # the plan's own zone: New York
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled(), editor.summary.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    added = window.document.plan.meetings[-1]
    assert (added.teams, added.start_date, added.start_time, added.duration_minutes) == (
        ("hq", "mnl"),
        date(2027, 3, 17),
        time(11, 30),
        45,
    )
    chart.grab()
    assert [m.band.meeting_id for m in chart.chart_layout().meetings] == [added.id]
    window.undo_action.trigger()
    assert len(window.document.plan.meetings) == 2


def test_moving_one_occurrence_is_an_override_and_undo_redo_swap_it(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    chart = day_chart(window, date(2027, 3, 16))
    dialogs.choose_answers = [0]  # only this occurrence
    drag(
        qtbot,
        chart,
        at(chart, z(2027, 3, 16, 14, 10), "hq"),
        at(chart, z(2027, 3, 16, 15, 10), "hq"),
    )
    _title, text, options = dialogs.last("choose")
    assert options == ["Only This Occurrence", "The Whole Series"]
    assert "Tue 16 Mar 2027" in text
    meeting = window.document.plan.meeting("kyiv-weekly")
    assert [(m.key, str(m.start)) for m in meeting.moved] == [("2027-03-16", "2027-03-16 11:00:00")]
    assert meeting.start_time == time(10, 0)
    assert window.document.undo_stack.text(0) == (
        "Move the Tue 16 Mar 2027 occurrence of \u201cSEO weekly status\u201d to Tue 16 Mar 11:00"
    )
    chart.grab()
    (band,) = [m.band for m in chart.chart_layout().meetings]
    assert band.moved and band.start == z(2027, 3, 16, 15)
    window.undo_action.trigger()
    assert window.document.plan.meeting("kyiv-weekly").moved == ()
    window.redo_action.trigger()
    assert len(window.document.plan.meeting("kyiv-weekly").moved) == 1
    # Saved, the move is in the file and in the iCalendar export as a RECURRENCE-ID.
    dialogs.save_answer = str(tmp_path / "moved.ics")
    assert window.export_ical()
    ics = (tmp_path / "moved.ics").read_bytes().decode("utf-8")
    assert (
        "RECURRENCE-ID;TZID=America/New_York:20270316T100000\r\n"
        "DTSTART;TZID=America/New_York:20270316T110000\r\n"
    ) in ics


def test_moving_the_whole_series_moves_its_start(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    chart = day_chart(window, date(2027, 3, 16))
    dialogs.choose_answers = [1]
    drag(
        qtbot,
        chart,
        at(chart, z(2027, 3, 16, 14, 10), "kyiv"),
        at(chart, z(2027, 3, 16, 13, 40), "kyiv"),
    )
    meeting = window.document.plan.meeting("kyiv-weekly")
    assert (meeting.start_date, meeting.start_time, meeting.moved) == (
        date(2027, 1, 5),
        time(9, 30),
        (),
    )
    assert (
        window.document.undo_stack.text(0)
        == "Move \u201cSEO weekly status\u201d to start 30 min earlier"
    )
    # Cancelling the question leaves the plan as it was.
    dialogs.choose_answers = [None]
    chart.grab()
    drag(
        qtbot,
        chart,
        at(chart, z(2027, 3, 16, 13, 40), "kyiv"),
        at(chart, z(2027, 3, 16, 16, 40), "kyiv"),
    )
    assert window.document.plan.meeting("kyiv-weekly") == meeting


def test_the_context_menu_changes_only_one_date_and_it_shows_everywhere(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    chart = day_chart(window, date(2027, 3, 17))
    menu = chart.context_menu_at(QPointF(at(chart, z(2027, 3, 17, 16), "mnl")))
    assert menu is not None
    [only] = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert only.title() == "Change Only Wed 17 Mar 2027"
    [half] = [a for a in only.actions() if a.text() == "Half Day"]
    half.trigger()
    mnl = window.document.plan.team("mnl")
    assert mnl.exceptions.to_mapping() == {"2027-03-17": ["21:00-01:30"]}
    assert mnl.hours.to_mapping() == {"mon-fri": ["21:00-06:00"]}
    assert window.document.undo_stack.text(0) == (
        "Set Manila support desk's hours on Wed 17 Mar 2027 only to 21:00-01:30"
    )
    # The support role now has a gap that day, caused by the change of that date.
    window.roles_panel.select("support")
    assert "shorter hours this date (one-day change)" in window.roles_panel.details.toPlainText()
    chart.grab()
    spans = [s for s in chart.chart().blocks[0].row("mnl").shifts if s.day == date(2027, 3, 17)]
    assert [(str(s.shift), s.exception) for s in spans] == [("21:00-01:30", True)]
    # Other hours, typed; then back to the week.
    dialogs.text_answers = ["20:00-06:00"]
    menu = chart.context_menu_at(QPointF(at(chart, z(2027, 3, 17, 14), "mnl")))
    [only] = [a.menu() for a in menu.actions() if a.menu() is not None]
    [other] = [a for a in only.actions() if a.text() == "Other Hours…"]
    other.trigger()
    assert dialogs.last("ask_text")[2] == "21:00-01:30"
    assert window.document.plan.team("mnl").exceptions.to_mapping() == {
        "2027-03-17": ["20:00-06:00"]
    }
    chart.grab()
    menu = chart.context_menu_at(QPointF(at(chart, z(2027, 3, 17, 14), "mnl")))
    [only] = [a.menu() for a in menu.actions() if a.menu() is not None]
    [back] = [a for a in only.actions() if a.text() == "Back to the Weekly Hours"]
    back.trigger()
    assert window.document.plan.team("mnl").exceptions.to_mapping() == {}


def test_the_first_edge_drag_asks_which_is_meant_and_says_what_changed(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, settings
) -> None:
    dialogs.choose_answers = [0, 1]
    chart = day_chart(window, date(2027, 3, 17))
    layout = chart.chart_layout()
    [edge] = [
        e
        for e in layout.edges
        if e.span.team_id == "hq" and e.edge == "end" and e.span.end == z(2027, 3, 17, 21)
    ]
    y = round((edge.top + edge.bottom) / 2) - chart.scroll_offset()
    target = QPoint(round(layout.blocks[0].x(z(2027, 3, 17, 22))), y)
    drag(qtbot, chart, QPoint(round(edge.x), y), target)
    assert dialogs.last("choose")[2] == ["Every Wednesday", "Only Wed 17 Mar 2027"]
    assert settings.drag_scope() == "week" and window.scope_actions["week"].isChecked()
    assert window.statusBar().currentMessage() == (
        "Change Acme HQ (New York)'s shift on every Wednesday to 09:00-18:00 "
        "(Edit > Undo takes it back)"
    )
    # Remembered: the next drag does not ask again.
    window.undo_action.trigger()
    chart.grab()
    drag(qtbot, chart, QPoint(round(edge.x), y), target)
    assert dialogs.names().count("choose") == 1
    assert window.document.plan.team("hq").hours.on(2) == (Shift.parse("09:00-18:00"),)


def test_an_edge_drag_remembered_as_only_that_date_changes_that_date(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, settings
) -> None:
    window.scope_actions["date"].trigger()
    assert settings.drag_scope() == "date"
    chart = day_chart(window, date(2027, 3, 17))
    layout = chart.chart_layout()
    [edge] = [
        e
        for e in layout.edges
        if e.span.team_id == "hq" and e.edge == "end" and e.span.end == z(2027, 3, 17, 21)
    ]
    y = round((edge.top + edge.bottom) / 2) - chart.scroll_offset()
    drag(
        qtbot,
        chart,
        QPoint(round(edge.x), y),
        QPoint(round(layout.blocks[0].x(z(2027, 3, 17, 22))), y),
    )
    hq = window.document.plan.team("hq")
    assert hq.exceptions.get(date(2027, 3, 17)) == (Shift.parse("09:00-18:00"),)
    assert hq.hours.to_mapping() == {"mon-fri": ["09:00-17:00"]}
    assert "choose" not in dialogs.names()
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Change Acme HQ (New York)'s shift on Wed 17 Mar 2027 only to 09:00-18:00")
    )


def test_the_status_bar_counts_in_words(make_window: WindowFactory, tmp_path: Path) -> None:
    plan = tmp_path / "one.toml"
    plan.write_text(
        'format = 1\n\n[[team]]\nid = "hq"\nside = "client"\nzone = "UTC"\n'
        'hours = { "mon-fri" = ["09:00-17:00"] }\n\n[[team]]\nid = "v"\nside = "vendor"\n'
        'zone = "UTC"\nhours = { "mon-fri" = ["09:00-17:00"] }\n\n[[role]]\nid = "r"\n'
        'kind = "realtime"\nclient = "hq"\nvendor = "v"\n',
        encoding="utf-8",
    )
    window = make_window(plan)
    assert window.summary_label.text() == "2 teams · 1 role · 0 meetings"


def test_go_to_date_takes_a_typed_iso_date(qtbot: QtBot, window: MainWindow) -> None:
    window.goto_action.trigger()
    field = window.date_edit
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2027-12-24")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.day == date(2027, 12, 24)
    assert window.chart.state().day == date(2027, 12, 24)
    assert field.lineEdit().text() == "Fri 24 Dec 2027"


def test_the_verdicts_follow_an_edge_drag_and_settle_on_the_last_step(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    from planner.analysis.overlap import analyze

    dialogs.choose_answers = [0]
    chart = day_chart(window, date(2027, 3, 17))
    layout = chart.chart_layout()
    [edge] = [
        e
        for e in layout.edges
        if e.span.team_id == "hq" and e.edge == "end" and e.span.end == z(2027, 3, 17, 21)
    ]
    box = layout.blocks[0]
    y = round((edge.top + edge.bottom) / 2) - chart.scroll_offset()

    def coverage() -> float | None:
        assert window.analysis is not None
        [verdict] = [v for v in window.analysis.roles if v.role.id == "support"]
        return verdict.coverage_percent  # type: ignore[union-attr]

    def expected(plan) -> float | None:  # the same range analysed directly
        assert window.analysis is not None
        [verdict] = [
            v for v in analyze(plan, window.analysis.range).roles if v.role.id == "support"
        ]
        return verdict.coverage_percent  # type: ignore[union-attr]

    before = coverage()
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x), y))
    # New York working to 19:00, then 20:00, then 21:00 (EDT): steps closer together than
    # the verdicts are redone; the last one is always analysed.
    for hour in (23, 24, 25):
        qtbot.mouseMove(chart, QPoint(round(box.x(z(2027, 3, 17) + hour * 3600)), y))
    last = chart.plan()
    assert last.team("hq").hours.on(2) == (Shift.parse("09:00-21:00"),)
    qtbot.waitUntil(lambda: window.roles_panel.live and coverage() == expected(last))
    assert coverage() != before
    assert window.document.plan.team("hq").hours.on(2) == (Shift.parse("09:00-17:00"),)
    qtbot.mouseRelease(
        chart, Qt.MouseButton.LeftButton, pos=QPoint(round(box.x(z(2027, 3, 18, 1))), y)
    )
    assert not window.roles_panel.live
    assert window.document.plan.team("hq").hours.on(2) == (Shift.parse("09:00-21:00"),)
    assert coverage() == expected(window.document.plan)


def test_what_the_window_shows_during_and_after_a_drag_is_what_a_full_recompute_shows(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, monkeypatch
) -> None:
    # Each step's verdicts and chart are worked out from the last step's (only the
    # dragged team's roles, rows and pairs again): they must be those of the plan anew.
    from planner.analysis.overlap import analyze
    from planner.chart.data import chart_data
    from ui.panels.roles_panel import RolesPanel
    from ui.window import shell

    monkeypatch.setattr(shell, "PREVIEW_ANALYSIS_MS", 0)  # every step's verdicts
    dialogs.choose_answers = [0]
    chart = day_chart(window, date(2027, 3, 17))
    window.roles_panel.select(None)  # every pair on the chart: Manila's rows change Acme's
    layout = chart.chart_layout()
    edge = next(e for e in layout.edges if e.span.team_id == "mnl" and e.edge == "end")
    box = layout.blocks[0]
    y = round((edge.top + edge.bottom) / 2) - chart.scroll_offset()
    quarter = (box.x1 - box.x0) / box.block.hours / 4

    def items(panel: RolesPanel) -> list[tuple[str, str, str, str]]:
        tree = panel.tree
        return [
            (i.text(0), i.text(1), i.toolTip(0), i.background(1).color().name())
            for i in (tree.topLevelItem(n) for n in range(tree.topLevelItemCount()))
            if i is not None
        ]

    def same_as_anew() -> None:
        qtbot.waitUntil(lambda: not window._recompute_timer.isActive())
        plan = chart.plan()
        analysis = window.analysis
        assert analysis is not None
        full = analyze(plan, analysis.range)
        assert analysis.roles == full.roles
        assert analysis.meetings == full.meetings
        assert list(analysis.pairs) == list(full.pairs)
        fresh = RolesPanel()
        qtbot.addWidget(fresh)
        fresh.live = window.roles_panel.live
        fresh.set_analysis(plan, full)
        fresh.select(window.roles_panel.selected_id())
        assert items(window.roles_panel) == items(fresh)
        assert window.roles_panel.details.toHtml() == fresh.details.toHtml()
        state = chart.state()
        assert chart.chart() == chart_data(
            plan,
            state.view,
            state.day,
            zone=state.zone,
            pair=state.pair,
            role_id=state.role,
            now=chart._now,
        )

    verdicts = window.analysis.roles if window.analysis else ()
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x), y))
    for count, step in enumerate((-2, -6, -12, -4, 3, -8, -10)):
        if count == 4:  # its details follow the steps too, its gaps on the chart
            window.roles_panel.select("support")
        qtbot.mouseMove(chart, QPoint(round(edge.x + step * quarter), y))
        same_as_anew()
        assert window.roles_panel.live
    seo = [v for v in window.analysis.roles if v.role.id == "seo"]
    assert seo == [v for v in verdicts if v.role.id == "seo"]  # Manila's edit leaves it
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(round(edge.x - 8 * quarter), y))
    assert not window.roles_panel.live
    same_as_anew()
    assert window.document.plan == chart.plan()
