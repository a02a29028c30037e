"""The same bytes under any locale: the installed console script run under five locales.

A plan with Nepal (whose holidays ``holidays`` would name in Nepali) and Saudi Arabia
(Arabic) is analysed, exported and charted under LANG unset, C.UTF-8, de_DE.UTF-8,
ne_NP.UTF-8 and ar_SA.UTF-8, with LANGUAGE and LC_ALL set to match, and twice more with
the GUI's language saved in the settings (Arabic under ar_SA, Spanish under C): the command
line, the exports and the ``chart`` verb stay English whatever the GUI speaks. A PDF is
compared by its text (pdftotext; its file has a random document id). The locales are
compiled into a temporary folder with ``localedef`` (Debian's ``locales`` package, which
``make test`` installs) and found through LOCPATH, so nothing is generated system-wide.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "sydney-kathmandu.toml"
RIYADH = """
[[team]]
id = "ruh"
name = "Riyadh fares desk"
side = "vendor"
zone = "Asia/Riyadh"
hours = { "sun-thu" = ["08:00-16:00"] }
holidays = "SA"
"""
# Locale name -> (LANG and LC_ALL, LANGUAGE); None leaves them unset.
LOCALES: dict[str, tuple[str, str] | None] = {
    "unset": None,
    "C.UTF-8": ("C.UTF-8", "C"),
    "de_DE.UTF-8": ("de_DE.UTF-8", "de_DE:de"),
    "ne_NP.UTF-8": ("ne_NP.UTF-8", "ne_NP:ne"),
    "ar_SA.UTF-8": ("ar_SA.UTF-8", "ar_SA:ar"),
    "ar_SA.UTF-8 saved ar": ("ar_SA.UTF-8", "ar_SA:ar"),
    "C.UTF-8 saved es": ("C.UTF-8", "C"),
}
# The GUI's language saved in the settings (View > Language) of these runs.
SAVED_LANGUAGE = {"ar_SA.UTF-8 saved ar": "ar", "C.UTF-8 saved es": "es"}
COMPILED = ("de_DE", "ne_NP", "ar_SA")
RANGE = ["--from", "2027-03-08", "--to", "2027-04-18"]  # Eid al-Fitr, Nepali New Year
COMMANDS: dict[str, list[str]] = {
    "analyze": ["analyze", "{plan}", *RANGE],
    "analyze-json": ["analyze", "{plan}", *RANGE, "--json"],
    "export-ics": ["export-ics", "{plan}", "-o", "plan.ics"],
    "chart-svg": ["chart", "{plan}", "-o", "x.svg", "--week", "2027-03-08"],
    "chart-pdf": ["chart", "{plan}", "-o", "x.pdf", "--week", "2027-03-08"],
}
# What differs between two runs by design: the export time.
STAMPS = [
    (re.compile(rb"DTSTAMP:\d{8}T\d{6}Z"), b"DTSTAMP:<now>"),
    (re.compile(rb">Generated \d{4}-\d\d-\d\d \d\d:\d\d [^<]*? by "), b">Generated <now> by "),
    (re.compile(rb"Generated \d{4}-\d\d-\d\d \d\d:\d\d \S* ?by "), b"Generated <now> by "),
]


pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="compiles glibc locales (localedef, Debian's locales sources) into LOCPATH: Linux only",
)


@pytest.fixture(scope="module")
def locale_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """de_DE, ne_NP and ar_SA (UTF-8) compiled into a temporary LOCPATH folder."""
    localedef = shutil.which("localedef")
    if localedef is None or not Path("/usr/share/i18n/locales/ne_NP").is_file():
        pytest.fail("the locale sources are missing: install Debian's locales (make test does)")
    folder = tmp_path_factory.mktemp("locales")
    for name in COMPILED:
        subprocess.run(
            [localedef, "-i", name, "-f", "UTF-8", str(folder / f"{name}.UTF-8")],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return folder


@pytest.fixture(scope="module")
def console_script() -> Path:
    script = Path(sys.executable).parent / "overlap-planner"
    if not script.is_file():
        pytest.fail(f"{script} is missing: pip install -e . (make test does)")
    return script


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "coastline.toml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8") + RIYADH, encoding="utf-8")
    return path


def locale_env(name: str, locale_path: Path, home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LC_", "LANG", "QT_", "DISPLAY", "WAYLAND", "OVERLAP_PLANNER_"))
    }
    env.update(LOCPATH=str(locale_path), TZ="UTC", HOME=str(home), QT_QPA_PLATFORM="offscreen")
    setting = LOCALES[name]
    if setting is not None:
        env.update(LANG=setting[0], LC_ALL=setting[0], LANGUAGE=setting[1])
    if name in SAVED_LANGUAGE:
        ini = home / f"settings-{SAVED_LANGUAGE[name]}.ini"
        ini.write_text(f"[view]\nlanguage={SAVED_LANGUAGE[name]}\n", encoding="utf-8")
        env["OVERLAP_PLANNER_SETTINGS"] = str(ini)
    return env


def _content(path: Path) -> bytes:
    """A file's bytes; a PDF's text as pdftotext reads it (its file has a random id)."""
    if path.suffix != ".pdf":
        return path.read_bytes()
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None, "pdftotext is missing: install poppler-utils (make test does)"
    command = [pdftotext, "-layout", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, check=True, timeout=60).stdout


def outcome(script: Path, args: list[str], plan: Path, env: dict[str, str], out: Path) -> bytes:
    """Exit code, stdout, stderr and every file written, as one byte string."""
    out.mkdir(parents=True)
    command = [str(script), *(a.format(plan=plan) for a in args)]
    result = subprocess.run(command, env=env, capture_output=True, timeout=180, cwd=out)
    parts = [b"exit %d" % result.returncode, result.stdout, result.stderr]
    parts += [path.name.encode() + b"\n" + _content(path) for path in sorted(out.iterdir())]
    joined = b"\n--\n".join(parts)
    for pattern, replacement in STAMPS:
        joined = pattern.sub(replacement, joined)
    return joined


def test_the_locales_are_really_in_effect(locale_path: Path, tmp_path: Path):
    """The environment the test builds switches the C library's locale (or it proves nothing)."""
    probe = (
        "import datetime, locale; locale.setlocale(locale.LC_ALL, '');"
        "print(datetime.date(2027, 1, 4).strftime('%a %B'))"
    )
    shown = {}
    for name in ("C.UTF-8", "de_DE.UTF-8"):
        env = locale_env(name, locale_path, tmp_path)
        result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True)
        shown[name] = result.stdout.decode().strip()
    assert shown == {"C.UTF-8": "Mon January", "de_DE.UTF-8": "Mo Januar"}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_same_bytes_under_every_locale(
    command: str, locale_path: Path, console_script: Path, plan: Path, tmp_path: Path
):
    def run(name: str) -> bytes:
        env = locale_env(name, locale_path, tmp_path / "home")
        return outcome(console_script, COMMANDS[command], plan, env, tmp_path / name)

    (tmp_path / "home").mkdir()
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = dict(zip(LOCALES, pool.map(run, LOCALES), strict=True))
    reference = results["C.UTF-8"]
    assert reference.startswith(b"exit 0\n"), reference[:2000]
    if command.startswith("chart"):  # the week of Eid al-Fitr, a holiday in Nepal and Saudi Arabia
        if command == "chart-svg":
            assert b"Eid al-Fitr Holiday" in reference and b"Mon 08 Mar 2027" in reference
        else:  # the printed sheet: title, legend, the teams' notes
            assert "Monday 8 \u2013 Sunday 14 March 2027".encode() in reference
            assert b"Teams, zones and UTC" in reference and b"Page 1 of 3" in reference
    else:
        assert b"Nepali New Year" in reference
    differing = [name for name, result in results.items() if result != reference]
    assert differing == [], _first_difference(reference, results[differing[0]])


def _first_difference(a: bytes, b: bytes) -> str:
    lines_a, lines_b = a.splitlines(), b.splitlines()
    for index, (x, y) in enumerate(zip(lines_a, lines_b, strict=False)):
        if x != y:
            return f"line {index + 1}:\n  C.UTF-8: {x[:300]!r}\n  other:   {y[:300]!r}"
    return f"lengths differ: {len(lines_a)} and {len(lines_b)} lines"
