"""POSIX TZ strings (TZif footers) read by scanning, held to one pattern of the whole string."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.time.tzdb import zone_names
from planner.time.tzif import (
    DateRule,
    LocalType,
    PosixRule,
    _date_rule,
    _seconds,
    parse_posix_tz,
    tzif_bytes,
)

_NAME = r"(?:<[A-Za-z0-9+-]+>|[A-Za-z]{3,})"
_OFFSET = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_DATE = r"(?:M\d{1,2}\.\d\.\d|J\d{1,3}|\d{1,3})"
# The grammar as one pattern: what the parser must accept, and how it splits it.
WHOLE = re.compile(
    rf"(?P<std>{_NAME})(?P<stdoff>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dstoff>{_OFFSET})?"
    rf"(?:,(?P<start>{_DATE})(?:/(?P<starttime>{_OFFSET}))?"
    rf",(?P<end>{_DATE})(?:/(?P<endtime>{_OFFSET}))?)?)?\Z"
)


def expected(text: str) -> PosixRule | None:
    """The rule read with the whole-string pattern (None: refused)."""
    match = WHOLE.match(text.strip())
    if not match:
        return None

    def name(raw: str) -> str:
        return raw[1:-1] if raw.startswith("<") else raw

    standard = LocalType(-_seconds(match["stdoff"]), False, name(match["std"]))
    if not match["dst"]:
        return PosixRule(standard)
    offset = -_seconds(match["dstoff"]) if match["dstoff"] else standard.offset + 3600
    if not match["start"]:
        return None  # DST without its rule
    try:
        start = _date_rule(match["start"], match["starttime"])
        end = _date_rule(match["end"], match["endtime"])
    except ValueError:
        return None  # a date out of range (month 13)
    return PosixRule(standard, LocalType(offset, True, name(match["dst"])), start, end)


def read(text: str) -> PosixRule | None:
    try:
        return parse_posix_tz(text)
    except ValueError:
        return None


_names = st.sampled_from(["EST", "EDT", "<+0545>", "<-02>", "AEST", "CEST", "ab", "<>", "X1"])
_offsets = st.sampled_from(["5", "-5:45", "+10", "0", "-1", "167", "1234", "2:30:15", "3:7", ""])
_dates = st.sampled_from(["M3.2.0", "M11.1.0", "M10.5.0", "J60", "59", "M13.1.0", "M3.2", "x"])
_times = st.sampled_from(["", "/2", "/-1", "/0", "/25:30", "/+3", "/"])
_parts = st.lists(
    st.one_of(_names, _offsets, _dates, _times, st.sampled_from([",", " ", "\n"])),
    max_size=9,
)


@settings(max_examples=400, deadline=None)
@given(_parts)
def test_any_string_is_read_as_the_whole_pattern_reads_it(parts):
    text = "".join(parts)
    assert read(text) == expected(text)


@settings(max_examples=200, deadline=None)
@given(_names, _offsets, _names, _offsets, _dates, _times, _dates, _times)
def test_strings_of_the_footers_shape_are_read_as_the_whole_pattern_reads_them(
    std, stdoff, dst, dstoff, start, starttime, end, endtime
):
    for text in (
        f"{std}{stdoff}",
        f"{std}{stdoff}{dst}{dstoff}",
        f"{std}{stdoff}{dst}{dstoff},{start}{starttime},{end}{endtime}",
        f"{std}{stdoff}{dst}{dstoff},{start}{starttime}",
        f"{std}{stdoff},{start}{starttime},{end}{endtime}",
        f" {std}{stdoff}{dst},{start},{end}\n",
    ):
        assert read(text) == expected(text), text


def test_every_footer_of_the_database_is_read_as_the_whole_pattern_reads_it():
    footers = set()
    for key in zone_names():
        data = tzif_bytes(key)
        footers.add(data[data.rindex(b"\n", 0, len(data) - 1) + 1 :].strip().decode("ascii"))
    assert len(footers) > 30
    for footer in footers:
        assert read(footer) == expected(footer) is not None, footer


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
            PosixRule(
                LocalType(-7200, False, "-02"),
                LocalType(-3600, True, "-01"),
                DateRule("M", month=3, week=5, weekday=0, time=-3600),
                DateRule("M", month=10, week=5, weekday=0, time=0),
            ),
        ),
        ("IST-5:30", PosixRule(LocalType(19800, False, "IST"))),
    ],
)
def test_examples(text, rule):
    assert parse_posix_tz(text) == rule


@pytest.mark.parametrize("text", ["EST5EDT", "EST5EDT,", "EST5,M3.2.0,M11.1.0", "EST", ""])
def test_refused(text):
    with pytest.raises(ValueError, match="POSIX TZ string"):
        parse_posix_tz(text)
