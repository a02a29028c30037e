"""PDF, PNG and SVG exports of the example plans, and the GUI's export dialog."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from ui.chart.export import chart_format, export_chart, png_image, render_pdf
from ui.chart.export_dialog import ExportDialogs, export_chart_dialog, suggested_name
from ui.chart.state import ChartState
from ui.chart.style import LIGHT

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
PLANS = sorted(p.stem for p in EXAMPLES.glob("*.toml"))
GENERATED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
LEGEND = ("working", "overlap", "early/late", "night", "holiday")


def plan_of(name: str) -> Plan:
    return load_plan(EXAMPLES / f"{name}.toml").plan


def pdf_text(path: Path, *pages: int) -> str:
    command = ["pdftotext", "-layout"]
    if pages:
        command += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*command, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def z(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


@pytest.mark.parametrize("name", PLANS)
def test_pdf_has_the_title_every_team_and_the_legend(name: str, tmp_path: Path) -> None:
    plan = plan_of(name)
    target = tmp_path / "chart.pdf"
    export_chart(plan, ChartState("day", date(2027, 3, 16)), str(target), generated=GENERATED)
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert plan.title in text
    for team in plan.teams:
        assert team.name in text
        assert team.zone in text
    for word in LEGEND:
        assert word in text
    assert "Tuesday 16 March 2027" in text
    assert "Generated 2026-11-20" in text and "Page 1 of 1" in text
    assert pdf_pages(target) == 1


def test_pdf_page_is_a4_landscape_unless_letter_is_asked(tmp_path: Path) -> None:
    from ui.chart.sheet import default_page_layout

    plan = plan_of("newyork-manila-kyiv")
    state = ChartState("day", date(2027, 3, 16))
    a4 = tmp_path / "a4.pdf"
    a4.write_bytes(render_pdf(plan, state, layout=default_page_layout("a4")))
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(render_pdf(plan, state, layout=default_page_layout("letter")))
    for path, size in ((a4, "842 x 595"), (letter, "792 x 612")):
        info = subprocess.run(
            ["pdfinfo", str(path)], check=True, capture_output=True, text=True
        ).stdout
        assert size in info


def test_several_weeks_paginate_by_whole_days(tmp_path: Path) -> None:
    plan = plan_of("newyork-manila-kyiv")
    target = tmp_path / "weeks.pdf"
    export_chart(
        plan, ChartState("week", date(2027, 3, 17)), str(target), weeks=3, generated=GENERATED
    )
    pages = pdf_pages(target)
    assert pages >= 3
    seen: list[str] = []
    for page in range(1, pages + 1):
        text = pdf_text(target, page)
        assert f"Page {page} of {pages}" in text
        assert plan.title in text and "working" in text
        seen += [
            line.split()[0:4] and " ".join(line.split()[0:4])
            for line in text.splitlines()
            if line.strip().startswith(("Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "))
        ]
    days = [s for s in seen if s.split()[-1] == "2027"]
    # Every one of the 21 days once, in order: no day is cut across two pages.
    assert len(days) == 21
    assert days[0] == "Mon 15 Mar 2027" and days[-1] == "Sun 04 Apr 2027"


def test_year_pdf_lists_each_pair(tmp_path: Path) -> None:
    plan = plan_of("newyork-manila-kyiv")
    target = tmp_path / "year.pdf"
    export_chart(plan, ChartState("year", date(2027, 1, 1)), str(target), generated=GENERATED)
    text = pdf_text(target)
    assert "Year 2027" in text
    assert "least overlap" in text and "DST change" in text and "holiday" in text
    # Each strip is labelled with its client and, under it, its vendor.
    lines = [line.strip() for line in text.splitlines()]
    assert lines.count("Acme HQ (New York)") == 2
    assert "\u2194 Manila support desk" in lines and "\u2194 Kyiv SEO agency" in lines
    assert "3 h \u2013 4 h a working day" in lines


@pytest.mark.parametrize("name", PLANS)
def test_png_has_the_overlap_colour_at_the_overlap_band(name: str, tmp_path: Path) -> None:
    plan = plan_of(name)
    state = ChartState("day", date(2027, 3, 16))
    image, layout = png_image(plan, state, 100, generated=GENERATED)
    target = tmp_path / "chart.png"
    export_chart(plan, state, str(target), dpi=100, generated=GENERATED)
    written = QImage(str(target))
    assert written.size() == image.size()
    assert round(written.dotsPerMeterX() * 0.0254) == 100
    box = layout.blocks[0]
    for row, overlap in zip((r for r in box.rows if r.pair), box.block.overlaps, strict=True):
        y = round((row.bar_top + row.bar_bottom) / 2)
        for a, b in overlap.windows:
            left, right = box.x(a), box.x(b)
            assert (
                written.pixelColor(round(left + 2), row.bar_top + 2).name().upper() == LIGHT.overlap
            )
            assert written.pixelColor(round(right - 2), y).name().upper() == LIGHT.overlap
            if right + 3 < box.x1 and all(not (c <= b + 300 < d) for c, d in overlap.windows):
                assert written.pixelColor(round(right + 3), y).name().upper() != LIGHT.overlap


def test_png_resolution_scales_the_image() -> None:
    plan = plan_of("sydney-kathmandu")
    state = ChartState("day", date(2027, 3, 16))
    low, _ = png_image(plan, state, 72)
    high, _ = png_image(plan, state, 144)
    assert low.width() == 842  # A4 landscape at 72 dpi
    assert abs(high.width() - 2 * low.width()) <= 1
    with pytest.raises(PlannerError, match="--dpi 5"):
        png_image(plan, state, 5)


@pytest.mark.parametrize("name", PLANS)
def test_svg_parses_and_keeps_the_names_as_text(name: str, tmp_path: Path) -> None:
    plan = plan_of(name)
    target = tmp_path / "chart.svg"
    export_chart(plan, ChartState("week", date(2027, 3, 16)), str(target), generated=GENERATED)
    root = ET.parse(target).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert plan.title in texts
    for team in plan.teams:
        assert team.name in texts
    for word in LEGEND:
        assert word in texts


def test_twelve_hour_clock_on_paper(tmp_path: Path) -> None:
    plan = plan_of("newyork-manila-kyiv")
    target = tmp_path / "chart.svg"
    export_chart(plan, ChartState("day", date(2027, 3, 16), clock24=False), str(target))
    root = ET.parse(target).getroot()
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "9:00 AM-5:00 PM" in texts and "12p" in texts and "9:00 PM-6:00 AM" in texts


def test_bad_extension_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    target = tmp_path / "chart.jpg"
    target.write_bytes(b"old")
    with pytest.raises(PlannerError, match=r"name the file \.pdf, \.png or \.svg"):
        export_chart(plan_of("sydney-kathmandu"), ChartState("day", date(2027, 3, 16)), str(target))
    assert target.read_bytes() == b"old"
    assert chart_format("x.SVG") == "svg"
    with pytest.raises(PlannerError, match="no extension"):
        chart_format("chart")


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="does not exist"):
        export_chart(
            plan_of("sydney-kathmandu"),
            ChartState("day", date(2027, 3, 16)),
            str(tmp_path / "nowhere" / "chart.pdf"),
        )


def test_export_replaces_a_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"previous")
    export_chart(plan_of("sydney-kathmandu"), ChartState("day", date(2027, 3, 16)), str(target), 40)
    assert target.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def _dialogs(path: str | None, dpi: int | None, errors: list[str]) -> ExportDialogs:
    return ExportDialogs(
        lambda parent, name: path,
        lambda parent, default: dpi,
        lambda parent, message: errors.append(message),
    )


def test_export_dialog_writes_the_chosen_file(tmp_path: Path) -> None:
    plan = plan_of("newyork-manila-kyiv")
    state = ChartState("week", date(2027, 3, 16))
    errors: list[str] = []
    png = tmp_path / "chart.png"
    assert export_chart_dialog(None, plan, state, _dialogs(str(png), 60, errors)) == str(png)
    assert QImage(str(png)).dotsPerMeterX() == round(60 / 0.0254)
    bare = tmp_path / "chart"
    assert (
        export_chart_dialog(None, plan, state, _dialogs(str(bare), None, errors)) == f"{bare}.pdf"
    )
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF")
    assert errors == []


def test_export_dialog_cancel_and_errors(tmp_path: Path) -> None:
    plan = plan_of("newyork-manila-kyiv")
    state = ChartState("day", date(2027, 3, 16))
    errors: list[str] = []
    assert export_chart_dialog(None, plan, state, _dialogs(None, None, errors)) is None
    assert (
        export_chart_dialog(None, plan, state, _dialogs(str(tmp_path / "a.png"), None, errors))
        is None
    )
    assert not (tmp_path / "a.png").exists()
    assert (
        export_chart_dialog(None, plan, state, _dialogs(str(tmp_path / "a.gif"), None, errors))
        is None
    )
    assert len(errors) == 1 and ".gif" in errors[0]


def test_suggested_name() -> None:
    plan = plan_of("newyork-manila-kyiv")
    assert suggested_name(plan, ChartState("week", date(2027, 3, 16))) == (
        "acme-manila-support-desk-and-kyiv-seo-ag-week-2027-03-16.pdf"
    )
    assert (
        suggested_name(Plan(), ChartState("year", date(2027, 3, 16)))
        == "overlap-chart-year-2027.pdf"
    )


def test_the_printed_chart_lists_verdicts_meetings_and_one_day_changes(tmp_path: Path) -> None:
    from planner.plan.edits import move_occurrence, set_exception
    from planner.plan.hours import Shift

    plan = set_exception(plan_of("newyork-manila-kyiv"), "hq", date(2027, 3, 17), [Shift(540, 780)])
    plan = move_occurrence(plan, "kyiv-weekly", date(2027, 3, 16), datetime(2027, 3, 17, 11, 0))
    target = tmp_path / "week.pdf"
    export_chart(plan, ChartState("week", date(2027, 3, 17)), str(target), generated=GENERATED)
    text = " ".join(pdf_text(target, 1).split())
    assert "only on Wed 17 Mar 09:00-13:00" in text
    assert "Roles in these dates" in text
    assert "PASS Customer support (live chat and phone) (Manila support desk for Acme HQ" in text
    assert "PASS SEO and content (Kyiv SEO agency for Acme HQ (New York), async)" in text
    assert "Meetings in these dates" in text
    assert (
        "Wed 17 Mar 11:00 SEO weekly status: Wed 17 Mar 11:00 Acme HQ (New York) · "
        "17:00 Kyiv SEO agency OK"
    ) in text
    # The day's exception is on the chart itself too: its label says so.
    assert "09:00-13:00 (this date)" in " ".join(pdf_text(target).split())
