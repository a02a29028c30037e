"""The language of holiday names: English wherever the ``holidays`` package has it.

Without ``language=``, ``holidays`` names each holiday in the process locale (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``), and it does the same when given a language the
country lacks: with ``LANG`` unset Nepal's holidays come out in Nepali. The app always
passes a language the country supports, so the names never depend on the machine.
The GUI may ask for its own language (:func:`holiday_language_for`); the command line,
the plan file and the exports always get English.
"""

from __future__ import annotations

import functools

# In order of preference; then any other English, then the country's own language.
ENGLISH = ("en_US", "en_GB", "en")


@functools.cache
def holiday_language(country: str) -> str | None:
    """The ``language=`` for ``holidays.country_holidays(country)``.

    Args:
        country: an ISO 3166 code the ``holidays`` package supports (``"NP"``).

    Returns:
        US English when the country has it, else another English, else the country's
        default language; None only for countries without any translation, whose names
        are written once, in English, and no locale can change.

    >>> holiday_language("NP"), holiday_language("US")
    ('en_US', 'en_US')
    """
    from planner.time.holiday_package import holidays_package

    entity = type(holidays_package().country_holidays(country, years=[]))
    supported: tuple[str, ...] = tuple(entity.supported_languages)
    for language in ENGLISH:
        if language in supported:
            return language
    english = sorted(language for language in supported if language.startswith("en"))
    if english:
        return english[0]
    default: str | None = entity.default_language
    return default if default in supported else None


@functools.cache
def holiday_language_for(country: str, wanted: str) -> str | None:
    """The ``language=`` that names ``country``'s holidays in ``wanted``, or None.

    ``wanted`` is a GUI language (``"es"``, ``"ar"``): the country's own variant of it
    when it has one (``"ar_EG"``), else None (the GUI then shows the English names).

    >>> holiday_language_for("ES", "es"), holiday_language_for("EG", "ar"), holiday_language_for("US", "es")
    ('es', 'ar_EG', None)
    """
    from planner.time.holiday_package import holidays_package

    entity = type(holidays_package().country_holidays(country, years=[]))
    supported: tuple[str, ...] = tuple(entity.supported_languages)
    if wanted in supported:
        return wanted
    variants = sorted(language for language in supported if language.startswith(wanted + "_"))
    return variants[0] if variants else None
