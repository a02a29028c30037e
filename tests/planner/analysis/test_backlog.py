"""The async backlog: waits in vendor working minutes, messages answered in arrival order."""

from planner.analysis.backlog import WARM_UP_SECONDS, backlog
from planner.analysis.overlap import analyze
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.schedule.working_time import working_time
from tests.planner.helpers import d, team


def waits(
    client_hours, vendor_hours, target, vendor_days_off=(), first="2027-03-08", last="2027-03-12"
):
    span = Range.of_days("UTC", d(first), d(last))
    client = team("c", "UTC", client_hours, side="client")
    vendor = team("v", "UTC", vendor_hours, days_off=vendor_days_off)
    start = span.start - WARM_UP_SECONDS
    return backlog(
        working_time(client, start, span.end),
        working_time(vendor, start, span.end),
        span.start,
        span.end,
        target,
    )


def test_a_vendor_working_alongside_answers_at_once():
    result = waits({"mon-fri": ["09:00-17:00"]}, {"mon-fri": ["08:00-18:00"]}, 1)
    assert (result.within_percent, result.max_wait_minutes, result.mean_wait_minutes) == (
        100.0,
        0,
        0.0,
    )


def test_a_day_that_piles_up_behind_a_later_vendor():
    # The vendor starts when the client stops: each message waits behind the day's earlier ones.
    result = waits({"mon-fri": ["09:00-17:00"]}, {"mon-fri": ["17:00-01:00"]}, 4)
    assert result.within_percent == 50.0
    assert result.max_wait_minutes == 480 and result.mean_wait_minutes == 240.0


def test_partial_overlap_drains_the_backlog_before_new_messages():
    # The vendor works 02:00-11:00: the 11:00-17:00 messages wait until 02:00, in order, and
    # are answered by 08:00; from 09:00 the new ones are answered as they come.
    result = waits({"mon-fri": ["09:00-17:00"]}, {"mon-fri": ["02:00-11:00"]}, 4)
    assert result.max_wait_minutes == 360
    assert result.within_percent == 75.0  # 09:00-15:00 of 09:00-17:00


def test_a_vendor_with_fewer_hours_falls_further_behind_each_day():
    result = waits({"mon-fri": ["09:00-17:00"]}, {"mon-fri": ["18:00-22:00"]}, 8)
    assert result.max_wait_minutes > 4 * 480  # a growing backlog, in vendor working minutes
    assert result.within_percent < 50


def test_a_vendor_holiday_does_not_count_as_waiting_time_but_delays():
    plain = waits({"mon-fri": ["09:00-17:00"]}, {"mon-fri": ["17:00-01:00"]}, 8)
    holiday = waits(
        {"mon-fri": ["09:00-17:00"]}, {"mon-fri": ["17:00-01:00"]}, 8, [d("2027-03-09")]
    )
    assert plain.within_percent == 100.0
    assert holiday.within_percent < 100.0 and holiday.max_wait_minutes == 960


def test_reply_within_hours_joins_the_async_verdict():
    client = team("c", "UTC", {"mon-fri": ["09:00-17:00"]}, side="client")
    vendor = team("v", "UTC", {"mon-fri": ["13:00-21:00"]})
    span = Range.of_days("UTC", d("2027-03-08"), d("2027-03-12"))
    loose = Plan(
        teams=(client, vendor), roles=(Role("seo", "async", "c", "v", reply_within_hours=8),)
    )
    strict = Plan(
        teams=(client, vendor), roles=(Role("seo", "async", "c", "v", reply_within_hours=2),)
    )
    assert analyze(loose, span).roles[0].meets
    verdict = analyze(strict, span).roles[0]
    # 09:00-13:00 builds a 4-hour backlog that the overlap only holds steady: messages after
    # 11:00 wait more than 2 vendor working hours.
    assert verdict.backlog.within_percent == 25.0
    assert (verdict.backlog.max_wait_minutes, verdict.backlog.mean_wait_minutes) == (240, 180.0)
    assert not verdict.meets
    none = Plan(teams=(client, vendor), roles=(Role("seo", "async", "c", "v"),))
    assert analyze(none, span).roles[0].backlog.within_percent is None


def test_the_analysis_pads_working_time_by_the_backlogs_warm_up():
    # planner.analysis.overlap keeps its own copy, so that it need not load this module.
    from planner.analysis import overlap

    assert overlap._WARM_UP_SECONDS == WARM_UP_SECONDS
