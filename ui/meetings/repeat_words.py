"""A repeat rule in the GUI's language: ``weekly on Tuesday``, ``cada 2 semanas: lunes``.

The command line and the files say a rule in English through
``planner.meetings.requests.format_repeat``; the GUI says the same words through Qt's
translation, with the weekday names of the default QLocale. In English (the C locale) the
two give the same text, which the tests check for every kind of rule.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from planner.plan.meeting import ByDay, Repeat
from ui.i18n import translate

_WEEKDAYS = (0, 1, 2, 3, 4)


def _weekday(weekday: int) -> str:
    """The weekday's full name (0 = Monday) in the default locale's language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _head(repeat: Repeat) -> str:
    if repeat.interval == 1:
        if repeat.freq == "daily":
            return translate("RepeatWords", "daily")
        if repeat.freq == "weekly":
            return translate("RepeatWords", "weekly")
        return translate("RepeatWords", "monthly")
    if repeat.freq == "daily":
        return translate("RepeatWords", "every %n day(s)", "", repeat.interval)
    if repeat.freq == "weekly":
        return translate("RepeatWords", "every %n week(s)", "", repeat.interval)
    return translate("RepeatWords", "every %n month(s)", "", repeat.interval)


def _day(by: ByDay) -> str:
    day = _weekday(by.weekday)
    ordinal = {
        None: None,
        1: translate("RepeatWords", "the first {day}"),
        2: translate("RepeatWords", "the second {day}"),
        3: translate("RepeatWords", "the third {day}"),
        4: translate("RepeatWords", "the fourth {day}"),
        5: translate("RepeatWords", "the fifth {day}"),
        -1: translate("RepeatWords", "the last {day}"),
        -2: translate("RepeatWords", "the second last {day}"),
    }.get(by.ordinal, translate("RepeatWords", "the {ordinal} {day}"))
    if ordinal is None:
        return day
    return ordinal.format(day=day, ordinal=by.ordinal)


def repeat_words(repeat: Repeat | None) -> str:
    """A repeat rule in words, in the GUI's language (``one-off`` for none)."""
    if repeat is None:
        return translate("RepeatWords", "one-off")
    head = _head(repeat)
    if not repeat.byday:
        return head
    if repeat.freq == "weekly" and tuple(b.weekday for b in repeat.byday) == _WEEKDAYS:
        return translate("RepeatWords", "{head} on weekdays").format(head=head)
    names = [_day(by) for by in repeat.byday]
    if len(names) == 1:
        joined = names[0]
    else:
        separator = translate("RepeatWords", ", ", "between the items of a list")
        joined = translate("RepeatWords", "{items} and {last}").format(
            items=separator.join(names[:-1]), last=names[-1]
        )
    return translate("RepeatWords", "{head} on {days}").format(head=head, days=joined)
