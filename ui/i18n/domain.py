"""Texts the domain writes (plan problems, reasons, causes) in the GUI's language.

planner/ writes its messages as :class:`planner.text.Text`: the English string, with the
template and params it was made from. :func:`domain_text` looks the template up in the
"Planner" context (``packaging/translations.py`` extracts every ``Text("...")`` of
planner/) and fills the same params in: a param that is a Text is translated the same
way, numbers come in the locale's digits and dates as the GUI writes dates, a holiday's
name (:class:`planner.time.holidays.HolidayName`) in the GUI's language where the
``holidays`` package has it for the country (else English); names,
ids and values the user typed stay as typed. A plain ``str`` is shown as it is, and a
template without a translation (or whose translation lost a placeholder) stays English.
While the GUI speaks English it shows the domain's English exactly, as the command line
prints it (ISO dates included).
"""

from __future__ import annotations

import re
import string
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n.language import SOURCE_LANGUAGE, active_language

_WORDS = re.compile(r"[A-Za-z]{2}")


def domain_text(value: object) -> str:
    """``value`` in the GUI's language when the domain wrote it as a Text, else as it is.

    Accepts an exception or a Problem too (``domain_text(exc)`` is
    ``domain_text(str(exc))``, which a PlannerError keeps as its Text).
    """
    from planner.text import Text
    from planner.time.holidays import HolidayName

    if not isinstance(value, str):  # an exception, a Problem: their str keeps the Text
        value = str(value)
    if active_language() == SOURCE_LANGUAGE:  # English: the command line's text, exactly
        return str.__str__(value)
    if isinstance(value, HolidayName):
        return _holiday(value)
    if not isinstance(value, Text):
        return str(value)
    template = value.template
    if _WORDS.search(_FIELDS.sub("", template)):
        template = QCoreApplication.translate("Planner", template)
    params = {name: _param(param) for name, param in value.params.items()}
    try:
        return _FORMATTER.format(template, **params)
    except (KeyError, IndexError, ValueError, TypeError):  # a translation that broke a field
        return _FORMATTER.format(value.template, **params)


_FIELDS = re.compile(r"\{[^{}]*\}")


def _holiday(name: Any) -> str:
    """A holiday's name in the GUI's language where its country has it, else English."""
    from planner.errors import PlannerError
    from planner.time.holidays import holiday_names

    try:
        names = holiday_names(name.code, name.day.year, active_language())
    except PlannerError:  # a code the package no longer knows: the name as read
        return str.__str__(name)
    return names.get(name.day, str.__str__(name))


def _param(value: Any) -> Any:
    from planner.text import Text
    from planner.time.holidays import HolidayName

    if isinstance(value, BaseException):
        value = str(value)
    if isinstance(value, Text | HolidayName):
        return _Shown(domain_text(value))
    return value


class _Shown(str):
    """A param already in the GUI's language: formatted as it is."""


class _Formatter(string.Formatter):
    """str.format with numbers and dates of params in the GUI's locale."""

    def format_field(self, value: Any, format_spec: str) -> str:
        from ui.i18n import formats  # on first use: importing this module stays cheap

        if isinstance(value, bool | str):
            return format(value, format_spec)
        if isinstance(value, int | float):
            if format_spec:
                return formats.digits(format(value, format_spec))
            return formats.number(value) if isinstance(value, float) else formats.digits(str(value))
        if isinstance(value, date) and not isinstance(value, datetime) and not format_spec:
            return formats.day_text(value)
        return format(value, format_spec)


_FORMATTER = _Formatter()
