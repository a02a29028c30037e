"""The ``holidays`` package imported as far as it is used gives the tables of the whole one.

Two fresh processes compute every country's holidays (and a few subdivisions', and every
country's subdivision codes and names): one through ``planner.time.holiday_package``
(the calendars, the groups and the date parser imported as they are used), one after a
plain ``import holidays`` (the package's own imports, every calendar and group).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from planner.time.holiday_imports import re_exports

SUBDIVISIONS = ("US-NY", "IN-KA", "GB-ENG", "AU-NSW", "ES-CT", "DE-BY", "CA-QC", "MY-13")
YEARS = (1999, 2027)

TABLES = """
import json, sys
from holidays.registry import COUNTRIES
from planner.time.holiday_language import holiday_language
from planner.time.holiday_package import holidays_package

package = holidays_package()
codes = sorted({entry[1] for entry in COUNTRIES.values()})
found = {}
for code in [*codes, *SUBDIVISIONS]:
    country, _, subdivision = code.partition("-")
    table = package.country_holidays(
        country, subdiv=subdivision or None, years=YEARS, language=holiday_language(country)
    )
    found[code] = sorted((day.isoformat(), str(name)) for day, name in table.items())
    if not subdivision:
        kind = type(table)
        found[code + " subdivisions"] = [
            list(kind.subdivisions), table.get_subdivision_aliases(), kind.start_year
        ]
print(json.dumps(found, sort_keys=True))
"""


def tables(first: str) -> dict[str, object]:
    code = first + f"\nSUBDIVISIONS = {SUBDIVISIONS!r}\nYEARS = {YEARS!r}\n" + TABLES
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR="", LC_ALL="C"),
    )
    found: dict[str, object] = json.loads(done.stdout)
    return found


def test_every_countrys_holidays_equal_those_of_the_whole_package():
    narrow = tables(
        "import sys\nfrom planner.time.holiday_package import holidays_package\n"
        "holidays_package().country_holidays('PH', years=2027)\n"
        # The Philippines' holidays need neither the Hebrew calendar nor the date parser.
        "assert 'holidays.calendars.hebrew' not in sys.modules\n"
        "assert 'dateutil.parser' not in sys.modules\n"
    )
    whole = tables(
        "import holidays, sys\nassert 'holidays.calendars.hebrew' in sys.modules\n"
        "assert 'dateutil.parser' in sys.modules\n"
    )
    assert len(whole) > 400  # every country, its subdivisions, the few subdivisions' tables
    assert narrow == whole


def test_a_date_written_as_text_is_parsed_by_dateutil_on_first_use():
    code = (
        "import sys\nfrom datetime import date\n"
        "from planner.time.holiday_package import holidays_package\n"
        "table = holidays_package().country_holidays('US', years=2027)\n"
        "assert 'dateutil.parser' not in sys.modules\n"
        "print(table.get('2027-07-05'), '2027-12-25' in table, 'Jan 1, 2027' in table)\n"
        "import dateutil.parser, holidays.calendars as c\n"
        "print(type(dateutil.parser.parser).__name__, c._HebrewLunisolar.__module__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=""),
    )
    assert done.stdout.splitlines() == [
        "Independence Day (observed) True True",
        "type holidays.calendars.hebrew",
    ]


def test_an_init_file_with_anything_but_re_exports_is_imported_as_it_is():
    assert re_exports("from holidays.groups.thai import Thai\n") == {"Thai": "holidays.groups.thai"}
    assert re_exports("from holidays.groups.thai import Thai\nimport os\n") is None
    assert re_exports("from holidays.groups.thai import Thai as T\n") is None
    assert re_exports("from holidays.groups.thai import *\n") is None
    assert re_exports("# only a comment\n") is None
