"""Meeting bands in the chart's model, exception shifts, and the printed chart's summary."""

from dataclasses import replace
from datetime import date, datetime
from importlib import resources

from planner.chart.data import chart_data
from planner.chart.meetings import band_tooltip
from planner.chart.summary import sheet_summary
from planner.plan.edits import move_occurrence, set_exception
from planner.plan.hours import Shift
from planner.plan.reading import load_plan
from tests.planner.helpers import iso

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))


def plan():
    return load_plan(EXAMPLE).plan


def test_a_week_shows_each_occurrence_in_its_block_with_its_state():
    data = chart_data(plan(), "week", date(2027, 11, 1))
    found = [(b.day, [(m.meeting_id, m.state) for m in b.meetings]) for b in data.blocks]
    assert found[:2] == [
        (date(2027, 11, 1), [("support-review", "skipped")]),  # All Saints' Day in Manila
        (date(2027, 11, 2), [("kyiv-weekly", "skipped")]),  # Election Day in New York
    ]
    assert all(not meetings for _, meetings in found[2:])
    band = data.blocks[1].meetings[0]
    assert band.teams == ("hq", "kyiv") and not band.moved
    assert iso([(band.start, band.end)]) == [("2027-11-02T14:00Z", "2027-11-02T14:30Z")]


def test_a_conflict_and_a_moved_occurrence():
    moved = move_occurrence(plan(), "kyiv-weekly", date(2027, 3, 16), datetime(2027, 3, 17, 14, 0))
    data = chart_data(moved, "week", date(2027, 3, 15))
    (band,) = data.blocks[2].meetings
    assert (band.state, band.conflicts, band.moved, band.series_day) == (
        "conflict",
        ("kyiv",),
        True,
        date(2027, 3, 16),
    )
    assert band_tooltip(moved, band, True) == (
        "SEO weekly status: conflict (Kyiv SEO agency not working); moved from Tue 2027-03-16\n"
        "Acme HQ (New York): Wed 14:00 to Wed 14:30\n"
        "Kyiv SEO agency: Wed 20:00 to Wed 20:30"
    )
    assert not data.blocks[1].meetings


def test_a_band_running_past_midnight_is_in_both_blocks():
    late = replace(plan().meeting("kyiv-weekly"), start_time=datetime(2027, 1, 5, 23, 45).time())
    edited = replace(plan(), meetings=(late,))
    data = chart_data(edited, "week", date(2027, 3, 15))
    assert [len(b.meetings) for b in data.blocks] == [0, 1, 1, 0, 0, 0, 0]


def test_exception_shifts_are_marked_as_such():
    edited = set_exception(plan(), "mnl", date(2027, 3, 16), [Shift.parse("21:00-02:00")])
    blocks = chart_data(edited, "week", date(2027, 3, 16)).blocks
    spans = [(s.day, str(s.shift), s.exception) for b in blocks[1:3] for s in b.row("mnl").shifts]
    assert spans == [
        (date(2027, 3, 16), "21:00-02:00", True),
        (date(2027, 3, 17), "21:00-06:00", False),
    ]


def test_the_printed_summary_lists_verdicts_and_meetings():
    summary = sheet_summary(plan(), chart_data(plan(), "week", date(2027, 11, 1)))
    assert summary.verdicts[0] == (
        "FAIL  Customer support (live chat and phone) (Manila support desk for Acme HQ "
        "(New York), real-time): coverage 75% (needs 95%), 100% on Manila support desk's "
        "working days, 1 gap: 8 h on the vendor's holidays or days off"
    )
    assert summary.meetings == (
        "Mon 1 Nov 09:00  Support monthly review: Mon 1 Nov 09:00 Acme HQ (New York) · 21:00 Manila support desk"
        "  skipped (mnl 2027-11-01: All Saints' Day)",
        "Tue 2 Nov 10:00  SEO weekly status: Tue 2 Nov 10:00 Acme HQ (New York) · 16:00 Kyiv SEO agency"
        "  skipped (hq 2027-11-02: Election Day)",
    )
    year = sheet_summary(plan(), chart_data(plan(), "year", date(2027, 1, 1)))
    assert year.meetings[0] == "SEO weekly status: 52 occurrences, 51 OK, 0 conflicts, 1 skipped"
