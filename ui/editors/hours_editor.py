"""The weekly hours editor: several shifts a day, shifts past midnight, copy a day, presets."""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.plain import plain_label
from ui.validation import ValidationReport

if TYPE_CHECKING:
    from planner.plan.hours import Shift, WeekHours

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPLIT = re.compile(r"[,;\s]+")
WORK_COLOUR = QColor("#0072b2")  # Okabe-Ito blue: readable for every kind of colour vision


def field_name(weekday: int) -> str:
    """The validation field of one weekday's shifts: ``hours.mon`` … ``hours.sun``."""
    return f"hours.{DAY_KEYS[weekday]}"


def format_shifts(shifts: tuple[Shift, ...]) -> str:
    """Shifts as the editor shows them: ``09:00-12:00, 13:00-17:00``."""
    return ", ".join(str(s) for s in shifts)


def day_name(weekday: int, short: bool = False) -> str:
    """A weekday (Monday 0) in the GUI's language: ``Monday``, or ``Mon`` when ``short``."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not rest:
        return QCoreApplication.translate("HoursEditor", "{hours} h").format(hours=hours)
    if hours:
        return QCoreApplication.translate("HoursEditor", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{rest:02d}"
        )
    return QCoreApplication.translate("HoursEditor", "{minutes} min").format(minutes=rest)


class HoursEditor(QWidget):
    """Seven rows of shifts (Monday first) with a preview of the week."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.presets = QToolButton()
        self.presets.setText(self.tr("Presets"))
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.presets.setMenu(self._preset_menu())
        tools.addWidget(self.presets)
        clear = QToolButton()
        clear.setText(self.tr("Clear All"))
        clear.clicked.connect(self.clear)
        tools.addWidget(clear)
        tools.addStretch(1)
        outer.addLayout(tools)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.fields: list[QLineEdit] = []
        self.summaries: list[QLabel] = []
        self.messages: list[QLabel] = []
        self.copy_buttons: list[QToolButton] = []
        # The widest summaries a day can have: "23 h 45 min, ends Wed 06:00" in English.
        widest = [
            _duration(23 * 60 + 45)
            + self.tr(", ends {day} {time}").format(day=day_name(d, short=True), time="06:00")
            for d in range(7)
        ]
        for weekday in range(7):
            day = day_name(weekday)
            label = QLabel(
                self.tr("&{day}:").format(day=day) if weekday else self.tr("{day}:").format(day=day)
            )
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("day off"))
            edit.setMinimumWidth(
                edit.fontMetrics().horizontalAdvance("00:00-00:00, 00:00-00:00") + 16
            )
            edit.setAccessibleName(self.tr("{day} shifts").format(day=day))
            edit.setToolTip(
                self.tr(
                    "Shifts in the team's local time, separated by commas: 09:00-12:00, "
                    "13:00-17:00.\nA shift that ends at or before its start runs past midnight: "
                    "21:00-06:00."
                )
            )
            label.setBuddy(edit)
            summary = plain_label()
            metrics = summary.fontMetrics()
            summary.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in widest))
            summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            copy = QToolButton()
            copy.setText(self.tr("Copy to"))
            copy.setToolTip(self.tr("Copy {day}'s shifts to other days").format(day=day))
            copy.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            copy.setMenu(self._copy_menu(weekday))
            message = plain_label()
            message.setWordWrap(True)
            message.setStyleSheet("color: #b8431b;")
            message.hide()
            row = weekday * 2
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(summary, row, 2)
            grid.addWidget(copy, row, 3)
            grid.addWidget(message, row + 1, 1, 1, 3)
            edit.textChanged.connect(lambda _text, w=weekday: self._on_edit(w))
            self.fields.append(edit)
            self.summaries.append(summary)
            self.messages.append(message)
            self.copy_buttons.append(copy)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        self.preview = WeekPreview()
        outer.addWidget(self.preview)
        hint = QLabel(
            self.tr(
                "Times are the team's local wall time. 21:00-06:00 is a night shift that starts on "
                "the day of its row; 00:00-24:00 is the whole day."
            )
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(hint)

    # building
    def _preset_menu(self) -> QMenu:
        from planner.plan.edits import HOURS_PRESETS
        from ui.i18n.domain import domain_text

        menu = QMenu(self)
        for label, _ in HOURS_PRESETS:
            action = menu.addAction(domain_text(label))
            action.triggered.connect(lambda _checked=False, name=label: self.apply_preset(name))
        return menu

    def _copy_menu(self, source: int) -> QMenu:
        menu = QMenu(self)
        groups = (
            (self.tr("All Other Days"), [d for d in range(7) if d != source]),
            (self.tr("Monday to Friday"), [d for d in range(5) if d != source]),
            (self.tr("Sunday to Thursday"), [d for d in (6, 0, 1, 2, 3) if d != source]),
            (self.tr("Saturday and Sunday"), [d for d in (5, 6) if d != source]),
        )
        for text, targets in groups:
            action = QAction(text, menu)
            action.triggered.connect(
                lambda _checked=False, t=tuple(targets): self.copy_day(source, t)
            )
            menu.addAction(action)
        menu.addSeparator()
        for weekday in range(7):
            if weekday != source:
                action = QAction(day_name(weekday), menu)
                action.triggered.connect(
                    lambda _checked=False, t=(weekday,): self.copy_day(source, t)
                )
                menu.addAction(action)
        return menu

    # values
    def set_hours(self, hours: WeekHours) -> None:
        """Show ``hours`` (replacing what is typed)."""
        for weekday, edit in enumerate(self.fields):
            edit.setText(format_shifts(hours.on(weekday)))
        self._refresh()

    def day_shifts(self, weekday: int, report: ValidationReport) -> tuple[Shift, ...] | None:
        """The shifts typed for a weekday; problems go to ``report`` under :func:`field_name`."""
        from planner.plan.hours import Shift

        shifts: list[Shift] = []
        for token in _SPLIT.split(self.fields[weekday].text().strip()):
            if token:
                shift = report.check(field_name(weekday), partial(Shift.parse, token))
                if shift is None:
                    return None
                shifts.append(shift)
        return tuple(shifts)

    def read(self, report: ValidationReport) -> WeekHours | None:
        """The week as typed, or None with the problems added to ``report``."""
        from planner.plan.hours import WeekHours

        days = [self.day_shifts(weekday, report) for weekday in range(7)]
        if any(day is None for day in days):
            return None
        return report.check("hours", lambda: WeekHours.from_days(d or () for d in days))

    def hours(self) -> WeekHours | None:
        """The week as typed, or None when a day has a problem."""
        return self.read(ValidationReport())

    # actions
    def apply_preset(self, label: str) -> None:
        """Replace every day with a preset from ``planner.plan.edits.HOURS_PRESETS``."""
        from planner.plan.edits import preset_hours

        self.set_hours(preset_hours(label))

    def copy_day(self, source: int, targets: tuple[int, ...]) -> None:
        """Give the target weekdays the source weekday's shifts.

        While some day has a typing mistake, the source's text is copied as it is.
        """
        from planner.plan.edits import copy_day

        hours = self.hours()
        if hours is not None:
            self.set_hours(copy_day(hours, source, targets))
            return
        for weekday in targets:
            self.fields[weekday].setText(self.fields[source].text())
        self._refresh()

    def clear(self) -> None:
        """Make every day a day off."""
        for edit in self.fields:
            edit.setText("")
        self._refresh()

    # feedback
    def _on_edit(self, weekday: int) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        week: list[tuple[Shift, ...]] = []
        for weekday in range(7):
            report = ValidationReport()
            shifts = self.day_shifts(weekday, report)
            message = report.message(field_name(weekday))
            self.messages[weekday].setText(message or "")
            self.messages[weekday].setVisible(bool(message))
            edit = self.fields[weekday]
            if bool(edit.property("invalid")) != bool(message):
                edit.setProperty("invalid", bool(message))
                edit.style().unpolish(edit)
                edit.style().polish(edit)
            if shifts is None:
                self.summaries[weekday].setText("")
                week.append(())
                continue
            week.append(shifts)
            total = sum(s.minutes for s in shifts)
            text = _duration(total) if shifts else self.tr("day off")
            if any(s.crosses_midnight and s.end for s in shifts):
                next_day = day_name((weekday + 1) % 7, short=True)
                last = max((s for s in shifts if s.crosses_midnight), key=lambda s: s.end)
                text += self.tr(", ends {day} {time}").format(
                    day=next_day, time=f"{last.end // 60:02d}:{last.end % 60:02d}"
                )
            self.summaries[weekday].setText(text)
        self.preview.set_week(tuple(week))


class WeekPreview(QWidget):
    """Seven 24-hour bars showing the typed shifts; a night shift continues on the next row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._week: tuple[tuple[Shift, ...], ...] = ((),) * 7
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Week preview"))

    def set_week(self, week: tuple[tuple[Shift, ...], ...]) -> None:
        """Show these shifts (Monday first)."""
        self._week = week
        self.update()

    def sizeHint(self) -> QSize:
        """Seven thin rows and an hour scale."""
        return QSize(420, 7 * 10 + self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(day_name(d, short=True)) for d in range(7)) + 6
        scale_height = self.fontMetrics().height() + 2
        left, width = label_width, max(1, self.width() - label_width - 4)
        row_height = max(6, (self.height() - scale_height) // 7)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        empty = palette.color(QPalette.ColorRole.AlternateBase)
        spill = QColor(WORK_COLOUR)
        spill.setAlpha(140)
        for weekday in range(7):
            top = weekday * row_height
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_width - 4, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                day_name(weekday, short=True),
            )
            bar = QRectF(left, top + 1, width, row_height - 2)
            painter.fillRect(bar, empty)
            for shift in self._week[weekday]:
                end = shift.end if not shift.crosses_midnight else 1440
                painter.fillRect(self._span(bar, shift.start, end), WORK_COLOUR)
            for shift in self._week[(weekday - 1) % 7]:
                if shift.crosses_midnight and shift.end:
                    painter.fillRect(self._span(bar, 0, shift.end), spill)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        top = 7 * row_height
        for hour in range(0, 25, 6):
            x = left + width * hour / 24
            painter.drawLine(int(x), 0, int(x), top)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x - 20, top, 40, scale_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"{hour:02d}",
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.end()

    @staticmethod
    def _span(bar: QRectF, start: int, end: int) -> QRectF:
        x0 = bar.left() + bar.width() * start / 1440
        x1 = bar.left() + bar.width() * end / 1440
        return QRectF(x0, bar.top(), max(1.0, x1 - x0), bar.height())
