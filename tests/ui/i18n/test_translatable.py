"""Every text ui/ shows goes through Qt's translation: an AST check of the sources.

A string literal (or an f-string with words) passed to a call that shows text (setText,
setToolTip, QLabel, QAction, addAction, message boxes, the window's dialog helpers...)
fails unless it is wrapped in ``translate(...)``/``self.tr(...)``. Machine text passes: lower
case identifiers (object names, settings keys), key sequences, text without letters.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.ui.i18n.sources import ROOT, translations_tool

UI = ROOT / "ui"
# Files that may show untranslated text, with the reason.
ALLOWED_FILES = {
    # Runs before Qt is importable (a broken install): it cannot reach a translator.
    "ui/missing_library.py",
}
# Calls (by function or method name) whose string arguments a user reads.
SINKS = frozenset(
    {
        # Qt widgets and actions
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setLabelText",
        "setTitle",
        "addAction",
        "addMenu",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setAccessibleName",
        "setAccessibleDescription",
        "setEmptyLabel",
        "setIconText",
        "setInformativeText",
        "setDetailedText",
        "setTabText",
        "addTab",
        "showMessage",
        "addButton",
        "setButtonText",
        "addToolBar",
        "setWindowIconText",
        "setFormat",
        "addRow",
        "setDefaultSuffix",
        "setNameFilter",
        "setNameFilters",
        "setOkButtonText",
        "setCancelButtonText",
        "drawText",
        "createUndoAction",
        "createRedoAction",
        "QLabel",
        "QAction",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QDockWidget",
        "QToolButton",
        "QMessageBox",
        "QUndoCommand",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "draw_text",
        "draw_label",
        "draw_empty",
        "getInt",
        "getDouble",
        "LegendItem",
        "getItem",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        # the app's own helpers that show their arguments
        "info",
        "error",
        "problems",
        "confirm",
        "choose",
        "ask_text",
        "open_file",
        "save_file",
        "choose_folder",
        "_action",
        "_dock",
        "plain_tip",
        "setMenuText",
    }
)
MACHINE_TEXT = re.compile(
    r"^([a-z0-9_.\-/:*;]*"  # object names, settings keys
    r"|((Ctrl|Alt|Shift|Meta)\+)+\S+"  # key sequences
    r"|(</?[a-z]+ ?/?>)+"  # rich-text markup around translated text
    r"|[^A-Za-z]*)$"  # no letters
)


def _wrapped(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("translate", "tr")


def _sink(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _bare_texts(node: ast.AST) -> list[ast.AST]:
    """String literals and worded f-strings in an argument, outside translate/tr calls."""
    if isinstance(node, ast.Call) and _wrapped(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [] if MACHINE_TEXT.match(node.value) else [node]
    if isinstance(node, ast.JoinedStr):
        words = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        if not MACHINE_TEXT.match(words):
            return [node]
        return [found for part in node.values for found in _bare_texts(part)]
    if isinstance(node, ast.FormattedValue):  # its format spec (%H:%M) is no text
        return _bare_texts(node.value)
    if isinstance(node, ast.Lambda):
        return []
    return [found for child in ast.iter_child_nodes(node) for found in _bare_texts(child)]


def _checked_files() -> list[Path]:
    files = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if "__pycache__" in path.parts or name in ALLOWED_FILES:
            continue
        files.append(path)
    return files


def untranslatable(source: str, name: str = "<test>") -> list[str]:
    """``file:line: text`` for every bare user-visible string of a module's source."""
    problems = []
    for node in ast.walk(ast.parse(source, name)):
        if not isinstance(node, ast.Call) or _sink(node) not in SINKS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for bare in _bare_texts(arg):
                problems.append(f"{name}:{bare.lineno}: {ast.unparse(bare)[:70]}")
    return problems


def test_the_check_finds_bare_and_accepts_wrapped_text() -> None:
    source = """
label.setText("Teams")
label.setToolTip(f"Team {name} works nights")
box.info(translate("Main", "About"), "Version " + version)
action = QAction("&Quit" if a else translate("Main", "&Close"), self)
label.setObjectName("teams")
self._action(translate("Main", "&New"), self.new, "Ctrl+N", "")
self.date.setAccessibleName(self.tr("Date shown"))
label.setText(f"{a} · {b}")
label.setText(translate("Main", "Save {name}?").format(name=name))
"""
    found = [line.split(": ", 1)[1] for line in untranslatable(source)]
    assert found == ["'Teams'", "f'Team {name} works nights'", "'Version '", "'&Quit'"]


def test_every_text_ui_shows_is_translatable() -> None:
    problems = []
    for path in _checked_files():
        name = path.relative_to(ROOT).as_posix()
        problems += untranslatable(path.read_text(encoding="utf-8"), name)
    assert problems == []


def test_every_translate_call_has_literal_texts() -> None:
    """Found by the extraction: literal texts, or a lookup of texts its module marked.

    ``translate("Ctx", text)`` of a variable is the lookup of texts marked with
    ``QT_TRANSLATE_NOOP("Ctx", ...)`` where they are defined (the extraction takes those),
    or, in the "Planner" context, of the domain's ``Text("...")`` templates of planner/.
    """
    tool = translations_tool()
    problems = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = tool.calls_in(tree)
        marked = {
            message[0]
            for call, message in calls
            if message is not None and getattr(call.func, "id", "").startswith("QT_")
        }
        for call, message in calls:
            context = call.args[0] if call.args else None
            lookup = isinstance(context, ast.Constant) and (
                context.value in marked or context.value == tool.DOMAIN_CONTEXT
            )
            if message is None and not lookup:
                problems.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
    assert problems == []
