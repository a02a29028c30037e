"""The flat-bounds algebra the analysis runs on equals the interval algebra it replaced."""

from hypothesis import given
from hypothesis import strategies as st

from planner.time.intervals import (
    CompactTimeline,
    Interval,
    bounds_clip,
    bounds_difference,
    bounds_intersection,
    bounds_of,
    bounds_seconds,
    bounds_union_sorted,
    clip,
    difference,
    format_instant,
    intersection,
    timeline_of,
    total_seconds,
    union,
)

raw = st.lists(
    st.tuples(st.integers(-50, 400), st.integers(0, 90)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=12,
)


@given(raw, raw)
def test_intersection_and_difference_on_bounds_equal_the_timeline_algebra(a, b):
    x, y = union(a), union(b)
    assert timeline_of(bounds_intersection(bounds_of(x), bounds_of(y))) == intersection(x, y)
    assert timeline_of(bounds_difference(bounds_of(x), bounds_of(y))) == difference(x, y)
    assert bounds_seconds(bounds_of(x)) == total_seconds(x)


@given(raw)
def test_union_of_sorted_pieces_equals_union(pieces):
    assert timeline_of(bounds_union_sorted(sorted(pieces))) == union(pieces)


@given(raw, st.integers(-60, 420), st.integers(1, 300))
def test_clip_on_bounds_equals_clip(pieces, start, length):
    timeline = union(pieces)
    clipped = bounds_clip(bounds_of(timeline), start, start + length)
    assert timeline_of(clipped) == clip(timeline, start, start + length)
    assert bounds_clip(bounds_of(timeline), start, start) == []  # an empty range holds nothing


@given(raw)
def test_a_compact_timeline_reads_like_the_tuple(pieces):
    timeline = union(pieces)
    compact = CompactTimeline(bounds_of(timeline))
    assert compact == timeline and list(compact) == list(timeline)
    assert len(compact) == len(timeline) and bool(compact) == bool(timeline)
    assert [compact[i] for i in range(-len(timeline), len(timeline))] == [
        timeline[i] for i in range(-len(timeline), len(timeline))
    ]
    assert compact[1:] == timeline[1:] and list(compact.pieces()) == list(timeline)
    assert total_seconds(compact) == total_seconds(timeline)
    assert all(type(piece) is Interval for piece in compact)


@given(st.integers(-(10**9), 10**10))
def test_format_instant_is_the_minute_of_the_utc_time(value):
    from datetime import UTC, datetime

    expected = datetime.fromtimestamp(value, tz=UTC).strftime("%Y-%m-%dT%H:%MZ")
    assert format_instant(value) == expected
