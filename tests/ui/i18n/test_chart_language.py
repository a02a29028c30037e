# ruff: noqa: RUF001  (Arabic-Indic digits and dashes are the point of these texts)
"""The chart in the GUI's language on screen and paper; the ``chart`` verb in English."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from planner.cli.parser import parse_args
from planner.plan.reading import load_plan
from ui.chart.export import render_svg
from ui.chart.state import ChartState
from ui.chart_command import run_chart
from ui.i18n.language import active_language, apply_language, use_source_language

ROOT = Path(__file__).resolve().parents[3]
ACME = ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml"
NOW = datetime(2027, 3, 16, 15, tzinfo=UTC)
GENERATED = datetime(2027, 3, 16, 15, 30, tzinfo=UTC)
STAMP = re.compile(rb"Generated \d{4}-\d\d-\d\d \d\d:\d\d [^<]*? by ")


def _verb_svg(path: Path) -> bytes:
    err = io.StringIO()
    args = parse_args(["chart", str(ACME), "-o", str(path), "--week", "2027-03-15"])
    assert run_chart(args, err=err, now=NOW) == 0, err.getvalue()
    return STAMP.sub(b"Generated <now> by ", path.read_bytes())


def test_the_chart_verb_is_english_whatever_language_the_gui_applied(
    qapp: QApplication, tmp_path: Path
) -> None:
    use_source_language()
    english = _verb_svg(tmp_path / "english.svg")
    assert b"Mon 15 Mar 2027" in english and b"Teams, zones and UTC offsets" in english
    for code, locale in (("ar", "ar_EG"), ("es", "es_ES")):
        apply_language(code, QLocale(locale))  # as the GUI does at start
        assert _verb_svg(tmp_path / f"{code}.svg") == english
        assert active_language() == "en"  # the verb applied English


def test_the_gui_prints_in_its_language(qapp: QApplication) -> None:
    plan = load_plan(ACME).plan
    state = ChartState(view="week", day=date(2027, 3, 15))

    def sheet() -> str:
        return render_svg(plan, state, generated=GENERATED).decode()

    apply_language("es", QLocale("es_ES"))
    spanish = sheet()
    assert "lun 15 mar 2027" in spanish and "Equipos, zonas y desfases UTC" in spanish
    assert "lunes 15 – domingo 21 marzo 2027" in spanish
    assert "Mon 15 Mar 2027" not in spanish
    apply_language("ar", QLocale("ar_EG"))
    runs = re.findall(r">([^<>]+)</text>", sheet())  # SVG keeps each direction's run apart
    assert {"الاثنين ", " مارس ", "١٥", "٢٠٢٧"} <= set(runs)  # the day headings
    assert [f"{n:02d}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) for n in range(24)] == (
        runs[runs.index("America/New_York  UTC-04:00") + 1 :][:24]
    )  # the hour axis in Arabic-Indic digits, left to right
    assert any(run.startswith("الفرق والمناطق وفروق التوقيت") for run in runs)
    assert "Mon 15 Mar 2027" not in runs and "Teams, zones and UTC offsets" not in runs


def test_meeting_tooltips_in_english_are_the_models_and_in_spanish_are_translated(
    qapp: QApplication,
) -> None:
    from planner.chart.meetings import band_tooltip, meeting_bands
    from ui.chart.language import meeting_tooltip

    plan = load_plan(ACME).plan
    start = int(datetime(2027, 3, 15, tzinfo=UTC).timestamp())
    bands = meeting_bands(plan, start, start + 7 * 86400)
    assert bands
    use_source_language()
    assert [meeting_tooltip(plan, b, True) for b in bands] == [
        band_tooltip(plan, b, True) for b in bands
    ]
    apply_language("es", QLocale("es_ES"))
    lines = meeting_tooltip(plan, bands[0], True).splitlines()
    assert lines[0] == "SEO weekly status: dentro del horario de todos"
    assert lines[1] == "Acme HQ (New York): de mar 10:00 a mar 10:30"


def test_the_printed_notes_in_spanish_and_the_models_english(qapp: QApplication) -> None:
    from planner.chart import summary
    from planner.chart.data import chart_data
    from ui.chart.summary_text import sheet_summary

    plan = load_plan(ACME).plan
    year = chart_data(plan, "year", date(2027, 3, 15))
    week = chart_data(plan, "week", date(2027, 3, 15))
    use_source_language()
    for data in (week, year):
        assert sheet_summary(plan, data) == summary.sheet_summary(plan, data)
    apply_language("es", QLocale("es_ES"))
    assert sheet_summary(plan, year).verdicts[0] == (
        "CUMPLE  Customer support (live chat and phone) (Manila support desk para Acme HQ "
        "(New York), tiempo real): cobertura 96,36 % (necesita 95 %), 100 % en los días "
        "laborables de Manila support desk, 9 huecos: 72 h en festivos o días libres del "
        "proveedor"
    )
    assert sheet_summary(plan, year).meetings == (
        "SEO weekly status: 52 sesiones, 51 OK, 0 conflictos, 1 omitida",
        "Support monthly review: 12 sesiones, 9 OK, 0 conflictos, 3 omitidas",
    )
    assert sheet_summary(plan, week).meetings == (
        "mar 16 mar 10:00  SEO weekly status: mar 10:00 Acme HQ (New York) · mar 16:00 Kyiv "
        "SEO agency  OK",
    )
