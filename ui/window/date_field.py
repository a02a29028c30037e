"""The toolbar's date field: a calendar to pick from, and typed dates in ISO or the locale's forms.

A QDateEdit accepts only text in its display format ("Wed 17 Mar 2027"); this one also takes
``2027-03-17`` and the dates the user's locale writes (``3/17/27`` in the US, ``17.03.2027``
in Germany), and a few written-out English forms (``17 March 2027``, ``Mar 17 2027``).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

ENGLISH_FORMATS = (
    "d MMM yyyy",
    "d MMMM yyyy",
    "ddd d MMM yyyy",
    "dddd d MMMM yyyy",
    "MMM d yyyy",
    "MMMM d yyyy",
    "MMM d, yyyy",
    "MMMM d, yyyy",
    "yyyy/M/d",
)


def parse_typed_date(text: str, locale: QLocale | None = None) -> date | None:
    """A typed date: ISO first, then the locale's short and long forms, then English ones.

    Returns None when the text is not (yet) a date.
    """
    value = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # The short form with one- or two-digit days and months, and two- or four-digit years.
    numeric = re.sub(r"M+", "M", re.sub(r"d+", "d", short))
    candidates = [
        short,
        re.sub(r"y+", "yyyy", numeric),
        re.sub(r"y+", "yy", numeric),
        locale.dateFormat(QLocale.FormatType.LongFormat),
        locale.dateFormat(QLocale.FormatType.NarrowFormat),
    ]
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    for reader, formats in ((locale, candidates), (english, ENGLISH_FORMATS)):
        for fmt in formats:
            found = reader.toDate(value, fmt)
            if found.isValid():
                return _python_date(found, "yyyy" not in fmt and "yy" in fmt)
    return None


def _python_date(found: QDate, two_digit_year: bool) -> date | None:
    year = found.year()
    if two_digit_year:  # Qt reads "27" as 1927: a planner's dates are this century's
        year = 2000 + year % 100
    if not 1900 <= year <= 2199:
        return None
    return date(year, found.month(), found.day())


class DateField(QDateEdit):
    """A date edit with a calendar popup that also accepts typed ISO and locale dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Acceptable when the text is a date in any accepted form; intermediate while typing."""
        if parse_typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid:
            return QValidator.State.Intermediate, text, pos
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        """The date typed, in whichever form it was typed."""
        found = parse_typed_date(text)
        if found is not None:
            return QDateTime(QDate(found.year, found.month, found.day), QTime(0, 0))
        return super().dateTimeFromText(text)
