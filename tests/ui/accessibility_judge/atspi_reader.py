"""What a screen reader reads of the running app: AT-SPI through libatspi (system Python).

Run by ``test_atspi_judge.py`` as ``/usr/bin/python3 atspi_reader.py REQUEST_JSON`` inside a
private D-Bus session and X display: it starts the app (``request["app"]``, with
``request["env"]``), finds it on the accessibility bus as Orca does, reads the window, the
menu bar, the toolbar and the chart, moves the chart's focus with synthesized key presses,
edits a shift from the keyboard and undoes it (``request["edit"]``), stops the app and
writes what it read as JSON to ``request["result"]`` (the output streams also carry the
D-Bus daemon's, the registry's and the app's messages, in any order). It needs Debian's
python3-gi and gir1.2-atspi-2.0, so it never runs inside the project's virtual
environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP_NAME = "Overlap Planner"
CHART_NAME = "Overlap chart"
WAIT = 20.0
XK_LEFT, XK_RIGHT, XK_DOWN, XK_RETURN, XK_Z = 0xFF51, 0xFF53, 0xFF54, 0xFF0D, 0x7A
SHIFT_MASK, CONTROL_MASK = 1, 4


def _until(what: str, found: Any, wait: float = WAIT) -> Any:
    """Poll ``found()`` until it gives something true; fail after ``wait`` seconds."""
    end = time.monotonic() + wait
    while True:
        value = found()
        if value:
            return value
        if time.monotonic() > end:
            raise SystemExit(f"atspi_reader: no {what} after {wait:.0f} s")
        time.sleep(0.1)


def _children(node: Any) -> list[Any]:
    return [node.get_child_at_index(i) for i in range(node.get_child_count())]


def _find(node: Any, role: Any, name: str | None = None, depth: int = 0) -> Any:
    if node.get_role() == role and (name is None or node.get_name() == name):
        return node
    if depth > 10:
        return None
    for child in _children(node):
        found = _find(child, role, name, depth + 1)
        if found is not None:
            return found
    return None


def _application() -> Any:
    desktop = Atspi.get_desktop(0)
    return next((a for a in _children(desktop) if a.get_name() == APP_NAME), None)


def _states(node: Any) -> list[str]:
    return sorted(s.value_nick for s in node.get_state_set().get_states())


def _focused_child(table: Any) -> int | None:
    for index, child in enumerate(_children(table)):
        if child.get_state_set().contains(Atspi.StateType.FOCUSED):
            return index
    return None


def _press(keysym: int) -> None:
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def show_date(frame: Any, typed: str, shown: str) -> None:
    """Type a date into the toolbar's date field and press Enter, as a keyboard user does.

    Waits until the field shows it as ``shown``: the chart follows in the same event.
    """
    field = _until("date field", lambda: _find(frame, Atspi.Role.SPIN_BUTTON, "Date shown"))
    field.grab_focus()
    Atspi.EditableText.set_text_contents(field, typed)
    _press(XK_RETURN)
    _until(f"date field showing {shown}", lambda: Atspi.Text.get_text(field, 0, -1) == shown)


def _chord(mask: int, keysym: int) -> None:
    """A key pressed with modifiers held (locked around it, as XKB lets a client do)."""
    Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    _press(keysym)
    Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def _name_change(node: Any, was: str) -> str:
    end = time.monotonic() + 10.0
    while node.get_name() == was and time.monotonic() < end:
        time.sleep(0.05)
    return str(node.get_name())


def edit(table: Any, focus: int, watch: int) -> dict[str, str]:
    """Move the focus to child ``focus`` (Right), press Shift+Left, then Ctrl+Z.

    Returns child ``watch``'s name before, after the edit and after the undo.
    """
    for _ in range(48):
        if _focused_child(table) == focus:
            break
        _press(XK_RIGHT)
        time.sleep(0.05)
    watched = table.get_child_at_index(watch)
    before = str(watched.get_name())
    _chord(SHIFT_MASK, XK_LEFT)
    edited = _name_change(watched, before)
    _chord(CONTROL_MASK, XK_Z)
    undone = _name_change(watched, edited)
    return {"focused": _focused_child(table), "before": before, "edited": edited, "undone": undone}


def read(app: Any, request_date: list[str], edit_request: dict[str, int]) -> dict[str, Any]:
    """Everything the judge checks, as plain data."""
    frame = _until("window", lambda: _find(app, Atspi.Role.FRAME))
    table = _until(
        "chart with cells",
        lambda: (t := _find(frame, Atspi.Role.TABLE, CHART_NAME)) and t.get_child_count() and t,
    )
    if request_date:
        _until(
            "chart with cells",
            lambda: (t := _find(frame, Atspi.Role.TABLE, CHART_NAME)) and t.get_child_count(),
        )
        show_date(frame, *request_date)
    menu_bar = _find(frame, Atspi.Role.MENU_BAR)
    tool_bar = _find(frame, Atspi.Role.TOOL_BAR)
    cells = _children(table)
    result: dict[str, Any] = {
        "application": app.get_name(),
        "window": frame.get_name(),
        "menus": [m.get_name() for m in _children(menu_bar)] if menu_bar else [],
        "toolbar": [
            {"role": c.get_role_name(), "name": c.get_name(), "states": _states(c)}
            for c in (_children(tool_bar) if tool_bar else [])
        ],
        "chart": {
            "role": table.get_role_name(),
            "name": table.get_name(),
            "description": table.get_description(),
            "states": _states(table),
            "children": [
                {
                    "role": c.get_role_name(),
                    "name": c.get_name(),
                    "description": c.get_description(),
                }
                for c in cells
            ],
        },
    }
    # The keyboard: focus the chart as a reader's user would, then Right and Down.
    table.grab_focus()
    if _focused_child(table) is None:  # no window manager activates the window: click it
        box = cells[0].get_extents(Atspi.CoordType.SCREEN)
        Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    before = _until("focused cell", lambda: _focused_child(table) is not None, 10.0)
    moves = []
    for keysym in (XK_RIGHT, XK_DOWN):
        start = _focused_child(table)
        _press(keysym)
        end = time.monotonic() + 10.0
        now = start
        while now == start and time.monotonic() < end:
            time.sleep(0.05)
            now = _focused_child(table)
        moves.append(
            {"from": start, "to": now, "name": cells[now].get_name() if now is not None else ""}
        )
    result["focus"] = {"chart_focused": before, "moves": moves}
    if edit_request:
        result["edit"] = edit(table, edit_request["focus"], edit_request["watch"])
    return result


def main() -> int:
    request = json.loads(sys.argv[1])
    Atspi.init()
    env = {**os.environ, **request["env"]}
    app_process = subprocess.Popen(request["app"], env=env, stdin=subprocess.DEVNULL)
    try:
        app = _until("application on the accessibility bus", _application)
        reading = read(app, request.get("date", []), request.get("edit", {}))
        with open(request["result"], "w", encoding="utf-8") as result:
            json.dump(reading, result)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
