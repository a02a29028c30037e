"""``overlap-planner chart PLAN -o FILE.pdf|.png|.svg``: the chart rendered offscreen."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, timedelta
from typing import TextIO

from planner.chart.data import View
from planner.cli.console import EXIT_OK, PROG, read_plan, report_error, warn_holiday_gaps
from planner.errors import PlannerError
from planner.plan.checks import FIRST_YEAR, LAST_YEAR
from planner.plan.model import Plan
from planner.time.zones import load_zone
from ui.display import lacks_display

MIN_YEAR, MAX_YEAR = FIRST_YEAR, LAST_YEAR  # the years every verb handles


def choose_platform(environ: dict[str, str] | os._Environ[str] | None = None) -> None:
    """Render offscreen when there is no display (before any Q*Application exists).

    On Linux and the BSDs without ``DISPLAY`` or ``WAYLAND_DISPLAY`` Qt would abort the
    process; an explicit ``QT_QPA_PLATFORM`` is respected.
    """
    env = os.environ if environ is None else environ
    if lacks_display(env):
        env["QT_QPA_PLATFORM"] = "offscreen"


def _pair(plan: Plan, text: str | None) -> tuple[str | None, str | None] | None:
    if not text:
        return None
    client, comma, vendor = text.partition(",")
    if not comma or not client.strip() or not vendor.strip():
        raise PlannerError(f'--pair "{text}" must name a client and a vendor: --pair hq,mnl')
    for team_id, side in ((client.strip(), "client"), (vendor.strip(), "vendor")):
        if plan.team(team_id).side != side:
            raise PlannerError(
                f'--pair: team "{team_id}" is a {plan.team(team_id).side}, not a {side}'
            )
    return client.strip(), vendor.strip()


def run_chart(
    args: argparse.Namespace, err: TextIO | None = None, now: datetime | None = None
) -> int:
    """Render the chart of ``args.plan`` to ``args.output``; returns cli.md's exit code."""
    err = err or sys.stderr
    try:
        return _run(args, err, now or datetime.now(UTC))
    except PlannerError as exc:
        return report_error(exc, err)


def _run(args: argparse.Namespace, err: TextIO, now: datetime) -> int:
    from ui.chart.export import chart_format

    chart_format(args.output)  # a bad extension is refused before anything is loaded
    weeks = getattr(args, "weeks", 1) or 1
    if weeks != 1 and args.week is None:
        raise PlannerError("--weeks needs --week DATE (the first week to print)")
    plan = read_plan(args.plan, err)
    view: View
    if args.year is not None:
        if not MIN_YEAR <= args.year <= MAX_YEAR:
            raise PlannerError(f"--year {args.year} is out of range: use {MIN_YEAR} to {MAX_YEAR}")
        view, day = "year", date(args.year, 1, 1)
    elif args.date is not None:
        view, day = "day", args.date
    else:
        view = "week"
        day = args.week or now.astimezone(load_zone(plan.reference_zone)).date()
    first = day - timedelta(days=day.weekday()) if view == "week" else day
    last = {"day": day, "week": first + timedelta(days=7 * weeks - 1)}.get(
        view, date(day.year, 12, 31)
    )
    warn_holiday_gaps(plan, first, min(last, date(LAST_YEAR, 12, 31)), err)
    choose_platform()
    from PySide6.QtGui import QGuiApplication

    from ui.feature_scan import spare_source_scans

    spare_source_scans()  # before the chart's modules load (ui.feature_scan)
    from ui.c_locale import restore_c_locale
    from ui.chart.export import export_chart
    from ui.chart.sheet import default_page_layout
    from ui.chart.state import ChartState

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    restore_c_locale()  # Qt took the machine's locale: the chart's day names stay English
    from ui.i18n.language import use_source_language

    use_source_language()  # English and the C locale, whatever the GUI's language
    state = ChartState(view=view, day=day, pair=_pair(plan, getattr(args, "pair", None)))
    export_chart(
        plan,
        state,
        args.output,
        getattr(args, "dpi", 150),
        layout=default_page_layout(getattr(args, "paper", None)),
        weeks=weeks,
    )
    del app
    return EXIT_OK
