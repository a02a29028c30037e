"""The chart's data: exact instants of shading, tints, overlap, holidays, DST flags, year strips."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from planner.chart.blocks import selected_pairs
from planner.chart.data import chart_data, view_dates
from planner.chart.drag import dragged_shift, with_shift
from planner.chart.labels import (
    format_duration,
    format_hour,
    format_minute,
    local_minute,
    local_time_text,
)
from planner.chart.offsets import hour_ticks, offset_changes
from planner.chart.year import year_strip
from planner.plan.hours import Shift, WeekHours
from planner.plan.model import Plan, Team
from planner.plan.reading import load_plan
from planner.time.holidays import holiday_name, holidays_in_year
from planner.time.local import day_range

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


def example(name: str) -> Plan:
    return load_plan(EXAMPLES / f"{name}.toml").plan


def z(*args: int) -> int:
    """A UTC instant."""
    return int(datetime(*args, tzinfo=UTC).timestamp())


@pytest.fixture(scope="module")
def acme() -> Plan:
    return example("newyork-manila-kyiv")


def test_day_block_spans_the_reference_day_and_rows_follow_plan_order(acme: Plan) -> None:
    data = chart_data(acme, "day", date(2027, 3, 15))
    (block,) = data.blocks
    assert (block.start, block.end) == (z(2027, 3, 15, 4), z(2027, 3, 16, 4))
    assert [r.team_id for r in block.rows] == ["hq", "mnl", "kyiv"]
    assert block.axis_label == "America/New_York  UTC-04:00"
    assert data.zone == "America/New_York" and data.title == acme.title


def test_working_time_is_shaded_at_exact_instants(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 15)).blocks[0]
    assert block.row("hq").working == ((z(2027, 3, 15, 13), z(2027, 3, 15, 21)),)
    # Manila works 21:00-06:00 local (13:00Z-22:00Z), clipped to the New York day.
    assert block.row("mnl").working == ((z(2027, 3, 15, 13), z(2027, 3, 15, 22)),)
    assert block.row("kyiv").working == ((z(2027, 3, 15, 8), z(2027, 3, 15, 17)),)


def test_night_shift_is_tinted_in_the_teams_local_time(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 15)).blocks[0]
    assert [(s.tint, s.start, s.end) for s in block.row("mnl").segments] == [
        ("late", z(2027, 3, 15, 13), z(2027, 3, 15, 14)),  # 21:00-22:00 Manila
        ("night", z(2027, 3, 15, 14), z(2027, 3, 15, 22)),  # 22:00-06:00 Manila
    ]
    assert [s.tint for s in block.row("hq").segments] == ["day"]
    # Manila's local night (22:00-06:00) is shaded in the row whether worked or not.
    assert block.row("mnl").nights == ((z(2027, 3, 15, 14), z(2027, 3, 15, 22)),)


def test_early_and_late_bands() -> None:
    hours = WeekHours.parse({"mon": ["05:00-23:00"]})
    plan = Plan(teams=(Team("a", "client", "UTC", hours),))
    block = chart_data(plan, "day", date(2027, 1, 4)).blocks[0]
    assert [(s.tint, (s.end - s.start) // 3600) for s in block.row("a").segments] == [
        ("night", 1),
        ("early", 2),
        ("day", 11),
        ("late", 3),
        ("night", 1),
    ]


def test_overlap_of_each_pair_and_on_each_row(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 15)).blocks[0]
    mnl, kyiv = block.overlaps
    assert (mnl.client_id, mnl.vendor_id, mnl.minutes) == ("hq", "mnl", 480)
    assert mnl.windows == ((z(2027, 3, 15, 13), z(2027, 3, 15, 21)),)
    # The US is on summer time, Ukraine not yet: four hours instead of three.
    assert kyiv.windows == ((z(2027, 3, 15, 13), z(2027, 3, 15, 17)),)
    assert mnl.label == "Acme HQ (New York) \u2194 Manila support desk"
    assert block.row("hq").overlap == ((z(2027, 3, 15, 13), z(2027, 3, 15, 21)),)
    assert block.row("kyiv").overlap == kyiv.windows


def test_winter_overlap_with_kyiv_is_three_hours(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 1)).blocks[0]
    assert block.overlaps[1].windows == ((z(2027, 3, 1, 14), z(2027, 3, 1, 17)),)


def test_selected_pair_limits_the_highlight(acme: Plan) -> None:
    data = chart_data(acme, "day", date(2027, 3, 15), pair=("hq", "kyiv"))
    block = data.blocks[0]
    assert data.pairs == (("hq", "kyiv"),)
    assert [(o.client_id, o.vendor_id) for o in block.overlaps] == [("hq", "kyiv")]
    assert block.row("mnl").overlap == ()
    assert block.row("hq").overlap == ((z(2027, 3, 15, 13), z(2027, 3, 15, 17)),)


def test_pair_selection_rules(acme: Plan) -> None:
    assert selected_pairs(acme, None) == (("hq", "mnl"), ("hq", "kyiv"))
    assert selected_pairs(acme, ("hq", None)) == (("hq", "mnl"), ("hq", "kyiv"))
    assert selected_pairs(acme, (None, "kyiv")) == (("hq", "kyiv"),)
    assert selected_pairs(acme, None, "seo") == (("hq", "kyiv"),)
    assert selected_pairs(acme, ("hq", "mnl"), "seo") == (("hq", "mnl"),)
    with pytest.raises(ValueError, match="not a client"):
        selected_pairs(acme, ("mnl", None))


def test_realtime_role_gaps_on_the_client_row() -> None:
    plan = example("sydney-kathmandu")
    # June: Sydney on AEST (UTC+10); the desk's day ends half an hour before Sydney's.
    block = chart_data(plan, "day", date(2027, 6, 7), role_id="bookings").blocks[0]
    assert block.row("syd").gaps == ((z(2027, 6, 7, 7), z(2027, 6, 7, 7, 30)),)
    assert block.row("ktm").gaps == ()
    summer = chart_data(plan, "day", date(2027, 2, 1), role_id="bookings").blocks[0]
    assert summer.row("syd").gaps == ()


def test_async_role_highlights_its_pair_without_gaps(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 15), role_id="seo").blocks[0]
    assert [(o.client_id, o.vendor_id) for o in block.overlaps] == [("hq", "kyiv")]
    assert all(r.gaps == () for r in block.rows)


def test_holidays_are_marked_and_not_worked() -> None:
    plan = example("london-riyadh-bengaluru")
    day = date(2027, 3, 9)  # a Tuesday of Eid al-Fitr in Saudi Arabia
    reason = holiday_name("SA", day)
    assert reason is not None
    block = chart_data(plan, "day", day).blocks[0]
    ruh = block.row("ruh")
    # Riyadh's local 9 March (21:00Z on the 8th to 21:00Z) clipped to London's day, and the
    # start of 10 March, a holiday too.
    assert [(m.day, m.reason, m.start, m.end) for m in ruh.marks] == [
        (day, reason, z(2027, 3, 9), z(2027, 3, 9, 21)),
        (
            date(2027, 3, 10),
            holiday_name("SA", date(2027, 3, 10)),
            z(2027, 3, 9, 21),
            z(2027, 3, 10),
        ),
    ]
    assert ruh.working == ()
    assert block.overlaps[0].minutes == 0


def test_days_off_are_marked() -> None:
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    team = Team("a", "client", "UTC", hours, days_off=(date(2027, 1, 5),))
    block = chart_data(Plan(teams=(team,)), "day", date(2027, 1, 5)).blocks[0]
    assert [(m.reason, m.start, m.end) for m in block.rows[0].marks] == [
        ("day off", z(2027, 1, 5), z(2027, 1, 6)),
    ]
    assert block.rows[0].segments == ()


def test_spring_forward_day_is_23_hours_and_flagged(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 14)).blocks[0]
    assert block.hours == 23
    assert [(c.zone, c.instant, c.before, c.after) for c in block.changes] == [
        ("America/New_York", z(2027, 3, 14, 7), "-05:00", "-04:00"),
    ]
    assert [t.hour for t in block.axis] == [0, 1, *range(3, 24)]
    assert block.row("hq").offset_label == "UTC-05:00 \u2192 UTC-04:00"
    assert block.row("mnl").offset_label == "UTC+08:00"
    assert block.row("mnl").changes == ()


def test_fall_back_day_is_25_hours_with_the_repeated_hour_twice(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 11, 7)).blocks[0]
    assert block.hours == 25
    assert [t.hour for t in block.axis][:4] == [0, 1, 1, 2]
    assert block.changes[0].instant == z(2027, 11, 7, 6)


def test_kyivs_own_dst_day_is_flagged_in_new_york(acme: Plan) -> None:
    block = chart_data(acme, "day", date(2027, 3, 27)).blocks[0]  # Kyiv changes 01:00Z on the 28th
    assert [(c.zone, c.instant) for c in block.changes] == [("Europe/Kyiv", z(2027, 3, 28, 1))]
    assert block.row("kyiv").offset_label == "UTC+02:00 \u2192 UTC+03:00"


def test_rows_carry_their_own_local_hours() -> None:
    plan = example("sydney-kathmandu")
    block = chart_data(plan, "day", date(2027, 6, 7)).blocks[0]
    ktm = block.row("ktm").ticks
    # Sydney 00:00 AEST is 14:00Z = 19:45 in Kathmandu: its first whole hour is 20:00 (14:15Z).
    assert (ktm[0].hour, ktm[0].instant) == (20, z(2027, 6, 6, 14, 15))
    assert len(ktm) == 24
    a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    assert [t.hour for t in hour_ticks("Asia/Kolkata", a, b)][:2] == [6, 7]
    assert hour_ticks("Asia/Kolkata", a, b)[0].instant == z(2027, 1, 4, 0, 30)


def test_offset_changes_over_a_year() -> None:
    a, b = day_range("UTC", date(2027, 1, 1), date(2027, 12, 31))
    assert [c.instant for c in offset_changes("Europe/Kyiv", a, b)] == [
        z(2027, 3, 28, 1),
        z(2027, 10, 31, 1),
    ]
    assert offset_changes("Asia/Manila", a, b) == ()


def test_now_line_only_inside_the_block(acme: Plan) -> None:
    inside = chart_data(acme, "day", date(2027, 3, 15), now=z(2027, 3, 15, 15, 30)).blocks[0]
    outside = chart_data(acme, "day", date(2027, 3, 16), now=z(2027, 3, 15, 15, 30)).blocks[0]
    assert inside.now == z(2027, 3, 15, 15, 30)
    assert outside.now is None


def test_week_view_is_monday_to_sunday(acme: Plan) -> None:
    data = chart_data(acme, "week", date(2027, 3, 17))
    assert [b.day for b in data.blocks] == [date(2027, 3, d) for d in range(15, 22)]
    assert (data.first, data.last) == (date(2027, 3, 15), date(2027, 3, 21))
    assert [b.overlaps[0].minutes for b in data.blocks] == [480] * 5 + [0, 0]
    assert view_dates("day", date(2027, 3, 17)) == (date(2027, 3, 17),) * 2


def test_several_weeks_for_printing(acme: Plan) -> None:
    days = [date(2027, 3, 15 + i) for i in range(14)]
    data = chart_data(acme, "week", date(2027, 3, 15), days=days)
    assert len(data.blocks) == 14 and data.last == date(2027, 3, 28)


def test_team_zones_list_every_offset_in_range(acme: Plan) -> None:
    data = chart_data(acme, "week", date(2027, 3, 8))
    assert [t.offset_label for t in data.teams] == [
        "UTC-05:00 / UTC-04:00",
        "UTC+08:00",
        "UTC+02:00",
    ]


def test_year_strip_shows_the_dst_mismatch_weeks(acme: Plan) -> None:
    strip = year_strip(acme, "America/New_York", 2027, "hq", "kyiv")
    assert len(strip.days) == 365
    assert strip.on(date(2027, 3, 1)).minutes == 180
    assert strip.on(date(2027, 3, 15)).minutes == 240  # the US has changed, Europe not yet
    assert strip.on(date(2027, 3, 29)).minutes == 180
    assert strip.on(date(2027, 11, 1)).minutes == 240  # Europe has changed back, the US not yet
    saturday = strip.on(date(2027, 3, 13))
    assert (saturday.minutes, saturday.client_works, saturday.vendor_works) == (0, False, False)
    assert [(m.day, m.team_id) for m in strip.dst] == [
        (date(2027, 3, 14), "hq"),
        (date(2027, 3, 27), "kyiv"),
        (date(2027, 10, 30), "kyiv"),
        (date(2027, 11, 7), "hq"),
    ]
    assert next(m for m in strip.holidays if m.day == date(2027, 1, 1)).team_id == "hq"
    assert {m.day for m in strip.holidays if m.team_id == "kyiv"} == set(
        holidays_in_year("UA", 2027)
    )
    assert strip.on(date(2027, 1, 1)).minutes == 0


def test_year_view_data_has_one_strip_per_pair(acme: Plan) -> None:
    data = chart_data(acme, "year", date(2027, 6, 1))
    assert [(s.client_id, s.vendor_id) for s in data.strips] == [("hq", "mnl"), ("hq", "kyiv")]
    assert data.blocks == () and (data.first, data.last) == (date(2027, 1, 1), date(2027, 12, 31))
    single = chart_data(acme, "year", date(2027, 6, 1), pair=("hq", "mnl"))
    assert len(single.strips) == 1


def test_plan_without_teams() -> None:
    data = chart_data(Plan(), "day", date(2027, 1, 4))
    assert data.blocks[0].rows == () and data.pairs == ()


# --- dragging an edge ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shift", "edge", "minute", "expected"),
    [
        ("09:00-17:00", "end", 18 * 60 + 7, "09:00-18:00"),  # snapped to 15 minutes
        ("09:00-17:00", "end", 18 * 60 + 8, "09:00-18:15"),
        ("09:00-17:00", "start", 7 * 60 + 29, "07:30-17:00"),
        ("09:00-17:00", "end", 26 * 60, "09:00-02:00"),  # past midnight
        ("09:00-17:00", "end", 8 * 60, "09:00-09:15"),  # never shorter than 15 minutes
        ("09:00-17:00", "start", 20 * 60, "16:45-17:00"),
        ("09:00-17:00", "start", -120, "00:00-17:00"),  # stays on its own date
        ("21:00-06:00", "start", 20 * 60, "20:00-06:00"),
        ("21:00-06:00", "end", 24 * 60 + 7 * 60, "21:00-07:00"),
        ("21:00-06:00", "end", 23 * 60, "21:00-23:00"),
        ("21:00-06:00", "end", 50 * 60, "21:00-20:45"),  # at most a day
        ("21:00-06:00", "start", 3 * 60, "06:15-06:00"),
        ("00:00-08:00", "end", 30 * 60, "00:00-24:00"),
    ],
)
def test_dragged_shift(shift: str, edge: str, minute: int, expected: str) -> None:
    assert str(dragged_shift(Shift.parse(shift), edge, minute)) == expected  # type: ignore[arg-type]


@given(
    st.integers(0, 95).map(lambda q: q * 15),
    st.integers(1, 96).map(lambda q: q * 15),
    st.sampled_from(["start", "end"]),
    st.integers(-3000, 5000),
)
def test_dragged_shift_is_always_a_valid_shift_on_its_own_date(
    start: int, length: int, edge: str, minute: int
) -> None:
    assume(length < 1440 or start == 0)  # only 00:00-24:00 lasts a whole day
    shift = Shift(start, 1440 if length == 1440 else (start + length) % 1440)
    new = dragged_shift(shift, edge, minute)  # type: ignore[arg-type]
    assert new.start % 15 == 0 and new.end % 15 == 0
    assert 15 <= new.minutes <= 1440
    if edge == "end":
        assert new.start == shift.start
    else:
        assert new.end % 1440 == shift.end % 1440  # 24:00 and 00:00 are one wall time


def test_with_shift_replaces_one_weekday_shift(acme: Plan) -> None:
    edited = with_shift(acme, "hq", 0, Shift(540, 1020), Shift(540, 1080))
    assert edited.team("hq").hours.on(0) == (Shift(540, 1080),)
    assert edited.team("hq").hours.on(1) == (Shift(540, 1020),)
    assert edited.team("mnl") == acme.team("mnl")
    block = chart_data(edited, "day", date(2027, 3, 15)).blocks[0]
    assert block.overlaps[0].minutes == 540


def test_local_minute_counts_from_the_shift_date() -> None:
    assert local_minute("Asia/Manila", date(2027, 3, 15), z(2027, 3, 15, 22)) == 30 * 60
    assert local_minute("America/New_York", date(2027, 3, 15), z(2027, 3, 15, 13)) == 9 * 60


# --- formatting ------------------------------------------------------------------------------------


def test_formatting() -> None:
    assert [format_hour(h, True) for h in (0, 9, 23)] == ["00", "09", "23"]
    assert [format_hour(h, False) for h in (0, 9, 12, 23)] == ["12a", "9a", "12p", "11p"]
    assert format_minute(0, False) == "12:00 AM" and format_minute(750, False) == "12:30 PM"
    assert format_duration(0) == "0 min" and format_duration(61) == "1 h 01 min"
    assert local_time_text("Asia/Manila", z(2027, 3, 15, 13), False) == "Mon 9:00 PM"
