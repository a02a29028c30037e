"""Whole-year analysis of a 12-team plan against a minute-by-minute grid scan of the same plan.

Target (PRODUCT.md): under 0.1 s in-process and at least 50x faster than the grid.
"""

import statistics
import time
from datetime import date, timedelta

from plans import twelve_team_plan

from planner.analysis.overlap import analyze
from planner.plan.recurrence import wall_starts
from planner.schedule.range import Range
from planner.schedule.working_time import day_off_reason
from planner.time.local import MINUTES_PER_DAY, local_instant
from planner.time.zones import load_zone

YEAR = 2027


def grid_scan(plan, span):
    """The straightforward way: a flag per minute per team, then loops over minutes."""
    minutes = (span.end - span.start) // 60
    grids = {}
    for team in plan.teams:
        grid = bytearray(minutes + 16 * MINUTES_PER_DAY)
        day = span.first - timedelta(days=2)
        while day <= span.last + timedelta(days=16):
            if day_off_reason(team, day) is None:
                for shift in team.hours.on(day.weekday()):
                    end = shift.end + (MINUTES_PER_DAY if shift.crosses_midnight else 0)
                    a = (local_instant(team.zone, day, shift.start) - span.start) // 60
                    b = (local_instant(team.zone, day, end) - span.start) // 60
                    for m in range(max(a, 0), min(b, len(grid))):
                        grid[m] = 1
            day += timedelta(days=1)
        grids[team.id] = grid
    result = {}
    for client in plan.clients:
        for vendor in plan.vendors:
            c, v = grids[client.id], grids[vendor.id]
            result[(client.id, vendor.id)] = sum(1 for m in range(minutes) if c[m] and v[m])
    for role in plan.roles:
        c, v = grids[role.client], grids[role.vendor]
        if role.kind == "realtime":
            total = sum(c[m] for m in range(minutes))
            covered = sum(1 for m in range(minutes) if c[m] and v[m])
            result[role.id] = round(100 * covered / total, 2) if total else None
        else:
            longest = 0
            for m in range(minutes):
                if c[m] and not v[m]:
                    n = m
                    while n < len(v) and not v[n]:
                        n += 1
                    longest = max(longest, n - m)
            result[role.id] = longest
    for meeting in plan.meetings:
        zone = load_zone(plan.meeting_zone(meeting))
        for wall in wall_starts(meeting, span.first, span.last):
            start = (int(wall.replace(tzinfo=zone).timestamp()) - span.start) // 60
            ok = all(
                all(grids[t][m] for m in range(start, start + meeting.duration_minutes))
                for t in meeting.teams
            )
            result[(meeting.id, start)] = ok
    return result


def timed(function, repeat):
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - began)
    return statistics.median(times), value


def main():
    plan = twelve_team_plan(YEAR)
    span = Range.of_days("UTC", date(YEAR, 1, 1), date(YEAR, 12, 31))
    began = time.perf_counter()
    analysis = analyze(plan, span)
    first = time.perf_counter() - began
    fast, analysis = timed(lambda: analyze(plan, span), 7)
    slow, grid = timed(lambda: grid_scan(plan, span), 1)
    # The two methods must agree before their speeds mean anything.
    for pair in analysis.pairs:
        assert pair.total_minutes == grid[(pair.client, pair.vendor)], pair
    for verdict in analysis.roles:
        expected = grid[verdict.role.id]
        got = getattr(verdict, "coverage_percent", None)
        if verdict.role.kind == "async":
            got = verdict.max_wait_minutes
        assert got == expected, (verdict.role.id, got, expected)
    print(
        f"analysis, 12 teams / 6 roles / 10 meetings / {YEAR}: median {fast * 1000:.1f} ms "
        f"(first run, cold caches: {first * 1000:.1f} ms); target < 100 ms"
    )
    print(
        f"minute-grid baseline, same plan: {slow * 1000:.0f} ms; speed-up {slow / fast:.0f}x (target >= 50x)"
    )


if __name__ == "__main__":
    main()
