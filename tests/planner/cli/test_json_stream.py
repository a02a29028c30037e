"""``analyze --json`` streamed pair by pair is the document ``analysis_json`` builds whole."""

import io
import json
import subprocess
import sys
from datetime import date
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.overlap import analyze
from planner.cli.json_stream import encode, write_document
from planner.cli.report import analysis_json, windows_json, windows_text, write_analysis_json
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from planner.time.intervals import CompactTimeline

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
values = st.recursive(
    scalars | st.floats(allow_nan=False),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(values)
def test_the_layout_is_json_of_the_same_value(value):
    assert json.loads(encode(value)) == value
    assert json.loads(encode(value, 3)) == value


@given(st.dictionaries(st.text(max_size=5), values, max_size=4))
def test_a_streamed_document_reads_back_whole(document):
    streamed = {k: iter(v) if isinstance(v, list) else v for k, v in document.items()}
    out = io.StringIO()
    write_document(out, streamed)
    assert json.loads(out.getvalue()) == document


@given(st.lists(st.integers(0, 10**9), max_size=20))
def test_windows_rendered_fast_equal_the_plain_rendering(points):
    bounds = sorted(set(points))
    bounds = bounds[: len(bounds) // 2 * 2]
    timeline = CompactTimeline(bounds)
    plain = windows_json(tuple(timeline))
    assert json.loads(encode(windows_text(timeline))) == plain == json.loads(encode(plain))
    assert encode({"w": windows_text(timeline)}, 2) == encode({"w": plain}, 2)


def test_the_streamed_document_equals_the_whole_one():
    plan = load_plan(EXAMPLE).plan
    span = Range.of_days(plan.reference_zone, date(2027, 1, 1), date(2027, 12, 31))
    out = io.StringIO()
    write_analysis_json(analyze(plan, span, lazy_pairs=True), plan, out)
    whole = analysis_json(analyze(plan, span), plan)
    assert json.loads(out.getvalue()) == whole
    assert whole["pairs"][0]["windows"][0] == {
        "start": "2027-01-04T14:00Z",
        "end": "2027-01-04T22:00Z",
    }
    # Leaf objects stay on one line: a window is one line of the file.
    assert '      {"start": "2027-01-04T14:00Z", "end": "2027-01-04T22:00Z"},\n' in out.getvalue()


def test_the_command_prints_the_streamed_document():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "analyze",
            EXAMPLE,
            "--json",
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-31",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    plan = load_plan(EXAMPLE).plan
    span = Range.of_days(plan.reference_zone, date(2027, 3, 1), date(2027, 3, 31))
    assert json.loads(done.stdout) == analysis_json(analyze(plan, span), plan)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0.0, -0.0, 1e16, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308]),
    )
)
def test_a_float_is_written_as_json_dumps_writes_it(value: float) -> None:
    assert encode(value) == json.dumps(value)
    assert encode({"x": value, "y": [value]}) == json.dumps({"x": value, "y": [value]})
