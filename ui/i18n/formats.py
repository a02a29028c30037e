"""Dates, times, durations and numbers as the GUI shows them: in the language's words and locale.

Every function formats with the default QLocale, which :func:`ui.i18n.language.apply_language`
sets: the GUI's language (``lun 15 mar 2027``, ``85,5 %``, Arabic-Indic digits in
Arabic), and the C locale in the ``chart`` command line, where the result is exactly the
English of ``planner.chart.labels`` (the tests compare the two on every minute of a day).
Words around the numbers ("h", "min", the percent sign) are translated in the "Formats"
context. Files, the command line and exports never come here: they stay ISO and English.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ui.i18n.language import generation

MINUTES_PER_DAY = 24 * 60
DAY_FORMAT = "ddd d MMM yyyy"
"""A date with its weekday (``Mon 15 Mar 2027``): the GUI's dates."""
HEADER_FORMAT = "ddd dd MMM yyyy"
"""A day block's heading on the chart (``Mon 08 Mar 2027``)."""


def _key() -> tuple[int, str]:
    """What cached texts depend on: the language applied and the default locale."""
    return generation(), QLocale().name()


def digits(text: str) -> str:
    """``text`` with its ASCII digits written in the locale's digits (Arabic-Indic in Arabic)."""
    zero = QLocale().zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    offset = ord(zero) - ord("0")
    return "".join(chr(ord(c) + offset) if "0" <= c <= "9" else c for c in text)


def integer(value: int) -> str:
    """A whole number in the locale (``1,234``; ``1.234`` in Spanish)."""
    return QLocale().toString(value)


def number(value: float) -> str:
    """A figure as ``%g`` writes it (``85.5``, ``100``), in the locale's digits and separators."""
    if float(value).is_integer() and abs(value) < 1e6:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def percent(value: float) -> str:
    """A percentage: ``85.5%`` (``85,5 %`` in Spanish)."""
    return QCoreApplication.translate("Formats", "{value}%").format(value=number(value))


def duration(minutes: int) -> str:
    """Minutes as ``8 h 15 min`` (``0 min``, ``45 min``, ``3 h``)."""
    return _duration(minutes, _key())


@lru_cache(maxsize=4096)
def _duration(minutes: int, _key: tuple[int, str]) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("Formats", "{minutes} min").format(minutes=integer(rest))
    if not rest:
        return QCoreApplication.translate("Formats", "{hours} h").format(hours=integer(hours))
    return QCoreApplication.translate("Formats", "{hours} h {minutes} min").format(
        hours=integer(hours), minutes=digits(f"{rest:02d}")
    )


def wall_time(minute: int, clock24: bool) -> str:
    """A wall time from minutes after midnight: ``21:30``, ``24:00``, or ``9:30 PM``."""
    return _wall_time(minute, clock24, _key())


@lru_cache(maxsize=8192)
def _wall_time(minute: int, clock24: bool, _key: tuple[int, str]) -> str:
    if clock24 and minute == MINUTES_PER_DAY:
        return digits("24:00")
    moment = QTime((minute // 60) % 24, minute % 60)
    return QLocale().toString(moment, "HH:mm" if clock24 else "h:mm AP")


def hour_label(hour: int, clock24: bool) -> str:
    """A short hour label of the chart's axes: ``09``, or ``9a`` and ``1p`` on a 12-hour clock."""
    return _hour_label(hour, clock24, _key())


@lru_cache(maxsize=512)
def _hour_label(hour: int, clock24: bool, _key: tuple[int, str]) -> str:
    if clock24:
        return digits(f"{hour:02d}")
    shown = integer((hour - 1) % 12 + 1)
    if hour < 12:
        return QCoreApplication.translate(
            "Formats", "{hour}a", "an hour before noon on the chart's axis, as short as possible"
        ).format(hour=shown)
    return QCoreApplication.translate(
        "Formats", "{hour}p", "an hour after noon on the chart's axis, as short as possible"
    ).format(hour=shown)


def shift_text(start: int, end: int, clock24: bool) -> str:
    """A shift's local times: ``21:00-06:00`` or ``9:00 PM-6:00 AM``.

    Left to right in every language, like the chart's time axis: the dash is held between
    left-to-right marks, which Arabic-Indic digits would otherwise turn around it.
    """
    return f"{wall_time(start, clock24)}\u200e-\u200e{wall_time(end, clock24)}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """A date with its weekday: ``Mon 15 Mar 2027`` (``lun 15 mar 2027``)."""
    return QLocale().toString(_qdate(day), DAY_FORMAT)


def header_text(day: date) -> str:
    """A day block's heading: ``Mon 08 Mar 2027``."""
    return QLocale().toString(_qdate(day), HEADER_FORMAT)


def short_day(day: date) -> str:
    """A date without its year: ``Mon 15 Mar``."""
    return QLocale().toString(_qdate(day), "ddd d MMM")


def weekday(day: date) -> str:
    """The weekday's short name: ``Mon``."""
    return QLocale().toString(_qdate(day), "ddd")


def weekday_name(index: int) -> str:
    """The full name of a weekday, Monday = 0: ``Monday`` (``lunes``)."""
    return QLocale().dayName(index + 1, QLocale.FormatType.LongFormat)


def time_of(moment: datetime, clock24: bool) -> str:
    """A datetime's weekday and wall time: ``Tue 21:30``."""
    return f"{weekday(moment.date())} {wall_time(moment.hour * 60 + moment.minute, clock24)}"


def stamp_time(moment: datetime) -> str:
    """A wall time to the second: ``09:30:05``."""
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), "HH:mm:ss")
