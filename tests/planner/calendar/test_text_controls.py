"""Control characters dropped from iCalendar TEXT as the pattern they replace drops them."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.calendar.text import escape_text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2030), max_size=12))
def test_escaping_drops_the_control_characters_its_pattern_finds(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", lines)
    expected = (
        kept.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )
    assert escape_text(text) == expected
