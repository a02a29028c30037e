"""The contact demand dialog: CSV in, week profile shown, roster applied as one undo step."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.analysis.overlap import analyze
from planner.plan.paths import resolve_plan_path
from planner.plan.reading import parse_plan
from planner.schedule.range import Range
from tests.ui.conftest import FakeDialogs, WindowFactory
from ui.editors.demand_editor import DemandDialog
from ui.panels.roles_panel import RolesPanel

NAME = "newyork-manila-contact-centre.toml"


def centre_text() -> str:
    return resources.files("resources.examples").joinpath(NAME).read_text(encoding="utf-8")


def dialog_for(qtbot: QtBot, folder: Path | None = None, dialogs: FakeDialogs | None = None):
    plan = parse_plan(centre_text()).plan
    span = Range.of_days("America/New_York", date(2027, 3, 1), date(2027, 3, 21))
    dialog = DemandDialog(plan, "voice", span, folder, dialogs or FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return plan, dialog


def ok_button(dialog: DemandDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_loads_the_demand_and_draws_its_week(qtbot: QtBot) -> None:
    plan, dialog = dialog_for(qtbot)
    assert dialog.handle.value() == 300
    assert (dialog.level_percent.value(), dialog.level_seconds.value()) == (80, 20)
    assert dialog.contacts.toPlainText().startswith("weekday,time,contacts\nMon,08:00,40\n")
    assert dialog.demand == plan.role("voice").demand
    assert dialog.profile.contacts == plan.role("voice").demand.contacts.days
    assert dialog.profile.required[0][24] == 29  # Monday 12:00, 95 calls
    # Weekdays 5 x 2,120 calls, weekends 2 x 770.
    assert dialog.profile.summary() == (
        "12,140 contacts a week; busiest interval 95 contacts; at most 29 agents required"
    )
    assert dialog.profile.grab().width() > 0


def test_pasted_csv_problems_are_listed_by_line_and_block_ok(qtbot: QtBot) -> None:
    _, dialog = dialog_for(qtbot)
    dialog.contacts.setPlainText(
        "weekday;time;contacts\nMon;09:00;40\nMnday;09:30;x\nTue;09:10;2\n"
    )
    dialog.validate()
    assert dialog.problems.text().splitlines() == [
        'pasted contacts:3: "Mnday" is not a weekday (Mon ... Sun, Monday ... Sunday) or a date '
        "(YYYY-MM-DD)",
        "pasted contacts:4: time 09:10 is not on the 30-minute grid of interval_minutes: give the "
        "start of each interval (09:00, 09:30, ...)",
    ]
    assert not ok_button(dialog).isEnabled() and not dialog.suggest_button.isEnabled()
    dialog.contacts.setPlainText("date,time,contacts\n2027-03-01,09:00,30\n2027-03-08,09:00,50\n")
    dialog.validate()
    assert ok_button(dialog).isEnabled()
    assert dialog.demand.contacts.days[0][18] == 40.0


def test_an_imported_file_can_stay_linked_relative_to_the_plan(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "data").mkdir()
    csv = tmp_path / "data" / "volume.csv"
    csv.write_bytes(b"\xef\xbb\xbfweekday,time,contacts\r\nSat,10:00,12\r\n")
    dialogs = FakeDialogs(open_answer=str(csv))
    _, dialog = dialog_for(qtbot, tmp_path, dialogs)
    dialog.import_button.click()
    assert dialogs.last("open_file") == ("Import Contact Volume", str(tmp_path))
    assert dialog.demand.contacts_file is None and dialog.demand.contacts.total == 12
    dialog.link.setChecked(True)
    dialog.validate()
    assert dialog.contacts.isReadOnly()
    assert dialog.demand.contacts_file == "data/volume.csv"
    dialog.accept()
    assert dialog.result_plan.role("voice").demand.contacts_file == "data/volume.csv"
    assert dialog.undo_text() == 'Edit contact demand of "Customer calls"'


def test_a_linked_file_outside_the_plans_folder_keeps_its_full_path(
    qtbot: QtBot, tmp_path: Path
) -> None:
    plans, shared = tmp_path / "plans", tmp_path / "shared"
    plans.mkdir()
    shared.mkdir()
    csv = shared / "volume.csv"
    csv.write_bytes(b"weekday,time,contacts\nSat,10:00,12\n")
    _, dialog = dialog_for(qtbot, plans, FakeDialogs(open_answer=str(csv)))
    dialog.import_button.click()
    dialog.link.setChecked(True)
    dialog.validate()
    # Written as the plan keeps it (forward slashes), and read back as the same file.
    assert dialog.demand.contacts_file == csv.resolve().as_posix()
    assert resolve_plan_path(dialog.demand.contacts_file, plans) == csv.resolve()


def test_the_suggested_roster_is_applied_with_the_demand(qtbot: QtBot) -> None:
    _, dialog = dialog_for(qtbot)
    dialog.shrinkage.setValue(20)
    dialog.suggest_button.click()
    roster = dialog.roster
    assert roster is not None and roster.optimal
    assert dialog.roster_text.toPlainText().splitlines()[0] == (
        f"{roster.agent_hours_per_week:g} agent-hours a week (optimal); the current roster has "
        "2680."
    )
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    result = dialog.result_plan
    assert dialog.undo_text() == "Apply suggested roster to Manila contact centre"
    assert result.role("voice").demand.shrinkage_percent == 20
    vendor = result.team("mnl")
    assert vendor.hours == roster.hours() and vendor.agents == roster.agents()
    # The roster meets every interval of the range it was solved for (no vendor holiday in it).
    span = Range.of_days("America/New_York", date(2027, 3, 1), date(2027, 3, 7))
    assert analyze(result, span).roles[0].staffing.meets


def test_the_window_opens_the_dialog_and_undoes_the_roster(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / NAME
    path.write_text(centre_text(), encoding="utf-8")
    window = make_window(path)
    panel: RolesPanel = window.roles_panel
    panel.select("voice")
    assert not panel.demand_button.isHidden()
    assert "service level" in panel.tree.topLevelItem(0).text(0)
    assert "Staffing (30-minute intervals, target 80/20" in panel.details.toPlainText()
    panel.demand_button.click()
    dialog = window.active_editor
    assert isinstance(dialog, DemandDialog)
    before = window.document.plan
    dialog.suggest()
    dialog.apply_button.click()
    after = window.document.plan
    assert after.team("mnl").hours == dialog.roster.hours()
    window.document.undo_stack.undo()
    assert window.document.plan == before


def test_the_role_editor_keeps_the_demand_and_sets_reply_within(qtbot: QtBot) -> None:
    from ui.editors.role_editor import RoleEditor

    plan = parse_plan(centre_text()).plan
    editor = RoleEditor(plan, plan.role("voice"))
    qtbot.addWidget(editor)
    assert not editor.reply_within.isEnabled()
    editor.coverage.setValue(90)
    editor.accept()
    assert editor.result_role.demand == plan.role("voice").demand
    assert editor.result_role.min_coverage_percent == 90
    # Turned async, the role drops the demand (it is for real-time roles) and takes a target.
    editor = RoleEditor(plan, plan.role("voice"))
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("async"))
    assert editor.reply_within.isEnabled() and editor.reply_within.text() == "no target"
    editor.reply_within.setValue(4)
    editor.accept()
    assert (editor.result_role.demand, editor.result_role.reply_within_hours) == (None, 4.0)


def test_the_roles_panel_gives_the_share_answered_in_time(qtbot: QtBot) -> None:
    from dataclasses import replace

    text = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    plan = parse_plan(text.read_text(encoding="utf-8")).plan
    plan = replace(
        plan,
        roles=tuple(
            replace(r, reply_within_hours=2) if r.kind == "async" else r for r in plan.roles
        ),
    )
    panel = RolesPanel()
    qtbot.addWidget(panel)
    span = Range.of_days("America/New_York", date(2027, 3, 15), date(2027, 3, 21))
    panel.set_analysis(plan, analyze(plan, span))
    seo = panel.tree.topLevelItem(1).text(0)
    assert seo.endswith("answered within 2 working h")
    assert panel.badge("seo") == "✖ FAIL"
