"""The repeat-rule editor: frequency, interval, weekdays or a monthly weekday, and the end."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ui.validation import ValidationReport

if TYPE_CHECKING:
    from planner.plan.meeting import Repeat


def qdate_to_date(value: QDate) -> date:
    """A QDate as a ``datetime.date``."""
    return date(value.year(), value.month(), value.day())


def short_weekdays() -> tuple[str, ...]:
    """Monday to Sunday, short, in the GUI's language (``Mon`` … ``Sun`` in the C locale)."""
    locale = QLocale()
    return tuple(locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8))


class RepeatEditor(QGroupBox):
    """Frequency, interval, weekdays (with an ordinal for monthly rules) and the end."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Repeat"))
        form = QFormLayout(self)
        self.freq = QComboBox()
        for text, value in (
            (self.tr("Does not repeat"), ""),
            (self.tr("Daily"), "daily"),
            (self.tr("Weekly"), "weekly"),
            (self.tr("Monthly"), "monthly"),
        ):
            self.freq.addItem(text, value)
        self.freq.setAccessibleName(self.tr("Repeat frequency"))
        form.addRow(self.tr("&Frequency:"), self.freq)
        self.interval = QSpinBox()
        self.interval.setRange(1, 99)
        self.interval.setPrefix(self.tr("every "))
        form.addRow(self.tr("&Interval:"), self.interval)
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        weekdays = short_weekdays()
        for short in weekdays:
            box = QCheckBox(short)
            self.days.append(box)
            days.addWidget(box)
        self.days_holder = QWidget()
        self.days_holder.setLayout(days)
        days.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("On &days:"), self.days_holder)
        monthly = QHBoxLayout()
        monthly.setContentsMargins(0, 0, 0, 0)
        self.ordinal = QComboBox()
        for ordinal_name, ordinal in (
            (self.tr("first"), 1),
            (self.tr("second"), 2),
            (self.tr("third"), 3),
            (self.tr("fourth"), 4),
            (self.tr("last"), -1),
        ):
            self.ordinal.addItem(ordinal_name, ordinal)
        self.month_day = QComboBox()
        for index, short in enumerate(weekdays):
            self.month_day.addItem(short, index)
        monthly.addWidget(QLabel(self.tr("on the")))
        monthly.addWidget(self.ordinal)
        monthly.addWidget(self.month_day)
        monthly.addStretch(1)
        self.monthly_holder = QWidget()
        self.monthly_holder.setLayout(monthly)
        form.addRow(self.tr("&Monthly:"), self.monthly_holder)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        self.end_kind = QComboBox()
        for text, value in (
            (self.tr("Never"), "never"),
            (self.tr("On date"), "until"),
            (self.tr("After"), "count"),
        ):
            self.end_kind.addItem(text, value)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.count = QSpinBox()
        self.count.setRange(1, 9999)
        self.count.setSuffix(self.tr(" times"))
        ends.addWidget(self.end_kind)
        ends.addWidget(self.until)
        ends.addWidget(self.count)
        ends.addStretch(1)
        # Inside holders, so the form's labels do not name them for screen readers.
        self.ordinal.setAccessibleName(self.tr("Week of the month"))
        self.month_day.setAccessibleName(self.tr("Weekday of the month"))
        self.end_kind.setAccessibleName(self.tr("Ends"))
        self.until.setAccessibleName(self.tr("Repeat until"))
        self.count.setAccessibleName(self.tr("Number of occurrences"))
        self.ends_holder = QWidget()
        self.ends_holder.setLayout(ends)
        form.addRow(self.tr("&Ends:"), self.ends_holder)
        for signal in (
            self.freq.currentIndexChanged,
            self.interval.valueChanged,
            self.ordinal.currentIndexChanged,
            self.month_day.currentIndexChanged,
            self.end_kind.currentIndexChanged,
            self.until.dateChanged,
            self.count.valueChanged,
            *(box.toggled for box in self.days),
        ):
            signal.connect(self._on_change)
        self._update_enabled()

    def _on_change(self, *_args: object) -> None:
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        freq = self.freq.currentData()
        repeating = bool(freq)
        self.interval.setEnabled(repeating)
        units = {
            "daily": self.tr(" day(s)"),
            "weekly": self.tr(" week(s)"),
            "monthly": self.tr(" month(s)"),
        }
        self.interval.setSuffix(units.get(str(freq), ""))
        self.days_holder.setEnabled(freq in ("daily", "weekly"))
        self.monthly_holder.setEnabled(freq == "monthly")
        self.ends_holder.setEnabled(repeating)
        kind = self.end_kind.currentData()
        self.until.setVisible(kind == "until")
        self.count.setVisible(kind == "count")

    def set_repeat(self, repeat: Repeat | None, start: date) -> None:
        """Show a rule (None: a one-off meeting starting on ``start``)."""
        self.blockSignals(True)
        self.until.setDate(QDate(start.year, 12, 31))
        self.count.setValue(10)
        for box in self.days:
            box.setChecked(False)
        self.month_day.setCurrentIndex(start.weekday())
        self.ordinal.setCurrentIndex(min(3, (start.day - 1) // 7))
        if repeat is None:
            self.freq.setCurrentIndex(0)
            self.interval.setValue(1)
            self.end_kind.setCurrentIndex(0)
        else:
            self.freq.setCurrentIndex(self.freq.findData(repeat.freq))
            self.interval.setValue(repeat.interval)
            for byday in repeat.byday:
                if byday.ordinal is None:
                    self.days[byday.weekday].setChecked(True)
                else:
                    self.month_day.setCurrentIndex(byday.weekday)
                    self.ordinal.setCurrentIndex(max(0, self.ordinal.findData(byday.ordinal)))
            if repeat.until is not None:
                self.end_kind.setCurrentIndex(1)
                self.until.setDate(QDate(repeat.until.year, repeat.until.month, repeat.until.day))
            elif repeat.count is not None:
                self.end_kind.setCurrentIndex(2)
                self.count.setValue(repeat.count)
            else:
                self.end_kind.setCurrentIndex(0)
        self.blockSignals(False)
        self._update_enabled()

    def read(self, report: ValidationReport) -> tuple[bool, Repeat | None]:
        """(ok, rule): the rule as shown (None for a one-off); problems go to field "repeat"."""
        from planner.plan.meeting import ByDay, Repeat

        freq = str(self.freq.currentData() or "")
        if not freq:
            return True, None
        if freq == "monthly":
            byday: tuple[ByDay, ...] = (
                ByDay(int(self.month_day.currentData()), int(self.ordinal.currentData())),
            )
        else:
            byday = tuple(ByDay(i) for i, box in enumerate(self.days) if box.isChecked())
        kind = self.end_kind.currentData()
        until = qdate_to_date(self.until.date()) if kind == "until" else None
        count = self.count.value() if kind == "count" else None
        repeat = report.check(
            "repeat",
            lambda: Repeat(freq, self.interval.value(), byday, until, count),  # type: ignore[arg-type]
        )
        return repeat is not None, repeat
