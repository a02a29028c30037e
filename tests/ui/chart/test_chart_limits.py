"""Chart outputs too large for Qt or memory are refused up front; a failure never touches a file."""

from __future__ import annotations

import io
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.cli.parser import parse_args
from planner.plan.hours import WeekHours
from planner.plan.model import Plan, Team
from planner.plan.reading import load_plan
from planner.plan.writing import save_plan
from ui.chart import export
from ui.chart.export import MAX_PNG_PIXELS, _tall_sheet, largest_png_dpi
from ui.chart.limits import MAX_DRAWN_ROWS, drawn_rows, max_weeks
from ui.chart.sheet import default_page_layout
from ui.chart.state import ChartState
from ui.chart_command import run_chart
from ui.launcher import main

ROOT = Path(__file__).resolve().parents[3]
ACME = ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml"
NOW = datetime(2027, 3, 16, 15, tzinfo=UTC)
OLD = b"the previous chart"


def chart(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = run_chart(parse_args(["chart", *argv]), err=err, now=NOW)
    return code, err.getvalue()


def previous(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    target.write_bytes(OLD)
    return target


def untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_a_png_too_large_is_refused_with_the_largest_resolution_that_works(tmp_path: Path):
    target = previous(tmp_path, "w.png")
    code, err = chart(str(ACME), "-o", str(target), "--week", "2027-03-15", "--weeks", "53",
                      "--dpi", "1200")  # fmt: skip
    assert code == 2
    assert err == (
        "overlap-planner: error: this chart would be a PNG of 14,033 x 687,099 pixels "
        "(9,642 megapixels) at 1200 dpi; a PNG may have at most 100 megapixels: choose "
        "122 dpi or less (--dpi 122), fewer weeks, or export a PDF (paginated, sharp at any "
        "size)\n"
    )
    untouched(target)


@pytest.mark.parametrize(
    ("view", "day", "weeks"),
    [
        ("week", date(2027, 3, 15), 53),
        ("week", date(2027, 3, 15), 1),
        ("year", date(2027, 1, 1), 1),
    ],
)
def test_the_largest_resolution_named_is_exactly_the_limit(view: str, day: date, weeks: int):
    plan = load_plan(ACME).plan
    state = ChartState(view=view, day=day)  # type: ignore[arg-type]
    layout = default_page_layout("a4")
    best = largest_png_dpi(plan, state, 1200, layout, weeks)
    assert best is not None

    def pixels(dpi: int) -> int:
        size = _tall_sheet(plan, state, dpi, layout, weeks, None)[2]
        return size.width() * size.height()

    assert pixels(best) <= MAX_PNG_PIXELS
    if best < 1200:
        assert pixels(best + 1) > MAX_PNG_PIXELS


def test_a_png_at_the_largest_resolution_is_written(tmp_path: Path):
    target = tmp_path / "w.png"
    assert chart(str(ACME), "-o", str(target), "--week", "2027-03-15", "--weeks", "53",
                 "--dpi", "36") == (0, "")  # fmt: skip
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def many_teams(clients: int, vendors: int) -> Plan:
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    teams = [Team(f"c{i}", "client", "Europe/London", hours) for i in range(clients)]
    teams += [Team(f"v{i}", "vendor", "Asia/Manila", hours) for i in range(vendors)]
    return Plan(teams=tuple(teams), title="Many teams")


def test_a_chart_that_draws_too_many_rows_is_refused_before_it_is_drawn(tmp_path: Path):
    plan_file = tmp_path / "many.toml"
    save_plan(many_teams(10, 30), plan_file)
    (plan_file.parent / "many.toml.bak").unlink(missing_ok=True)
    week = ChartState(view="week", day=date(2027, 3, 15))
    assert drawn_rows(many_teams(10, 30), week, 53) == 53 * 7 * (40 + 300)
    assert max_weeks(many_teams(10, 30), week) == MAX_DRAWN_ROWS // (7 * 340) == 8
    out = tmp_path / "out"
    out.mkdir()
    target = previous(out, "many.svg")
    code, err = chart(str(plan_file), "-o", str(target), "--week", "2027-03-15", "--weeks", "53")
    assert code == 2
    assert err == (
        "overlap-planner: error: this chart would draw 126,140 rows (40 teams and 300 "
        "client/vendor pairs); one export draws at most 20,000: print 8 weeks or fewer at a "
        "time\n"
    )
    untouched(target)
    assert chart(str(plan_file), "-o", str(target), "--week", "2027-03-15", "--weeks", "8") == (
        0,
        "",
    )
    assert "Many teams" in target.read_text(encoding="utf-8")


def test_one_pair_is_advised_when_even_one_day_is_too_much():
    plan = many_teams(150, 150)
    state = ChartState(view="day", day=date(2027, 3, 15))
    with pytest.raises(export.PlannerError, match=r"show one pair \(--pair CLIENT,VENDOR"):
        export.check_chart_size(plan, state)
    export.check_chart_size(plan, ChartState(view="day", day=date(2027, 3, 15), pair=("c1", "v1")))


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (
            ["--date", "9999-12-31"],
            'argument --date: "9999-12-31" is outside the years 1900 to 2199',
        ),
        (
            ["--week", "0001-01-01"],
            'argument --week: "0001-01-01" is outside the years 1900 to 2199',
        ),
        (["--year", "2200"], "--year 2200 is out of range: use 1900 to 2199"),
        (["--year", "1899"], "--year 1899 is out of range: use 1900 to 2199"),
    ],
)
def test_dates_outside_the_supported_years_exit_2(
    flags: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = previous(tmp_path, "c.pdf")
    code = main(["chart", str(ACME), "-o", str(target), *flags])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"overlap-planner: error: {message}")
    assert err.count("\n") == 1
    untouched(target)


@pytest.mark.parametrize(
    "flags",
    [["--date", "1900-01-01"], ["--week", "2199-12-31"], ["--year", "1900"], ["--year", "2199"]],
)
def test_the_first_and_last_supported_days_draw(flags: list[str], tmp_path: Path):
    target = tmp_path / "edge.pdf"
    code, err = chart(str(ACME), "-o", str(target), *flags)
    assert code == 0
    assert target.read_bytes()[:5] == b"%PDF-"
    # The holidays package has no data that far back or ahead: said once per team, no more.
    lines = err.splitlines()
    assert all(line.startswith("overlap-planner: warning: team ") for line in lines)
    assert len(lines) == len({line.split('"')[1] for line in lines}) <= 3


def test_a_failure_while_drawing_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = previous(tmp_path, "c.pdf")

    def fail(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_pdf", fail)
    code, err = chart(str(ACME), "-o", str(target))
    assert (code, err) == (
        2,
        f'overlap-planner: error: cannot write "{target}": No space left on device; the '
        "previous file, if any, is unchanged\n",
    )
    untouched(target)


def test_a_read_only_chart_is_refused_and_a_link_is_written_through(tmp_path: Path):
    target = previous(tmp_path, "c.svg")
    target.chmod(0o444)
    code, err = chart(str(ACME), "-o", str(target))
    assert code == 2
    assert "the file is read-only" in err
    untouched(target)
    target.chmod(0o644)
    link = tmp_path / "latest.svg"
    link.symlink_to("c.svg")
    assert chart(str(ACME), "-o", str(link)) == (0, "")
    assert link.is_symlink() and os.readlink(link) == "c.svg"
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.svg", "latest.svg"]


def test_the_year_of_an_organisation_fits_one_export():
    from benchmarks.plans import organisation_plan

    plan = organisation_plan(10, 190, 2027)
    state = ChartState(view="year", day=date(2027, 1, 1))
    # 200 team rows and 1,900 strips, each painted as a few runs of equal days.
    assert drawn_rows(plan, state) == 200 + 1900 <= MAX_DRAWN_ROWS
    export.check_chart_size(plan, state)
