"""The chart's hours, times, durations and dates in the GUI's language.

The chart's model (``planner.chart.labels``) writes them in English, as the command line,
the plan file and every export need: ``Mon 08 Mar 2027``, ``9:30 PM``, ``8 h 15 min``.
While the GUI runs in another language (``ui.i18n.language.apply_language``), the same
values are written here with its words and QLocale (``lun 08 mar 2027``, Arabic-Indic
digits in Arabic). In English, and always in the ``chart`` command line, which applies no
language, each function returns exactly the model's English.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from planner.chart import labels
from planner.plan.hours import Shift
from planner.time.intervals import Instant
from planner.time.local import local_datetime
from ui.i18n import translate
from ui.i18n.domain import domain_text
from ui.i18n.language import SOURCE_LANGUAGE, active_language

if TYPE_CHECKING:
    from planner.analysis.staffing.result import IntervalStaffing
    from planner.chart.meetings import MeetingBand
    from planner.plan.model import Plan


def english() -> bool:
    """Whether the chart is written in the model's English (the GUI in English, the verb)."""
    return active_language() == SOURCE_LANGUAGE


def format_hour(hour: int, clock24: bool) -> str:
    """A short hour label of the time axis: ``09``, ``9a``."""
    if english():
        return labels.format_hour(hour, clock24)
    from ui.i18n.formats import hour_label

    return hour_label(hour, clock24)


def format_minute(minute: int, clock24: bool) -> str:
    """A wall time from minutes after midnight: ``21:30``, ``9:30 PM``."""
    if english():
        return labels.format_minute(minute, clock24)
    from ui.i18n.formats import wall_time

    return wall_time(minute, clock24)


def format_shift(shift: Shift, clock24: bool) -> str:
    """A shift's local times: ``21:00-06:00``."""
    if english():
        return labels.format_shift(shift, clock24)
    from ui.i18n.formats import shift_text

    return shift_text(shift.start, shift.end, clock24)


def format_duration(minutes: int) -> str:
    """Minutes as ``8 h 15 min``."""
    if english():
        return labels.format_duration(minutes)
    from ui.i18n.formats import duration

    return duration(minutes)


def local_time_text(zone: str, moment: Instant, clock24: bool) -> str:
    """The weekday and wall time of an instant in a zone: ``Tue 21:30``."""
    if english():
        return labels.local_time_text(zone, moment, clock24)
    from ui.i18n.formats import time_of

    return time_of(local_datetime(zone, moment), clock24)


def day_heading(day: date) -> str:
    """A date with its weekday, as the chart heads a day: ``Mon 08 Mar 2027``."""
    if english():
        return f"{day:%a %d %b %Y}"
    from ui.i18n.formats import header_text

    return header_text(day)


def short_day(day: date) -> str:
    """A date with its weekday, without the year: ``Mon 08 Mar``."""
    if english():
        return f"{day:%a %d %b}"
    from ui.i18n.formats import short_day as short

    return short(day)


def weekday_short(day: date) -> str:
    """A date's short weekday: ``Mon``."""
    if english():
        return f"{day:%a}"
    from ui.i18n.formats import weekday

    return weekday(day)


def month_name(day: date) -> str:
    """A date's full month name: ``March``."""
    if english():
        return f"{day:%B}"
    from PySide6.QtCore import QLocale

    return QLocale().standaloneMonthName(day.month)


def weekday_long(day: date) -> str:
    """A date's full weekday name: ``Monday``."""
    if english():
        return f"{day:%A}"
    from ui.i18n.formats import weekday_name

    return weekday_name(day.weekday())


def number(value: float, decimals: int = 0) -> str:
    """A number in the GUI's digits and decimal sign: ``2027``, ``71.3`` (``71,3``)."""
    text = f"{value:.{decimals}f}"
    if english():
        return text
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", decimals)


def staffing_text(interval: IntervalStaffing) -> str:
    """An interval's figures in words (the hover line of a staffing row)."""
    if english():
        from planner.chart.staffing import interval_text

        return interval_text(interval)
    short = interval.required - interval.scheduled
    text = translate(
        "Chart",
        "{contacts} contacts: {required} agents required, {scheduled} scheduled, service "
        "level {level}%",
    ).format(
        contacts=number(interval.contacts, 0 if float(interval.contacts).is_integer() else 1),
        required=number(interval.required),
        scheduled=number(interval.scheduled),
        level=number(100 * interval.service_level, 1),
    )
    if short > 0:
        text += " " + translate("Chart", "(%n short)", "agents missing in the interval", short)
    return text


def meeting_tooltip(plan: Plan, band: MeetingBand, clock24: bool) -> str:
    """A meeting band's tooltip: title and state, then every team's local start and end."""
    if english():
        from planner.chart.meetings import band_tooltip

        return band_tooltip(plan, band, clock24)
    state = {
        "ok": translate("Chart", "inside everyone's hours"),
        "conflict": translate("Chart", "conflict"),
        "skipped": translate("Chart", "skipped"),
    }[band.state]
    head = f"{band.title}: {state}"
    if band.state == "skipped":
        head += f" ({domain_text(band.reason)})"
    elif band.conflicts:
        names = ", ".join(plan.team(t).name for t in band.conflicts)
        head += " " + translate("Chart", "({names} not working)").format(names=names)
    if band.moved:
        head += "; " + translate("Chart", "moved from {date}").format(
            date=day_heading(band.series_day)
        )
    lines = [head]
    for team_id in band.teams:
        team = plan.team(team_id)
        lines.append(
            translate("Chart", "{team}: {start} to {end}").format(
                team=team.name,
                start=local_time_text(team.zone, band.start, clock24),
                end=local_time_text(team.zone, band.end, clock24),
            )
        )
    return "\n".join(lines)
