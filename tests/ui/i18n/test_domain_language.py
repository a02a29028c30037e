"""Texts the domain writes, shown in the GUI's language: plan problems, reasons, holidays.

The catalogues' "Planner" context translates each ``planner.text.Text`` template; the
params (the file, its line, what the user typed) are filled in unchanged. In English
the GUI shows the command line's text exactly.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QPointF
from pytestqt.qtbot import QtBot

from planner.analysis.overlap import RealtimeVerdict, analyze
from planner.errors import PlanFileError
from planner.meetings.occurrences import meeting_occurrences
from planner.plan.hours import WeekHours
from planner.plan.meeting import Meeting, Repeat
from planner.plan.model import Plan, Role, Team
from planner.plan.reading import load_plan, parse_plan
from planner.problem import Problem
from planner.schedule.range import Range
from planner.text import Text
from planner.time.local import local_instant
from tests.ui.chart.test_chart_meetings import make, row_y, x_of, z
from tests.ui.conftest import FakeDialogs, broken_example
from ui.dialogs import ProblemsDialog
from ui.i18n.domain import domain_text
from ui.i18n.language import apply_language
from ui.meetings.rows import occurrence_cells
from ui.panels.role_details import gaps_html
from ui.window.main_window import MainWindow

HOURS = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
NY = Team("ny", "client", "America/New_York", WeekHours.parse({"mon-fri": ["03:00-11:00"]}))
MAD = Team("mad", "vendor", "Europe/Madrid", HOURS, "Madrid desk", "ES", (date(2026, 12, 9),))
PLAN = Plan(
    teams=(NY, MAD),
    roles=(Role("support", "realtime", "ny", "mad", "Support"),),
    meetings=(
        Meeting(
            "sync",
            "Weekly sync",
            ("ny", "mad"),
            30,
            date(2026, 12, 1),
            time(10, 0),
            "Europe/Madrid",
            Repeat("weekly"),
        ),
    ),
)


def _language(code: str) -> None:
    apply_language(code, QLocale({"es": "es_ES", "ar": "ar_EG"}[code]))  # as at start


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "es",
            [
                ':19: equipo "mnl": zona horaria desconocida "Asia/Manilla"'
                ' (¿quería decir "Asia/Manila"?)',
                ':30: equipo "kyiv": "25:00" no es una hora del día (00:00 a 23:59, o 24:00 como'
                " final)",
            ],
        ),
        (
            "ar",
            [
                ':19: الفريق "mnl": منطقة زمنية غير معروفة "Asia/Manilla" (هل تقصد "Asia/Manila"؟)',
                ':30: الفريق "kyiv": "25:00" ليس وقتًا من اليوم (00:00 إلى 23:59، أو 24:00 كنهاية)',
            ],
        ),
    ],
)
def test_opening_a_broken_plan_lists_its_problems_in_the_language(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    tmp_path: Path,
    code: str,
    expected: list[str],
) -> None:
    broken = broken_example(tmp_path)
    _language(code)
    dialogs.open_answer = str(broken)
    window.open_action.trigger()
    title, intro, problems = dialogs.last("problems")
    shown = ProblemsDialog(None, title, intro, problems)  # what Dialogs.problems shows
    qtbot.addWidget(shown)
    assert shown.text.toPlainText().split("\n") == [f"{broken}{line}" for line in expected]
    assert title == {"es": "No se puede abrir el plan", "ar": "تعذّر فتح الخطة"}[code]


def test_a_problem_of_the_reader_in_spanish_keeps_the_users_values(qapp: object) -> None:
    with pytest.raises(PlanFileError) as caught:
        parse_plan('format = 1\n[[team]]\nid = "a"\nside = "vendor"\nzone = 5\n', "p.toml")
    problem = caught.value.problems[0]
    assert str(problem) == 'p.toml:5: team "a": a time zone must be a string such as "Asia/Manila"'
    _language("es")
    assert domain_text(str(problem)) == (
        'p.toml:5: equipo "a": una zona horaria debe ser un texto como "Asia/Manila"'
    )
    _language("ar")
    assert domain_text(Text("{count} h", count=15)) == "\u0661\u0665 h"  # the locale's digits
    assert domain_text(str(problem)).startswith("p.toml:5: ")  # file:line as editors read it
    assert domain_text(Problem("p.toml", 0, "", "plain text")) == "p.toml: plain text"
    assert domain_text(caught.value).startswith('p.toml:5: الفريق "a": ')


def _verdict() -> RealtimeVerdict:
    week = Range.of_days("America/New_York", date(2026, 12, 7), date(2026, 12, 11))
    (verdict,) = analyze(PLAN, week).roles
    assert isinstance(verdict, RealtimeVerdict)
    return verdict


def test_a_roles_gap_causes_appear_in_spanish(qapp: object) -> None:
    english = gaps_html(PLAN, _verdict(), True)
    assert "vendor holiday or day off: Immaculate Conception (Madrid desk" in english
    assert "vendor holiday or day off: day off (Madrid desk" in english
    _language("es")
    spanish = gaps_html(PLAN, _verdict(), True)
    assert "festivo o día libre del proveedor: Inmaculada Concepción (Madrid desk" in spanish
    assert "festivo o día libre del proveedor: día libre (Madrid desk" in spanish
    assert "Immaculate" not in spanish and "day off" not in spanish


def test_a_skip_reason_appears_in_the_language(qapp: object) -> None:
    meeting = PLAN.meetings[0]
    start = local_instant("Europe/Madrid", date(2026, 12, 8), 0)
    end = local_instant("Europe/Madrid", date(2026, 12, 10), 0)
    held = meeting_occurrences(PLAN, meeting, start, end)
    (skipped,) = [o for o in held if o.skipped]
    assert skipped.reason == "mad 2026-12-08: Immaculate Conception"  # the command line's
    assert occurrence_cells(PLAN, meeting, skipped, True).status == (
        "Skipped: mad 2026-12-08: Immaculate Conception"
    )
    _language("es")
    status = occurrence_cells(PLAN, meeting, skipped, True).status
    assert status == "Omitida: mad mar 8 dic 2026: Inmaculada Concepción"
    _language("ar")
    status = occurrence_cells(PLAN, meeting, skipped, True).status
    assert "Immaculate Conception" in status  # Spain names its holidays in no Arabic
    assert "2026" not in status and "٢٠٢٦" in status  # the date as the GUI writes it


def test_a_spanish_holiday_name_on_the_chart(qtbot: QtBot) -> None:
    _language("es")
    chart = make(qtbot, PLAN, date(2026, 12, 8))
    point = QPointF(x_of(chart, z(2026, 12, 8, 12)), row_y(chart, "mad"))
    assert chart.tooltip_at(point).startswith("Madrid desk: Inmaculada Concepción (")


def test_the_hours_presets_and_a_drift_reason_in_spanish(qapp: object) -> None:
    from planner.meetings.drift import clock_change
    from planner.plan.edits import HOURS_PRESETS

    _language("es")
    assert [domain_text(label) for label, _ in HOURS_PRESETS][:2] == [
        "Lun-Vie 09:00-17:00",
        "Dom-Jue 09:00-17:00",
    ]
    change = clock_change("America/New_York", 1804611600, 1805216400)
    assert domain_text(change) == "America/New_York adelantó la hora a EDT (UTC-04:00)"


EXAMPLE = load_plan(
    Path(__file__).parents[3] / "resources" / "examples" / "newyork-manila-kyiv.toml"
)


@settings(max_examples=60, deadline=None)
@given(
    key=st.text(max_size=15),
    low=st.integers(-(10**5), 10**5),
    shown=st.text(max_size=15),
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_in_english_the_gui_shows_the_command_lines_text(
    qapp: object, key: str, low: int, shown: str, day: date
) -> None:
    from ui.i18n.language import use_source_language

    use_source_language()
    message = Text("{key} must be {low} or more, not {shown}", key=key, low=low, shown=shown)
    nested = Text("{team} {day}: {why}", team=key, day=day, why=message)
    for text in (message, nested, str(Problem("p.toml", low, key, nested))):
        assert domain_text(text) == str.__str__(text)


def test_an_export_and_a_publish_summary_in_spanish(qapp: object) -> None:
    from planner.calendar.caldav_publish import PublishResult
    from planner.calendar.ical import CalendarFile

    why = Text("{team} {day}: {why}", team="hq", day=date(2027, 7, 5), why=Text("day off"))
    exported = CalendarFile("", ("weekly", "review"), (("kickoff", why),)).summary()
    assert exported == (
        "2 meetings; left out 1 one-off meeting that a holiday or day off skips: "
        "kickoff (hq 2027-07-05: day off)"
    )
    published = PublishResult("Team", "https://x/cal/", True, created=("a", "b")).summary()
    _language("es")
    assert domain_text(exported) == (
        "2 reuniones; se deja fuera 1 reunión única que omite un festivo o día libre: "
        "kickoff (hq lun 5 jul 2027: día libre)"
    )
    assert [domain_text(line) for line in published] == [
        'calendario "Team" (creado): https://x/cal/',
        "añadidas: a, b",
    ]
