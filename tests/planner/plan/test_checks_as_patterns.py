"""The plan's small text checks read as the patterns they replace (no pattern is compiled
when a command reads a plan): ids, clock times, byday, meeting URLs, holiday codes.

Each check is held to the regular expression it stands for, on any text: ASCII, other
scripts' decimal digits (a pattern's ``\\d`` takes them), letters whose upper case is ASCII.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan.checks import is_id
from planner.plan.hours import _parse_clock
from planner.plan.meeting import ICAL_WEEKDAYS, ByDay, check_meeting_url
from planner.time.holiday_cache import _plain_code

# Characters that tell the checks apart from near misses: ASCII, Arabic-Indic and
# Devanagari digits, superscript two (a digit but not decimal), the long s and dotless i
# (upper case "S" and "I"), the Kelvin sign (lower case "k"), controls and DEL.
SPECIAL = "\u0660\u0663\u096f\u00b2\u017f\u0131\u212a\u00e4\u00df\x00\n\x1f\x7f\u2028 +-_:."
TEXT = st.text(
    alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters(codec="ascii")), max_size=7
)
EXAMPLES = settings(max_examples=400, deadline=None)


@EXAMPLES
@given(TEXT)
def test_an_id_is_what_its_pattern_matches(text):
    assert is_id(text) == bool(re.match(r"[a-z0-9][a-z0-9_-]*\Z", text))


def pattern_clock(text, allow_24):
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if hours == 24 and minutes == 0 and allow_24:
        return 24 * 60
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def read(function, *arguments):
    try:
        return function(*arguments)
    except PlannerError:
        return None


@EXAMPLES
@given(TEXT | st.from_regex(r"\s?[0-9\u0663]{1,2}:[0-9]{2}\s?", fullmatch=True), st.booleans())
def test_a_clock_time_is_what_its_pattern_reads(text, allow_24):
    assert read(_parse_clock, text, allow_24) == pattern_clock(text, allow_24)


def pattern_byday(text):
    match = re.fullmatch(r"([+-]?\d)?([A-Za-z]{2})", str(text).strip())
    if not match or match[2].upper() not in ICAL_WEEKDAYS:
        return None
    return ByDay(ICAL_WEEKDAYS.index(match[2].upper()), int(match[1]) if match[1] else None)


def maybe_byday(text):
    try:
        return ByDay.parse(text)
    except PlannerError:
        return None


@EXAMPLES
@given(
    TEXT
    | st.from_regex(r"\s?[+-]?[0-9\u0663\u00b2]?[A-Za-z\u017f\u0131]{2}\s?", fullmatch=True)
    | st.sampled_from(
        ["1TU", "-1FR", "+2we", "\u0663MO", "\u017fA", "T\u017f", "11TU", "+-1MO", "MO "]
    )
)
def test_a_byday_is_what_its_pattern_reads(text):
    try:
        expected = pattern_byday(text)
    except PlannerError:  # an ordinal out of range: both refuse it
        expected = None
    assert maybe_byday(text) == expected


@EXAMPLES
@given(TEXT)
def test_a_url_is_refused_for_the_first_control_character_its_pattern_finds(text):
    found = re.search(r"[\x00-\x1f\x7f]", text)
    if found is None:
        assert check_meeting_url(text) == text
    else:
        with pytest.raises(PlannerError) as refused:
            check_meeting_url(text)
        assert f"({repr(found[0])[1:-1]})" in str(refused.value)


@EXAMPLES
@given(
    TEXT.map(str.upper) | st.from_regex(r"[A-Z0-9\u017f]{0,9}(-[A-Z0-9]{0,9}){0,2}", fullmatch=True)
)
def test_a_holiday_files_code_is_what_its_pattern_matches(code):
    expected = bool(re.fullmatch(r"[A-Z0-9]{1,8}(-[A-Z0-9]{1,8})?", code))
    assert _plain_code(code) == expected
