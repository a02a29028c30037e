"""A plan's title names it: New asks for one; files and the calendar are named after it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import FakeDialogs, WindowFactory, example_text
from ui.document import Document
from ui.window.main_window import MainWindow


def test_new_asks_for_a_title_that_names_the_files_and_the_calendar(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.text_answers = [None]
    before = window.document
    window.new_action.trigger()
    assert window.document is before  # cancelled: the plan stays open
    dialogs.text_answers = ["Acme: Manila desk"]
    window.new_action.trigger()
    assert window.document.plan.title == "Acme: Manila desk"
    assert window.windowTitle() == "Acme: Manila desk[*] - Overlap Planner"
    dialogs.save_answer = None
    window.save_as()
    assert dialogs.last("save_file")[1].endswith("/Acme - Manila desk.overlap.toml")


def test_export_icalendar_of_a_plan_without_title_or_file_names_it_after_the_file(
    make_window: WindowFactory, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = make_window(None)
    text = example_text().replace('title = "Acme: Manila support desk and Kyiv SEO agency"\n', "")
    window.set_document(Document.from_text(text, "Untitled", parent=window))
    assert window.document.plan.title == "" and window.document.path is None
    dialogs.save_answer = str(tmp_path / "acme calendar.ics")
    assert window.export_ical()
    assert dialogs.last("save_file")[1].endswith("/Untitled.ics")
    ics = (tmp_path / "acme calendar.ics").read_bytes().decode("utf-8")
    assert "X-WR-CALNAME:acme calendar\r\n" in ics
    assert "errors" not in dialogs.names()
