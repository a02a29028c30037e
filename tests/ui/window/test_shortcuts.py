"""No two actions share a key: every QAction of the main window, and Qt's standard bindings."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence

from ui.window.main_window import MainWindow

#: The standard keys the window's actions and its text fields and tables respond to.
STANDARD = QKeySequence.StandardKey
USED_STANDARD_KEYS = (
    STANDARD.New,
    STANDARD.Open,
    STANDARD.Save,
    STANDARD.SaveAs,
    STANDARD.Print,
    STANDARD.Quit,
    STANDARD.Undo,
    STANDARD.Redo,
    STANDARD.Copy,
    STANDARD.Cut,
    STANDARD.Paste,
    STANDARD.SelectAll,
    STANDARD.Delete,
    STANDARD.Close,
    STANDARD.HelpContents,
)


def keys_of(window: MainWindow) -> dict[str, list[str]]:
    """Each key sequence and the actions it triggers (an action once, however often it lists it)."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        texts = {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
        for text in sorted(texts - {""}):
            found[text].append(action.text().replace("&", ""))
    return found


def test_no_action_lists_a_key_twice(window: MainWindow) -> None:
    for action in window.findChildren(QAction):
        keys = [s.toString() for s in action.shortcuts()]
        assert len(keys) == len(set(keys)), (action.text(), keys)


def test_no_two_actions_of_the_main_window_share_a_shortcut(window: MainWindow) -> None:
    shared = {key: names for key, names in keys_of(window).items() if len(names) > 1}
    assert shared == {}


def test_no_own_shortcut_takes_a_key_qt_binds_to_another_standard_action(
    window: MainWindow,
) -> None:
    found = keys_of(window)
    owners = {
        "New": STANDARD.New,
        "Open…": STANDARD.Open,
        "Save": STANDARD.Save,
        "Save As…": STANDARD.SaveAs,
        "Print Preview…": STANDARD.Print,
        "Quit": STANDARD.Quit,
        "Undo": STANDARD.Undo,
        "Redo": STANDARD.Redo,
        "Copy Rows": STANDARD.Copy,  # the Chart as Table view
    }
    for key in USED_STANDARD_KEYS:
        for sequence in QKeySequence.keyBindings(key):
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            for name in found.get(text, []):
                assert owners.get(name) == key, f"{text} is {key.name} in Qt but {name!r} here"
    # The reference zone used Ctrl+Shift+Z, Redo's key on Linux and macOS: both failed.
    assert found["Ctrl+Alt+Z"] == ["Reference Zone…"]
    assert found["Ctrl+Y"] == ["Redo"]
    for sequence in QKeySequence.keyBindings(STANDARD.Redo):
        assert found[sequence.toString(QKeySequence.SequenceFormat.PortableText)] == ["Redo"]
