"""The interval algebra agrees with a set-of-seconds model on small random inputs."""

from hypothesis import given
from hypothesis import strategies as st

from planner.time.intervals import (
    Interval,
    clip,
    contains,
    difference,
    intersection,
    total_seconds,
    union,
)

raw_intervals = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda t: (min(t), max(t))),
    max_size=8,
)


def points(timeline):
    return {second for start, end in timeline for second in range(start, end)}


def is_timeline(timeline):
    return all(a < b for a, b in timeline) and all(
        timeline[i].end < timeline[i + 1].start for i in range(len(timeline) - 1)
    )


@given(raw_intervals)
def test_union_is_the_set_union_and_merged(raw):
    merged = union(raw)
    assert is_timeline(merged)
    assert points(merged) == points(raw)


@given(raw_intervals, raw_intervals)
def test_intersection_matches_the_set_model_and_is_symmetric(a, b):
    x, y = union(a), union(b)
    both = intersection(x, y)
    assert is_timeline(both)
    assert points(both) == points(x) & points(y)
    assert both == intersection(y, x)


@given(raw_intervals, raw_intervals)
def test_difference_matches_the_set_model(a, b):
    x, y = union(a), union(b)
    rest = difference(x, y)
    assert is_timeline(rest)
    assert points(rest) == points(x) - points(y)


@given(raw_intervals, st.integers(0, 60), st.integers(0, 60))
def test_clip_keeps_exactly_the_part_inside(raw, a, b):
    start, end = min(a, b), max(a, b)
    clipped = clip(union(raw), start, end)
    assert points(clipped) == points(raw) & set(range(start, end))


@given(raw_intervals, st.integers(0, 60), st.integers(1, 10))
def test_contains_means_every_second_is_inside_one_interval(raw, start, length):
    timeline = union(raw)
    inside = contains(timeline, start, start + length)
    assert inside == any(a <= start and start + length <= b for a, b in timeline)
    if inside:
        assert set(range(start, start + length)) <= points(timeline)


def test_empty_and_touching_intervals_merge():
    assert union([(0, 5), (5, 9), (3, 3)]) == (Interval(0, 9),)
    assert total_seconds(union([(0, 5), (5, 9)])) == 9
    assert intersection((), ((0, 5),)) == ()
    assert difference(((0, 5),), ()) == (Interval(0, 5),)
