"""Dates, times and lists as the GUI shows them, in the default QLocale.

Dates keep the ISO order with the weekday in the language. Times and lists are the model's
exact English while the GUI is English (as ``ui/chart/language.py`` keeps the chart's);
in another language times come from ``ui.i18n.formats`` (the locale's digits and AM/PM)
and lists of names are the locale's (``QLocale.createSeparatedList``), the parts of a
sentence joined by the language's comma.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

DAY_FORMAT = "ddd yyyy-MM-dd"
"""A date with its weekday: ``Tue 2027-01-05`` (``mar 2027-01-05`` in Spanish)."""


def qdate(day: date) -> QDate:
    """A ``datetime.date`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """A date for display only (never parsed back): ``Tue 2027-01-05`` in the C locale."""
    return QLocale().toString(qdate(day), DAY_FORMAT)


def weekday_text(day: date) -> str:
    """The short weekday name of a date: ``Tue`` in the C locale."""
    return QLocale().toString(qdate(day), "ddd")


def english() -> bool:
    """Whether the GUI speaks the model's English (times and lists stay exactly its own)."""
    from ui.i18n.language import SOURCE_LANGUAGE, active_language

    return active_language() == SOURCE_LANGUAGE


def wall_text(minute: int, clock24: bool) -> str:
    """A wall time from minutes after midnight: ``21:30``, ``9:30 PM`` (the locale's in Arabic)."""
    if english():
        from planner.chart.labels import format_minute

        return format_minute(minute, clock24)
    from ui.i18n.formats import wall_time

    return wall_time(minute, clock24)


def moment_text(moment: datetime, clock24: bool) -> str:
    """A local weekday and wall time: ``Tue 23:00``."""
    if english():
        return f"{moment:%a} {wall_text(moment.hour * 60 + moment.minute, clock24)}"
    return f"{weekday_text(moment.date())} {wall_text(moment.hour * 60 + moment.minute, clock24)}"


def number_text(value: int) -> str:
    """A count in the locale's digits (``52``; ``٥٢`` in Arabic)."""
    return str(value) if english() else QLocale().toString(value)


def iso_text(day: date) -> str:
    """A date in ISO order without weekday: ``2027-01-05`` (the locale's digits)."""
    if english():
        return day.isoformat()
    from ui.i18n.formats import digits

    return digits(day.isoformat())


def list_text(items: list[str]) -> str:
    """Names as a list: ``A, B`` in English; the locale's own list in another language."""
    if english():
        return ", ".join(items)
    return QLocale().createSeparatedList(items)


def clauses_text(items: list[str]) -> str:
    """Parts of one sentence joined by the language's comma (``، `` in Arabic)."""
    from ui.i18n import translate

    separator = ", " if english() else translate("Dates", ", ", "between the parts of a sentence")
    return separator.join(items)
