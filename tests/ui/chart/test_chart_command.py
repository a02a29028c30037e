"""``overlap-planner chart``: offscreen rendering, exit codes, atomic output."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.cli.parser import parse_args
from ui.chart_command import choose_platform, run_chart

ROOT = Path(__file__).resolve().parents[3]
ACME = ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml"
NOW = datetime(2027, 3, 16, 15, tzinfo=UTC)


def chart(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = run_chart(parse_args(["chart", *argv]), err=err, now=NOW)
    return code, err.getvalue()


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.mark.parametrize(
    "flag", [["--date", "2027-03-16"], ["--week", "2027-03-16"], ["--year", "2027"], []]
)
def test_each_view_to_pdf(flag: list[str], tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    assert chart(str(ACME), "-o", str(target), *flag) == (0, "")
    text = pdf_text(target)
    expected = {
        "--date": "Tuesday 16 March 2027",
        "--week": "Monday 15 \u2013 Sunday 21 March 2027",
        "--year": "Year 2027",
    }.get(flag[0] if flag else "", "Monday 15 \u2013 Sunday 21 March 2027")  # default: this week
    assert expected in text


def test_png_dpi_and_svg(tmp_path: Path) -> None:
    png = tmp_path / "out.png"
    assert chart(str(ACME), "-o", str(png), "--date", "2027-03-16", "--dpi", "72")[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "out.svg"
    assert chart(str(ACME), "-o", str(svg), "--date", "2027-03-16", "--pair", "hq,kyiv")[0] == 0
    assert "Kyiv SEO agency" in svg.read_text(encoding="utf-8")


def test_letter_paper(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    assert chart(str(ACME), "-o", str(target), "--paper", "letter")[0] == 0
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True)
    assert "792 x 612" in info.stdout


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "es_MX.UTF-8", "fr_CA.UTF-8"])
def test_the_default_paper_is_a4_whatever_the_locale(tmp_path: Path, lang: str) -> None:
    """Letter-paper territories too: the command line's output never follows the machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": lang}
    target = tmp_path / "out.pdf"
    launch = "import sys; from ui.launcher import main; sys.exit(main())"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            launch,
            "chart",
            str(ACME),
            "-o",
            str(target),
            "--date",
            "2027-03-16",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, "")
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True)
    assert "841.89 x 595.28" in info.stdout or "842 x 595" in info.stdout, info.stdout


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "{tmp}/out.jpg"], "name the file .pdf, .png or .svg"),
        (["-o", "{tmp}/out.pdf", "--year", "1066"], "--year 1066 is out of range"),
        (["-o", "{tmp}/out.pdf", "--weeks", "3"], "--weeks needs --week"),
        (["-o", "{tmp}/out.pdf", "--week", "2027-03-15", "--weeks", "99"], "--weeks 99"),
        (["-o", "{tmp}/out.png", "--dpi", "4000"], "--dpi 4000 is out of range"),
        (["-o", "{tmp}/out.pdf", "--pair", "mnl,hq"], 'team "mnl" is a vendor'),
        (["-o", "{tmp}/out.pdf", "--pair", "hq"], "must name a client and a vendor"),
        (["-o", "{tmp}/out.pdf", "--pair", "hq,nope"], 'unknown team "nope"'),
        (["-o", "{tmp}/missing/out.pdf"], "does not exist"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(
    argv: list[str], message: str, tmp_path: Path
) -> None:
    code, err = chart(str(ACME), *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2
    assert err.startswith("overlap-planner: error: ") and message in err
    assert list(tmp_path.iterdir()) == []


def test_bad_plan_lists_its_problems(tmp_path: Path) -> None:
    plan = tmp_path / "bad.toml"
    plan.write_text(
        'format = 1\n[[team]]\nid = "a"\nside = "client"\nzone = "Mars/Base"\n'
        'hours = { mon = ["09:00-17:00"] }\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")
    code, err = chart(str(plan), "-o", str(target))
    assert code == 2 and "bad.toml:5" in err and "Mars/Base" in err
    assert target.read_bytes() == b"previous"


def test_choose_platform() -> None:
    env: dict[str, str] = {}
    choose_platform(env)
    if sys.platform.startswith("linux"):
        assert env == {"QT_QPA_PLATFORM": "offscreen"}
    shown = {"DISPLAY": ":0"}
    choose_platform(shown)
    assert "QT_QPA_PLATFORM" not in shown
    chosen = {"QT_QPA_PLATFORM": "xcb"}
    choose_platform(chosen)
    assert chosen == {"QT_QPA_PLATFORM": "xcb"}


def test_console_script_renders_without_a_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    target = tmp_path / "week.png"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from ui.launcher import main; sys.exit(main())",
            "chart",
            str(ACME),
            "-o",
            str(target),
            "--week",
            "2027-03-15",
            "--dpi",
            "60",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert target.read_bytes()[:4] == b"\x89PNG"
    bad = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from ui.launcher import main; sys.exit(main())",
            "chart",
            str(ACME),
            "-o",
            str(tmp_path / "x.gif"),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "name the file .pdf, .png or .svg" in bad.stderr
