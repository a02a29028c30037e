"""Every control of the main window, its docks and its dialogs has an accessible name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.editors.meeting_editor import MeetingEditor
from ui.editors.zone_picker import ZoneDialog
from ui.window.main_window import MainWindow


def unnamed(top: QWidget) -> list[str]:
    """The focusable widgets shown in ``top`` that a screen reader would announce without a name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isEnabled():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) and widget.objectName() in (
            "qt_spinbox_lineedit",
            "",
        ):
            widget = parent  # a spin box's or combo box's text field: its box speaks for it
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        if not name:
            parent = widget.parentWidget()
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(parent).__name__ if parent else None}"
            )
    return missing


def editor_of(window: MainWindow, open_it: Callable[[], object]) -> QDialog:
    open_it()
    editor = window.active_editor
    assert editor is not None
    return editor


def test_the_window_and_its_docks_name_every_control(qtbot: QtBot, window: MainWindow) -> None:
    window.chart_table_dock.show()
    window.history_dock.show()
    assert unnamed(window) == []


def test_every_dialog_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    found: dict[str, list[str]] = {}
    openers: dict[str, Callable[[], object]] = {
        "team": lambda: window.edit_team("mnl"),
        "new team": window.add_team,
        "role": lambda: window.edit_role("support"),
        "demand": lambda: window.edit_demand("support"),
        "meeting": lambda: window.edit_meeting("kyiv-weekly"),
        "properties": window.edit_properties,
        "publish": window.publish_caldav,
    }
    for name, open_it in openers.items():
        editor = editor_of(window, open_it)
        found[name] = unnamed(editor)
        if isinstance(editor, MeetingEditor):
            window.open_slot_finder(editor)
            assert window.slot_finder is not None
            found["slot finder"] = unnamed(window.slot_finder)
            window.slot_finder.close()
        editor.close()
    zone = ZoneDialog("Asia/Manila", window)
    qtbot.addWidget(zone)
    found["zone"] = unnamed(zone)
    assert {k: v for k, v in found.items() if v} == {}
