"""Holiday names never follow the process locale: every country, under every language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import holidays
import pytest
from holidays.registry import COUNTRIES

from planner.time.holiday_language import holiday_language
from planner.time.holidays import clear_holiday_cache, holidays_in_year

CODES = sorted({entry[1] for entry in COUNTRIES.values()})
# Every language the package has a translation for, as one LANGUAGE list: a country whose
# names still followed the environment would come out in the first of them it has.
LANGUAGES = sorted(p.name for p in (Path(holidays.__file__).parent / "locale").iterdir())
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def names(code: str) -> dict[date, str]:
    table = holidays.country_holidays(code, years=2027, language=holiday_language(code))
    return {day: str(name) for day, name in table.items()}


def test_every_country_names_its_holidays_the_same_under_any_locale(
    monkeypatch: pytest.MonkeyPatch,
):
    assert len(CODES) > 200 and "ne" in LANGUAGES and "ar" in LANGUAGES
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    plain = {code: names(code) for code in CODES}
    monkeypatch.setenv("LANGUAGE", ":".join(LANGUAGES))
    monkeypatch.setenv("LC_ALL", "ne_NP.UTF-8")
    differing = [code for code in CODES if names(code) != plain[code]]
    assert differing == []


def test_english_wherever_the_package_has_it():
    chosen = {code: holiday_language(code) for code in CODES}
    for code, language in chosen.items():
        entity = type(holidays.country_holidays(code, years=[]))
        english = [lang for lang in entity.supported_languages if lang.startswith("en")]
        if english:
            assert language in ("en_US", *english), code
        else:
            assert language in (entity.default_language, None), code
    assert chosen["NP"] == chosen["SA"] == chosen["DE"] == "en_US"


def test_nepal_in_english_with_a_nepali_locale(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))  # computed, not read back
    monkeypatch.setenv("LANGUAGE", "ne")
    monkeypatch.setenv("LC_ALL", "ne_NP.UTF-8")
    clear_holiday_cache()
    try:
        assert holidays_in_year("NP", 2027)[date(2027, 4, 14)] == "Nepali New Year"
        assert holidays_in_year("SA", 2027)[date(2027, 9, 23)] == "National Day Holiday"
    finally:
        clear_holiday_cache()
