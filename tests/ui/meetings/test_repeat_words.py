"""A repeat rule in the GUI's language: the command line's English words in English."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from planner.meetings.requests import format_repeat, parse_repeat
from planner.plan.meeting import ByDay, Repeat
from ui.i18n.language import apply_language
from ui.meetings.repeat_words import repeat_words


@st.composite
def repeats(draw: st.DrawFn) -> Repeat | None:
    freq = draw(st.sampled_from(["none", "daily", "weekly", "monthly"]))
    if freq == "none":
        return None
    interval = draw(st.integers(1, 12))
    if freq == "daily":
        return Repeat("daily", interval)
    weekdays = draw(st.lists(st.integers(0, 6), min_size=0, max_size=7, unique=True))
    if freq == "weekly":
        return Repeat("weekly", interval, tuple(ByDay(w) for w in sorted(weekdays)))
    ordinals = st.sampled_from([None, 1, 2, 3, 4, 5, -1, -2, -3, -5])
    return Repeat("monthly", interval, tuple(ByDay(w, draw(ordinals)) for w in weekdays))


@settings(max_examples=150, deadline=None)
@given(repeats())
def test_english_says_what_the_command_line_says(qapp: Any, repeat: Repeat | None) -> None:
    assert repeat_words(repeat) == format_repeat(repeat)


def test_spanish(qapp: Any) -> None:
    apply_language("es", QLocale("es_ES"))
    assert [
        repeat_words(parse_repeat(text))
        for text in (
            "weekly:TU",
            "weekly:MO,TH/2",
            "monthly:-1FR/2",
            "daily",
            "weekly:MO,TU,WE,TH,FR",
        )
    ] == [
        "semanal: martes",
        "cada 2 semanas: lunes y jueves",
        "cada 2 meses: el último viernes",
        "a diario",
        "semanal, de lunes a viernes",
    ]
    assert repeat_words(None) == "puntual"


def test_arabic(qapp: Any) -> None:
    apply_language("ar", QLocale("ar_EG"))
    assert repeat_words(parse_repeat("weekly:MO,TH")) == "أسبوعيًا: الاثنين والخميس"
    assert repeat_words(parse_repeat("monthly:1MO")) == "شهريًا: أول الاثنين"
    assert repeat_words(parse_repeat("weekly:TU/3")) == "كل 3 أسابيع: الثلاثاء"
