"""Dates as the GUI shows them: ISO digits order, the weekday in the default QLocale's language."""

from __future__ import annotations

from datetime import date

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
