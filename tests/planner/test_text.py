"""planner.text.Text: the English text of a template, with the template and params kept."""

from __future__ import annotations

import pickle
import string
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlanFileError, PlannerError
from planner.plan.reading import parse_plan
from planner.problem import Problem
from planner.text import Text, joined

NAMES = st.from_regex(r"[a-z][a-z_0-9]{0,8}", fullmatch=True)
VALUES = st.one_of(
    st.text(max_size=20),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
WORDS = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=12)


@st.composite
def templates(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """A template of words and ``{name}`` fields (some repeated, some with a spec)."""
    params = draw(st.dictionaries(NAMES, VALUES, max_size=4))
    pieces = [draw(WORDS)]
    for name in params:
        spec = "!r" if draw(st.booleans()) else ""
        pieces += ["{" + name + spec + "}", draw(WORDS)]
    return "".join(pieces), params


@settings(max_examples=150, deadline=None)
@given(templates())
def test_a_text_is_its_template_formatted_and_keeps_both(
    made: tuple[str, dict[str, object]],
) -> None:
    template, params = made
    text = Text(template, **params)
    assert str.__str__(text) == template.format(**params)
    assert text == template.format(**params)
    assert (text.template, text.params) == (template, params)
    assert str(text) is text  # str() keeps it: str(error) still has the template
    again = pickle.loads(pickle.dumps(text))
    assert (again, again.template, again.params) == (text, template, params)


def test_a_planner_error_keeps_its_text_and_prints_english() -> None:
    error = PlannerError(
        Text("{key} must be {low} or more, not {shown}", key="x", low=1, shown="0")
    )
    assert str(error) == "x must be 1 or more, not 0"
    assert isinstance(str(error), Text) and str(error).params["low"] == 1


def test_a_problem_keeps_its_parts_and_stays_one_line() -> None:
    message = Text('"{text}" is not a time', text="9\n00")
    problem = str(Problem("plan.toml", 12, Text('team "{value}"', value="mnl"), message))
    assert problem == 'plan.toml:12: team "mnl": "9\\n00" is not a time'
    assert isinstance(problem, Text)
    assert problem.params["message"].template == '"{text}" is not a time'
    assert problem.params["message"].params["text"] == "9\\n00"
    assert problem.params["where"].template == 'team "{value}"'


def test_joined_texts_keep_each_part() -> None:
    parts = [Text("a {n}", n=1), Text("b {{x}}")]
    both = joined("; ", parts)
    assert both == "a 1; b {x}"
    assert [both.params[name] for name in ("part0", "part1")] == parts
    assert joined(" {} ", parts) == "a 1 {} b {x}"


def test_the_readers_problems_are_texts_with_their_params() -> None:
    """What the GUI translates: each problem's message is a Text, the user's values params."""
    text = 'format = 1\n[[team]]\nid = "mnl"\nside = "vendor"\nzone = "Asia/Manilla"\n'
    text += 'hours = { "mon-fri" = ["09:00-25:00"] }\n'
    try:
        parse_plan(text, "plan.toml")
    except PlanFileError as exc:
        problems = exc.problems
    else:
        raise AssertionError("the plan has problems")
    messages = [p.message for p in problems]
    assert all(isinstance(m, Text) for m in messages)
    assert [m.template for m in messages] == [
        'unknown time zone "{name}"{advice}',
        '"{text}" is not a time of day (00:00 to 23:59, or 24:00 as an end)',
    ]
    assert messages[0].params["name"] == "Asia/Manilla"
    assert messages[0].params["advice"].params["hint"] == "Asia/Manila"
    assert messages[1].params["text"] == "25:00"
    formatter = string.Formatter()
    for message in messages:  # every field of the template has its param
        fields = {name for _, name, _, _ in formatter.parse(message.template) if name}
        assert fields <= set(message.params)
