"""The chart through Qt's accessibility interface: a table of teams x hours, then its meetings.

Qt has no accessible interface for a custom-painted widget, and PySide6 binds no
``QAccessibleTableInterface``; so the chart is a widget of role Table whose children are
cells (role Cell, with ``QAccessibleTableCellInterface``: row = team, column = hour of
``planner.chart.cells.hour_columns``; in the year view row = client/vendor pair, column =
day) followed by one item per meeting band. Child ``i``
is the cell ``(i // columns, i % columns)`` while ``i < rows * columns``.

The interfaces are made by the factory that :func:`install` registers once. Qt owns the
table interface; the table keeps every child it hands out (Qt keeps pointers to them), and
a child reads the chart anew on every question, so it stays right when the chart changes. (PySide's stubs say these methods never return
None; Qt takes None as its nullptr, hence the ``type: ignore[override]``.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleTableCellInterface,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ui.chart.keyboard import ChartKeys

_installed = False


class ChartAccessible(QAccessibleWidget):
    """The chart as an accessible table (its children: :class:`CellAccessible`, meetings)."""

    def __init__(self, widget: QWidget, keys: ChartKeys) -> None:
        super().__init__(widget, QAccessible.Role.Table, "")
        self.chart = widget
        self.keys = keys
        self._children: dict[int, QAccessibleInterface] = {}

    def _sizes(self) -> tuple[int, int, int]:
        texts = self.keys.texts()
        return texts.rows, texts.column_count, len(texts.meetings)

    def childCount(self) -> int:
        """Cells, then meetings."""
        rows, columns, meetings = self._sizes()
        return rows * columns + meetings

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """The cell or meeting at ``index`` (kept alive here: Qt holds its pointer)."""
        if not 0 <= index < self.childCount():
            return None
        found = self._children.get(index)
        if found is None:
            found = (
                CellAccessible(self, index)
                if index < self._sizes()[0] * self._sizes()[1]
                else MeetingAccessible(self, index)
            )
            self._children[index] = found
        return found

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """The index of one of our children, else -1."""
        index = getattr(child, "index", -1)
        return index if self._children.get(index) is child else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """The focused cell or meeting while the chart has the keyboard focus."""
        if not self.chart.hasFocus():
            return None
        index = self.keys.focus_index()
        return self.child(index) if index is not None else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """The child under a screen point."""
        point = self.chart.mapFromGlobal(QPoint(x, y))
        index = self.keys.index_at(point.x(), point.y())
        return self.child(index) if index is not None else None

    def text(self, kind: QAccessible.Text) -> str:
        """Name: the widget's; Value: the focused cell's text; Description: how to use it."""
        if kind == QAccessible.Text.Value:
            index = self.keys.focus_index()
            child = self.child(index) if index is not None else None
            return child.text(QAccessible.Text.Name) if child is not None else ""
        if kind == QAccessible.Text.Description:
            rows, columns, meetings = self._sizes()
            if self.keys.texts().year:
                return (
                    QCoreApplication.translate(
                        "ChartAccessible",
                        "Client and vendor pairs: {pairs}, days: {days}. Arrow keys move "
                        "between pairs and days, Enter opens the day.",
                    )
                ).format(pairs=rows, days=columns)
            return QCoreApplication.translate(
                "ChartAccessible",
                "Teams: {teams}, hours: {hours}, meetings: {meetings}. Arrow keys move between "
                "teams and hours, Tab between meetings, Enter edits, the Menu key opens the menu; "
                "Shift+Left and Shift+Right move the shift's start or the meeting 15 minutes, "
                "Ctrl+Shift+Left and Ctrl+Shift+Right the shift's end.",
            ).format(teams=rows, hours=columns, meetings=meetings)
        return str(super().text(kind))


class _Child(QAccessibleInterface):
    """What a cell and a meeting share: the parent table, an index, no children of its own."""

    def __init__(self, table: ChartAccessible, index: int) -> None:
        QAccessibleInterface.__init__(self)
        self.table_interface = table
        self.index = index

    def isValid(self) -> bool:
        """True while the chart has this child."""
        return self.index < self.table_interface.childCount()

    def object(self) -> QObject | None:  # type: ignore[override]
        """No QObject of its own."""
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        """The chart's window."""
        return self.table_interface.window()

    def relations(self, match: Any = None) -> list[Any]:
        """None."""
        return []

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """None: a leaf."""
        return None

    def parent(self) -> QAccessibleInterface:
        """The chart's table."""
        return self.table_interface

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """None: a leaf."""
        return None

    def childCount(self) -> int:
        """A leaf."""
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """A leaf."""
        return -1

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Read-only."""

    def _state(self, focused: bool, area: QRect) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.readOnly = True
        chart = self.table_interface.chart
        state.focused = focused and chart.hasFocus()
        state.selected = focused
        state.invisible = area.isEmpty()
        state.offscreen = area.isEmpty()
        return state

    def _screen(self, area: QRect) -> QRect:
        if area.isEmpty():
            return QRect()
        chart = self.table_interface.chart
        return QRect(chart.mapToGlobal(area.topLeft()), area.size())


class CellAccessible(_Child, QAccessibleTableCellInterface):
    """One team during one hour: the text of ``ui.chart.cell_text``."""

    def __init__(self, table: ChartAccessible, index: int) -> None:
        _Child.__init__(self, table, index)
        QAccessibleTableCellInterface.__init__(self)

    def _where(self) -> tuple[int, int]:
        columns = self.table_interface.keys.texts().column_count
        return divmod(self.index, max(columns, 1))

    def isValid(self) -> bool:
        """True while the chart has this cell."""
        texts = self.table_interface.keys.texts()
        return self.index < texts.rows * texts.column_count

    def role(self) -> QAccessible.Role:
        """A table cell."""
        return QAccessible.Role.Cell

    def text(self, kind: QAccessible.Text) -> str:
        """Name: the sentence; Description: the column's hour in the reference zone."""
        if not self.isValid():
            return ""
        row, column = self._where()
        texts = self.table_interface.keys.texts()
        if kind == QAccessible.Text.Name:
            return texts.text(row, column)
        if kind == QAccessible.Text.Description:
            return texts.column_text(column)
        return ""

    def rect(self) -> QRect:
        """Where the cell is on screen (empty when scrolled away)."""
        if not self.isValid():
            return QRect()
        row, column = self._where()
        return self._screen(self.table_interface.keys.cell_area(row, column))

    def state(self) -> QAccessible.State:
        """Focusable and selectable; focused and selected when it has the chart's focus."""
        keys = self.table_interface.keys
        focused = self.isValid() and keys.focus_index() == self.index
        area = keys.cell_area(*self._where()) if self.isValid() else QRect()
        return self._state(focused, area)

    def tableCellInterface(self) -> QAccessibleTableCellInterface:
        """Itself."""
        return self

    def rowIndex(self) -> int:
        """The team's place in the plan."""
        return self._where()[0]

    def columnIndex(self) -> int:
        """The hour's column."""
        return self._where()[1]

    def rowExtent(self) -> int:
        """One row."""
        return 1

    def columnExtent(self) -> int:
        """One hour."""
        return 1

    def isSelected(self) -> bool:
        """True for the focused cell."""
        return self.table_interface.keys.focus_index() == self.index

    def rowHeaderCells(self) -> list[QAccessibleInterface]:
        """None: the team's name starts every cell's text."""
        return []

    def columnHeaderCells(self) -> list[QAccessibleInterface]:
        """None: the hour is each cell's description."""
        return []

    def table(self) -> QAccessibleInterface:
        """The chart."""
        return self.table_interface


class MeetingAccessible(_Child):
    """A meeting band: its title, time and state."""

    def _meeting(self) -> int:
        texts = self.table_interface.keys.texts()
        return self.index - texts.rows * texts.column_count

    def role(self) -> QAccessible.Role:
        """A band that Enter edits."""
        return QAccessible.Role.Button

    def text(self, kind: QAccessible.Text) -> str:
        """Name: what the meeting is and when."""
        if kind != QAccessible.Text.Name or not self.isValid():
            return ""
        return self.table_interface.keys.texts().meeting_text(self._meeting())

    def rect(self) -> QRect:
        """Where the band is on screen."""
        if not self.isValid():
            return QRect()
        return self._screen(self.table_interface.keys.meeting_area(self._meeting()))

    def state(self) -> QAccessible.State:
        """Focusable; focused when Tab has moved to it."""
        keys = self.table_interface.keys
        focused = self.isValid() and keys.focus_index() == self.index
        area = keys.meeting_area(self._meeting()) if self.isValid() else QRect()
        return self._state(focused, area)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The chart's interface for a widget with chart keys (``ui.chart.widget.ChartWidget``)."""
    keys = getattr(obj, "keys", None)
    if isinstance(obj, QWidget) and isinstance(keys, ChartKeys):
        return ChartAccessible(obj, keys)
    return None


def install() -> None:
    """Register the chart's accessible interface with Qt (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
