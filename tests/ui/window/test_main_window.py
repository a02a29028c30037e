"""The main window driven through its real widgets: editors, panels, chart drags, files."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.plan.hours import Shift
from planner.plan.reading import load_plan
from tests.ui.conftest import FakeDialogs, WindowFactory, broken_example, example_text
from ui.dialogs import SaveChoice
from ui.editors.role_editor import RoleEditor
from ui.editors.team_editor import TeamEditor
from ui.window.main_window import MainWindow

OK = QDialogButtonBox.StandardButton.Ok


def utc(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def click_ok(qtbot: QtBot, editor: TeamEditor | RoleEditor) -> None:
    button = editor.buttons.button(OK)
    assert button.isEnabled(), editor.summary.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_team_editor(qtbot: QtBot, window: MainWindow, team_id: str | None) -> TeamEditor:
    if team_id is None:
        qtbot.mouseClick(window.teams_panel.add_button, Qt.MouseButton.LeftButton)
    else:
        window.teams_panel.select(team_id)
        qtbot.mouseClick(window.teams_panel.edit_button, Qt.MouseButton.LeftButton)
    editor = window.active_editor
    assert isinstance(editor, TeamEditor)
    return editor


def set_weekday_hours(qtbot: QtBot, editor: TeamEditor, text: str) -> None:
    """Type Monday's shifts and copy them to Monday-Friday with the row's menu."""
    editor.hours.clear()
    qtbot.keyClicks(editor.hours.fields[0], text)
    menu = editor.hours.copy_buttons[0].menu()
    [to_weekdays] = [a for a in menu.actions() if a.text() == "Monday to Friday"]
    to_weekdays.trigger()


def test_a_team_made_in_the_editor_changes_chart_and_verdicts_undoes_saves_and_reopens(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    tmp_path: Path,
    make_window: WindowFactory,
) -> None:
    original = window.document.plan
    assert window.day == date(2027, 3, 17)

    # A vendor team with a night shift past midnight, made through the editor.
    editor = open_team_editor(qtbot, window, None)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Cebu night desk")
    assert editor.id.text() == "cebu-night-desk"
    assert editor.side.currentData() == "vendor"
    editor.zone.search.clear()
    qtbot.keyClicks(editor.zone.search, "Manila")
    qtbot.keyClick(editor.zone.search, Qt.Key.Key_Return)
    assert editor.zone.zone() == "Asia/Manila"
    set_weekday_hours(qtbot, editor, "22:00-06:00")
    assert [editor.hours.fields[d].text() for d in range(7)] == ["22:00-06:00"] * 5 + ["", ""]
    assert editor.hours.summaries[4].text() == "8 h, ends Sat 06:00"
    editor.holidays.country.setCurrentIndex(editor.holidays.country.findData("PH"))
    click_ok(qtbot, editor)

    plan = window.document.plan
    team = plan.team("cebu-night-desk")
    assert (team.name, team.side, team.zone, team.holidays) == (
        "Cebu night desk",
        "vendor",
        "Asia/Manila",
        "PH",
    )
    assert team.hours.days == ((Shift(1320, 360),),) * 5 + ((), ())
    assert window.isWindowModified()
    # The chart has a row for it: on Wednesday the shift runs 10:00-18:00 New York time.
    wednesday = window.chart.chart().blocks[2]
    assert wednesday.day == date(2027, 3, 17)
    [row] = [r for r in wednesday.rows if r.team_id == "cebu-night-desk"]
    assert [(s.day, s.start, s.end) for s in row.shifts] == [
        (date(2027, 3, 17), utc("2027-03-17T14:00"), utc("2027-03-17T22:00"))
    ]

    # A real-time role for it: New York works 13:00-21:00 UTC in EDT, the desk 14:00-22:00.
    qtbot.mouseClick(window.roles_panel.add_button, Qt.MouseButton.LeftButton)
    role_editor = window.active_editor
    assert isinstance(role_editor, RoleEditor)
    role_editor.name.clear()
    qtbot.keyClicks(role_editor.name, "Night support")
    role_editor.vendor.setCurrentIndex(role_editor.vendor.findData("cebu-night-desk"))
    role_editor.coverage.setValue(95)
    click_ok(qtbot, role_editor)
    assert window.roles_panel.badge("night-support") == "✖ FAIL"
    [verdict] = [v for v in window.analysis.roles if v.role.id == "night-support"]
    assert verdict.coverage_percent == 87.5
    assert [(g.start, g.end) for g in verdict.gaps] == [
        (utc(f"2027-03-{day}T13:00"), utc(f"2027-03-{day}T14:00")) for day in range(15, 20)
    ]

    # Start the desk an hour earlier: full coverage.
    editor = open_team_editor(qtbot, window, "cebu-night-desk")
    set_weekday_hours(qtbot, editor, "21:00-06:00")
    click_ok(qtbot, editor)
    assert window.roles_panel.badge("night-support") == "✔ PASS"
    assert window.analysis.roles[-1].coverage_percent == 100.0

    # Undo all three edits, then redo them.
    window.undo_action.trigger()
    assert window.roles_panel.badge("night-support") == "✖ FAIL"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan == original
    assert not window.isWindowModified()
    assert [v.role.id for v in window.analysis.roles] == ["support", "seo"]
    for _ in range(3):
        window.redo_action.trigger()
    assert window.roles_panel.badge("night-support") == "✔ PASS"
    edited = window.document.plan

    # Save As, then reopen in a new window: the same plan, the comments kept.
    target = tmp_path / "saved.toml"
    dialogs.save_answer = str(target)
    window.save_as_action.trigger()
    assert window.windowTitle() == "saved.toml[*] - Overlap Planner"
    assert not window.isWindowModified()
    text = target.read_text(encoding="utf-8")
    assert "# Night shift: Monday 21:00 until Tuesday 06:00 local" in text
    assert (
        '[[team]]\nid = "cebu-night-desk"\nname = "Cebu night desk"\nside = "vendor"\n'
        'zone = "Asia/Manila"\nhours = { "mon-fri" = ["21:00-06:00"] }\nholidays = "PH"\n'
    ) in text
    assert load_plan(target).plan == edited
    reopened = make_window(target)
    assert reopened.document.plan == edited
    assert reopened.roles_panel.badge("night-support") == "✔ PASS"
    assert reopened.settings.recent_files()[0] == str(target.resolve())


def test_dragging_a_shift_edge_with_the_mouse_is_an_undoable_edit_that_saves(
    qtbot: QtBot, window: MainWindow, plan_file: Path, dialogs: FakeDialogs
) -> None:
    dialogs.choose_answers = [0]  # the first drag asks which is meant: every Wednesday
    window.set_view("day")
    chart = window.chart
    chart.repaint()
    layout = chart.chart_layout()
    [block] = layout.blocks
    assert block.block.day == date(2027, 3, 17)
    # New York's Wednesday shift ends at 17:00 EDT, 21:00 UTC.
    [edge] = [
        e
        for e in layout.edges
        if e.span.team_id == "hq" and e.edge == "end" and e.span.end == utc("2027-03-17T21:00")
    ]
    y = int((edge.top + edge.bottom) / 2) - chart.scroll_offset()
    start = QPoint(round(edge.x), y)
    finish = QPoint(round(block.x(utc("2027-03-17T22:00"))), y)
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, QPoint((start.x() + finish.x()) // 2, y))
    qtbot.mouseMove(chart, finish)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=finish)

    hours = window.document.plan.team("hq").hours
    assert hours.on(2) == (Shift(540, 1080),)
    assert hours.on(1) == hours.on(3) == (Shift(540, 1020),)
    assert window.document.undo_stack.count() == 1
    assert (
        window.document.undo_stack.text(0)
        == "Change Acme HQ (New York)'s shift on every Wednesday to 09:00-18:00"
    )
    assert window.isWindowModified()

    window.save_action.trigger()
    text = plan_file.read_text(encoding="utf-8")
    assert (
        'hours = { "mon-tue" = ["09:00-17:00"], wed = ["09:00-18:00"], "thu-fri" = ["09:00-17:00"] }'
        in text
    )
    assert load_plan(plan_file).plan == window.document.plan
    assert (plan_file.parent / "acme.toml.bak").read_text(encoding="utf-8") == example_text()

    window.undo_action.trigger()
    assert window.document.plan.team("hq").hours.on(2) == (Shift(540, 1020),)
    assert window.chart.plan().team("hq").hours.on(2) == (Shift(540, 1020),)
    assert window.isWindowModified()


def test_selecting_a_role_highlights_its_gaps_on_the_chart(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.roles_panel.select("support")
    assert window.chart.state().role == "support"
    assert "Select a role" not in window.roles_panel.details.toPlainText()
    window.roles_panel.select(None)
    assert window.chart.state().role is None
    window.teams_panel.select("kyiv")
    assert window.chart.state().pair == (None, "kyiv")


def test_a_removed_team_takes_its_roles_and_meetings_after_confirming(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    dialogs.confirm_answer = False
    window.remove_team("kyiv")
    assert [t.id for t in window.document.plan.teams] == ["hq", "mnl", "kyiv"]
    title, text, action = dialogs.last("confirm")
    assert (title, action) == ("Remove team", "Remove")
    assert text == (
        'Remove "Kyiv SEO agency"? This also changes the plan:\n\n'
        "roles removed: SEO and content\nmeetings removed: SEO weekly status"
    )
    dialogs.confirm_answer = True
    window.remove_team("kyiv")
    plan = window.document.plan
    assert [t.id for t in plan.teams] == ["hq", "mnl"]
    assert [r.id for r in plan.roles] == ["support"]
    assert [m.id for m in plan.meetings] == ["support-review"]
    window.undo_action.trigger()
    assert [t.id for t in window.document.plan.teams] == ["hq", "mnl", "kyiv"]


def test_applying_the_suggested_hours_fixes_a_failing_role(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_team_editor(qtbot, window, "mnl")
    set_weekday_hours(qtbot, editor, "23:00-06:00")
    click_ok(qtbot, editor)
    assert window.roles_panel.badge("support") == "✖ FAIL"
    window.roles_panel.select("support")
    assert window.roles_panel.apply_button.text() == "Apply Suggested Hours to Manila support desk"
    qtbot.mouseClick(window.roles_panel.apply_button, Qt.MouseButton.LeftButton)
    # New York's 09:00-17:00 is 21:00-05:00 in Manila in summer, 22:00-06:00 in winter: the
    # suggestion, checked over the year from the week shown, covers both.
    assert window.document.plan.team("mnl").hours.to_mapping() == {"mon-fri": ["21:00-06:00"]}
    assert window.roles_panel.badge("support") == "✔ PASS"
    assert window.document.undo_stack.text(1) == "Apply suggested hours to Manila support desk"


def test_navigation_views_zone_and_clock(window: MainWindow, settings) -> None:
    window.set_view("week")
    window.go_next()
    assert window.day == date(2027, 3, 24)
    assert window.chart.state().day == date(2027, 3, 24)
    assert window.date_edit.date().toPython() == date(2027, 3, 24)
    window.set_view("day")
    window.go_previous()
    assert window.day == date(2027, 3, 23)
    window.go_today()
    assert window.day == date(2027, 3, 17)
    window.set_view("year")
    window.go_next()
    assert window.day == date(2028, 3, 17)
    assert window.chart.state().view == "year"
    assert settings.view() == "year"
    window.set_reference_zone("Asia/Manila")
    assert window.chart.state().zone == "Asia/Manila"
    assert window.zone_button.text() == "Zone: Asia/Manila"
    assert settings.reference_zone(str(window.document.path)) == "Asia/Manila"
    window.clock_action.trigger()
    assert settings.clock24() is False
    assert window.chart.state().clock24 is False
    assert window.teams_panel.tree.topLevelItem(1).text(3) == "Mon-Fri 9:00 PM-6:00 AM"


def test_a_week_range_follows_the_date_and_the_month_range(window: MainWindow) -> None:
    assert window.analysed_range() == (date(2027, 3, 15), date(2027, 3, 21))
    assert window.analysis.range.first == date(2027, 3, 15)
    window.roles_panel.range.setCurrentIndex(window.roles_panel.range.findData("month"))
    assert window.analysis.range.first == date(2027, 3, 1)
    assert window.analysis.range.last == date(2027, 3, 31)
    window.set_date(date(2027, 2, 10))
    assert (window.analysis.range.first, window.analysis.range.last) == (
        date(2027, 2, 1),
        date(2027, 2, 28),
    )
    assert (
        window.roles_panel.range_label.text()
        == "Mon 2027-02-01 to Sun 2027-02-28 (America/New_York)"
    )


def test_title_marker_and_unsaved_changes_prompt(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, plan_file: Path
) -> None:
    assert window.windowTitle() == "acme.toml[*] - Overlap Planner"
    assert not window.isWindowModified()
    window.remove_role("seo")
    assert window.isWindowModified()

    dialogs.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert dialogs.last("ask_save_changes") == ("acme.toml",)

    dialogs.save_choice = SaveChoice.SAVE
    assert window.close()
    assert [r.id for r in load_plan(plan_file).plan.roles] == ["support"]


def test_new_plan_asks_first_and_discarding_keeps_the_file(
    window: MainWindow, dialogs: FakeDialogs, plan_file: Path
) -> None:
    window.remove_role("seo")
    dialogs.save_choice = SaveChoice.DISCARD
    dialogs.text_answers = [""]
    window.new_action.trigger()
    assert dialogs.names().count("ask_save_changes") == 1
    assert dialogs.names()[-1] == "ask_text"
    assert window.document.plan.teams == ()
    assert window.windowTitle() == "Untitled[*] - Overlap Planner"
    assert plan_file.read_text(encoding="utf-8") == example_text()


def test_a_plan_with_errors_is_listed_whole_and_left_untouched(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    broken = broken_example(tmp_path)
    text = broken.read_text(encoding="utf-8")
    before = window.document
    dialogs.open_answer = str(broken)
    window.open_action.trigger()
    title, intro, problems = dialogs.last("problems")
    assert title == "Cannot open plan"
    assert intro.startswith(
        '"broken.toml" has problems and was not opened (the file was not changed).'
    )
    assert problems == [
        f'{broken}:19: team "mnl": unknown time zone "Asia/Manilla" (did you mean "Asia/Manila"?)',
        f'{broken}:30: team "kyiv": "25:00" is not a time of day (00:00 to 23:59, or 24:00 as an end)',
    ]
    assert broken.read_text(encoding="utf-8") == text
    assert window.document is before


def test_examples_open_as_untitled_copies_and_save_as_asks(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window._fill_examples_menu()
    titles = [a.text() for a in window.examples_menu.actions()]
    assert titles == [
        "Harbour Analytics: Riyadh data team and Bengaluru developers",
        "Brightside Home: Manila contact centre",
        "Acme: Manila support desk and Kyiv SEO agency",
        "Coastline Travel: Kathmandu booking support",
    ]
    window.examples_menu.actions()[3].trigger()
    assert window.windowTitle() == "sydney-kathmandu (example)[*] - Overlap Planner"
    assert window.document.path is None
    assert [t.id for t in window.document.plan.teams] == ["syd", "ktm"]
    dialogs.save_answer = None
    assert window.save() is False
    assert dialogs.last("save_file")[1].endswith(  # named after the plan's title
        "/Coastline Travel - Kathmandu booking support.overlap.toml"
    )
    dialogs.save_answer = str(tmp_path / "coastline")
    assert window.save() is True
    assert (tmp_path / "coastline.overlap.toml").exists()
    assert window.windowTitle() == "coastline.overlap.toml[*] - Overlap Planner"


def test_recent_files_menu_opens_and_forgets_missing_files(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, plan_file: Path
) -> None:
    other = tmp_path / "other.toml"
    other.write_text(example_text("sydney-kathmandu.toml"), encoding="utf-8")
    assert window.open_path(str(other))
    window._fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[:2] == ["&1 other.toml", "&2 acme.toml"]
    window.recent_menu.actions()[1].trigger()
    assert window.document.path == plan_file
    other.unlink()
    assert not window.open_path(str(other))
    assert str(other.resolve()) not in window.settings.recent_files()


def test_settings_remember_geometry_and_last_file(
    make_window: WindowFactory, plan_file: Path, settings
) -> None:
    first = make_window(plan_file)
    first.resize(720, 530)  # inside the offscreen screen (800x600)
    first.clock_action.trigger()
    assert first.close()
    assert settings.last_file() == str(plan_file)
    assert settings.clock24() is False
    second = make_window(plan_file)
    # The height is kept above the docks' minimum; the width comes back exactly.
    assert second.width() == 720
    assert settings.window_state() is not None
    assert second.clock24 is False
    assert not second.clock_action.isChecked()


def test_export_icalendar_writes_the_meetings_with_the_command_line_uids(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    import icalendar

    from planner.calendar.events import event_uid, plan_identity

    target = tmp_path / "acme"
    dialogs.save_answer = str(target)
    assert window.export_ical()
    assert dialogs.last("save_file")[1].endswith(
        "/Acme - Manila support desk and Kyiv SEO agency.ics"
    )
    calendar = icalendar.Calendar.from_ical((tmp_path / "acme.ics").read_bytes())
    identity = plan_identity(window.document.plan, window.document.path)
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        event_uid(identity, "kyiv-weekly"),
        event_uid(identity, "support-review"),
    ]
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "SEO weekly status",
        "Support monthly review",
    ]
    assert window.statusBar().currentMessage() == f"Exported to {target}.ics: 2 meetings"


def test_export_icalendar_names_the_one_offs_it_leaves_out(
    make_window: WindowFactory, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    fixture = Path(__file__).parents[2] / "calendar_clients" / "fixtures" / "skipped_oneoff.toml"
    window = make_window(fixture)
    dialogs.save_answer = str(tmp_path / "kickoffs.ics")
    assert window.export_ical()
    assert window.statusBar().currentMessage() == (
        f"Exported to {tmp_path / 'kickoffs.ics'}: 2 meetings; left out 2 one-off meetings "
        "that a holiday or day off skips: kickoff (hq 2027-07-05: Independence Day (observed)), "
        "manila-kickoff (mnl 2027-12-30: Rizal Day)"
    )


def test_export_icalendar_without_meetings_says_so(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.remove_meeting("kyiv-weekly")
    window.remove_meeting("support-review")
    assert not window.export_ical()
    assert dialogs.last("error") == (
        "Cannot export iCalendar",
        "The plan has no meetings to export: add a meeting first.",
    )
    assert "save_file" not in dialogs.names()


def test_publish_opens_the_caldav_dialog_with_the_remembered_address(
    window: MainWindow, settings
) -> None:
    from ui.publish_dialog import PublishDialog

    settings.store.setValue("publish/url", "https://dav.example.com/")
    window.publish_action.trigger()
    dialog = window.active_editor
    assert isinstance(dialog, PublishDialog)
    assert dialog.url.text() == "https://dav.example.com/"
    assert dialog.password.text() == ""
    dialog.reject()


def test_print_preview_and_chart_export_use_the_chart_as_shown(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown: list[object] = []
    window.print_runner = shown.append
    window.set_view("day")
    window.print_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], QPrintPreviewDialog)
    target = tmp_path / "chart.svg"
    dialogs.save_answer = str(target)
    assert window.export_chart() == str(target)
    assert dialogs.last("save_file")[0] == "Export Chart"
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<?xml")
    assert "Manila support desk" in svg


def test_without_a_plan_the_last_file_opens_again(
    make_window: WindowFactory, plan_file: Path, settings, dialogs: FakeDialogs
) -> None:
    first = make_window(plan_file)
    assert first.close()
    again = make_window(None)
    assert again.document.path == plan_file
    assert settings.last_file() == str(plan_file)
    dialogs.text_answers = [""]
    again.new_action.trigger()
    assert again.close()
    assert settings.last_file() is None
    assert make_window(None).document.path is None


def test_the_start_paints_chart_and_verdicts_first_then_makes_the_other_panels(
    qtbot: QtBot, make_window: WindowFactory, plan_file: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.meetings.rows import series_occurrences, series_summary
    from ui.panels.roles_panel import verdict_badge
    from ui.panels.teams_panel import hours_summary

    window = make_window(start=False)
    window.start(str(plan_file))
    assert not window.panels_built()
    assert window.teams_panel.selected_id() is None  # an empty dock, nothing stale
    assert window.roles_panel.tree.topLevelItemCount() == 2  # the verdicts are there
    assert window.roles_panel.badge("support") in ("\u2714 PASS", "\u2716 FAIL")
    assert window.analysis is not None
    for index, verdict in enumerate(window.analysis.roles):  # each badge in its colour
        badge = window.roles_panel.tree.topLevelItem(index)
        assert badge is not None
        text, colour = verdict_badge(verdict)
        assert badge.text(1).strip() == text
        assert badge.background(1).color().name() == colour
        assert badge.foreground(1).color().name() == "#ffffff"
    QApplication.sendPostedEvents()  # the plan's paint: the window is laid out
    chart = window.chart
    assert chart is not None
    size = chart.size()
    qtbot.waitUntil(window.panels_built)
    QApplication.sendPostedEvents()
    assert chart.size() == size  # making the panels moves nothing on screen
    plan = window.document.plan if window.document else None
    assert plan is not None
    teams = window.teams_panel.tree
    assert [teams.topLevelItem(i).text(0) for i in range(teams.topLevelItemCount())] == [  # type: ignore[union-attr]
        team.name for team in plan.teams
    ]
    qtbot.waitUntil(lambda: teams.topLevelItem(0).text(3) != "\u2026")  # type: ignore[union-attr]
    assert teams.topLevelItem(0).text(3) == hours_summary(plan.teams[0].hours, True)  # type: ignore[union-attr]
    meetings = window.meetings_panel.tree
    qtbot.waitUntil(lambda: meetings.topLevelItem(0).text(1) != "\u2026")  # type: ignore[union-attr]
    for index, meeting in enumerate(plan.meetings):
        item = meetings.topLevelItem(index)
        assert item is not None
        assert item.text(1) == series_summary(series_occurrences(plan, meeting))


def test_a_panel_not_made_yet_is_made_when_asked(
    make_window: WindowFactory, plan_file: Path
) -> None:
    window = make_window(start=False)
    window.start(str(plan_file))
    assert not window.meetings_panel.built
    plan = window.document.plan if window.document else None
    assert plan is not None
    window.meetings_panel.select(plan.meetings[0].id)  # e.g. after an edit
    assert (
        window.meetings_panel.built and window.meetings_panel.selected_id() == plan.meetings[0].id
    )
    assert window.meetings_panel.table.rowCount() > 0


def test_a_window_closed_before_its_panels_are_made_keeps_the_layout_remembered(
    qtbot: QtBot, make_window: WindowFactory, plan_file: Path, settings
) -> None:
    hasty = make_window(start=False)
    hasty.start(str(plan_file))
    assert not hasty.panels_built()
    assert hasty.close()
    assert settings.window_state() is None and settings.geometry() is None
    assert settings.last_file() == str(plan_file)  # the plan it opened is still remembered
    settled = make_window(plan_file)
    assert settled.panels_built()
    assert settled.close()
    assert settings.window_state() is not None and settings.geometry() is not None
