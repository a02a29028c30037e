"""The contact demand read faster (service level by string tests, a profile kept as read), held to the old reading."""

import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan.demand import WeekProfile, check_contacts, service_level_parts

PATTERN = re.compile(r"\s*(\d+(?:\.\d+)?)\s*/\s*(\d+)\s*")
# Digits and spaces of several scripts, the separators, and a few others.
ALPHABET = "0123456789\u0663\u0664\u06f5\u0967\u0966./ \t\n\u00a0\u2003\u3000\x1c-+eE_a,"
PIECES = [
    "80",
    "20",
    "80.5",
    ".",
    "/",
    " ",
    "\u2003",
    "\u0664\u0665",
    "\u0967\u0966",
    "",
    "1_0",
    "+1",
    "x",
]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(ALPHABET, max_size=12), st.lists(st.sampled_from(PIECES)).map("".join)))
def test_service_level_text_is_read_as_the_pattern_reads_it(text: str) -> None:
    match = PATTERN.fullmatch(text)
    assert service_level_parts(text) == (None if match is None else (match[1], match[2]))


def _oracle(days: object) -> tuple[object, float] | str:
    """The profile's days and total as each number checked and made a float, or the error."""
    try:
        for day in days:  # type: ignore[attr-defined]
            for value in day:
                check_contacts(value)
    except PlannerError as error:
        return str(error)
    kept = tuple(tuple(float(v) for v in d) for d in days)  # type: ignore[attr-defined]
    return kept, sum(sum(day) for day in kept)


numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.floats(0, 1_000_000),
    st.integers(-2, 2_000_000),
    st.sampled_from([0.0, -0.0, 1e308, 1_000_000.0, math.nan, math.inf, -math.inf]),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(numbers, min_size=1, max_size=6), st.booleans(), st.integers(0, 6), st.integers(0, 18)
)
def test_week_profile_checks_its_numbers_as_each_checked(
    some: list[float], as_lists: bool, day: int, offset: int
) -> None:
    width = 24  # 60-minute intervals
    rows = [[0.0] * width for _ in range(7)]
    rows[day][offset : offset + len(some)] = some
    days = [list(r) for r in rows] if as_lists else tuple(tuple(r) for r in rows)
    expected = _oracle(days)
    try:
        profile = WeekProfile(60, days)  # type: ignore[arg-type]
    except PlannerError as error:
        assert str(error) == expected
    else:
        assert not isinstance(expected, str)
        assert (profile.days, profile.total) == expected
        assert all(type(v) is float for d in profile.days for v in d)
        assert [[str(v) for v in d] for d in profile.days] == [
            [str(v) for v in d] for d in expected[0]
        ]
