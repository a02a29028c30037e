"""Every message the domain writes for the GUI is a Text, so the GUI can translate it.

A ``raise PlannerError(f"...")`` or a problem recorded as a plain string would reach the
GUI in English whatever its language: this scan of planner/'s syntax tree finds none.
The command line's own messages (planner/cli/) are English only and not scanned.
"""

from __future__ import annotations

import ast
from pathlib import Path

import planner

ROOT = Path(planner.__file__).parent
ENGLISH_ONLY = ("cli",)


def _plain(node: ast.expr) -> bool:
    """A message written as an f-string, a string literal, or glued together with +."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _plain(node.left) or _plain(node.right)
    return False


def plain_messages(source: str) -> list[int]:
    """Lines of messages not written as a Text: PlannerError, Problem, Collector.add/warn."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        message = None
        if name == "PlannerError" and node.args:
            message = node.args[0]
        elif name == "Problem" and len(node.args) >= 4:
            message = node.args[3]
        elif name in ("add", "warn") and isinstance(func, ast.Attribute) and len(node.args) == 5:
            message = node.args[4]
        elif name in ("problem", "_problem") and len(node.args) == 2:  # a reader's helper
            message = node.args[1]
        if message is not None and _plain(message):
            found.append(node.lineno)
    return found


def test_the_scan_finds_plain_messages() -> None:
    source = (
        "raise PlannerError(f'{key} is bad')\n"
        "raise PlannerError('bad')\n"
        "out.add('team', 0, 'id', where, 'id ' + why)\n"
        "Problem(name, 3, '', f'x {y}')\n"
        "raise PlannerError(Text('{key} is bad', key=key))\n"
        "out.warn('team', 0, 'id', where, message)\n"
    )
    assert plain_messages(source) == [1, 2, 3, 4]


def test_no_domain_message_is_a_plain_string() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in ENGLISH_ONLY:
            continue
        found += [f"{relative}:{line}" for line in plain_messages(path.read_text("utf-8"))]
    assert found == []
