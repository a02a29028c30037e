"""The installable app: PyInstaller builds packaging/overlap-planner.spec, then it runs.

Marked ``packaging`` (a build takes about a minute, and is kept in ``build/frozen-app/``
for the next run of the same tree: ``tests/packaging/frozen_build.py``): ``pytest -m
packaging`` runs these tests alone and ``-m "not packaging"`` leaves them out; ``make
test``, and so CI, runs them with everything else. Without PyInstaller they fail, never
skip: ``make test`` installs the ``packaging`` extra.

The same tests run on Linux, Windows and macOS (the CI workflow), on that platform's build
(``conftest.Frozen``). The frozen binary runs in a clean environment (no virtualenv, no
PYTHONPATH, no display unless a test gives it one, a temporary home) and its output is
compared with the same command run from the source tree, byte for byte wherever the output
is deterministic. Chart dates are in the past so that no "now" line can differ between two
runs. Linux-only checks (an X server, install-linux.sh) are in ``test_frozen_linux.py``.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from caldav.davclient import DAVClient
from icalendar import Calendar
from PySide6.QtGui import QImage

import planner
from tests.packaging.conftest import (
    MACOS,
    NAME,
    WINDOWS,
    Frozen,
    folder_bytes,
    run,
    shown,
    source,
)
from tests.packaging.frozen_build import frozen_app
from tests.radicale_server import start_radicale

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
PLAN = EXAMPLES / "newyork-manila-kyiv.toml"
LONDON = EXAMPLES / "london-riyadh-bengaluru.toml"
SYDNEY = EXAMPLES / "sydney-kathmandu.toml"
# Staffing: Erlang C per interval and the roster (HiGHS) in the frozen app.
CONTACT_CENTRE = EXAMPLES / "newyork-manila-contact-centre.toml"
# ~172 MB before the staffing roster, plus ~50 MB for highspy and numpy (numpy's OpenBLAS
# is 28 MB of it); packaging/README.md has the breakdown.
MAX_BYTES = 300 * 1000 * 1000
# The offscreen platform plugin says this of every top-level window with a layout.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"
FIRST_PAINT = re.compile(r"first-paint \d+\.\d+\r?\n")
# The platform plugins each build keeps: offscreen (`chart`, tests) and the native one.
PLATFORM_PLUGINS = (
    {"qwindows", "qoffscreen"}
    if WINDOWS
    else {"qcocoa", "qoffscreen"}
    if MACOS
    else {"qxcb", "qwayland", "qoffscreen"}
)
# What differs between two runs of the same `chart -o x.pdf`: the time (Info and XMP) and
# the document id. With QT_HASH_SEED fixed, Qt embeds the fonts in the same order too.
PDF_STAMPS = re.compile(
    rb"/(CreationDate|ModDate) \(D:[0-9Z+\-']*\)"
    rb'|xmp:(CreateDate|ModifyDate|MetadataDate)="[^"]*"'
    rb"|uuid:[0-9a-f-]{36}"
    rb"|/ID \[ ?<[0-9a-f]+> ?<[0-9a-f]+> ?\]"
)


def in_one_minute(
    commands: list[list[str | Path]], env: dict[str, str], cwd: Path
) -> list[subprocess.CompletedProcess[bytes]]:
    """Run ``commands`` within one clock minute (a chart's footer names the minute it was made).

    A pair that straddles a minute is run again: at most twice, since it takes seconds.
    """
    for _ in range(3):
        minute = time.time() // 60
        results = [run(command, env, cwd) for command in commands]
        if time.time() // 60 == minute:
            return results
    pytest.fail("the commands never ran within one minute")


def plugin_sets(frozen: Frozen) -> dict[str, set[str]]:
    """Each Qt plugin category's plugins, by name without "lib" and extension."""
    found: dict[str, set[str]] = {}
    for path in (frozen.internal / "PySide6" / "Qt" / "plugins").glob("*/*"):
        found.setdefault(path.parent.name, set()).add(path.name.split(".")[0].removeprefix("lib"))
    return found


def test_an_unchanged_tree_reuses_the_build(frozen: Frozen):
    assert frozen_app() == (frozen.folder, False)


def test_one_folder_app_under_300_mb(frozen: Frozen):
    for executable in (frozen.gui, frozen.cli):
        assert executable.is_file() and os.access(executable, os.X_OK), executable
    assert folder_bytes(frozen.folder) < MAX_BYTES


def test_qt_trimmed_to_what_the_app_uses(frozen: Frozen):
    plugins = plugin_sets(frozen)
    assert plugins["platforms"] == PLATFORM_PLUGINS
    assert plugins["imageformats"] == {"qsvg", "qico"}
    assert plugins["iconengines"] == {"qsvgicon"}
    assert not {"egldeviceintegrations", "generic", "networkinformation", "tls"} & set(plugins)
    qt_translations = frozen.internal / "PySide6" / "Qt" / "translations"
    assert {path.name for path in qt_translations.iterdir()} == {"qtbase_ar.qm", "qtbase_es.qm"}
    shipped = frozen.internal / "resources" / "translations"
    assert {path.name for path in shipped.glob("*.qm")} == {
        f"overlap_planner_{code}.qm" for code in ("en", "es", "ar")
    }
    names = {path.name for path in frozen.internal.rglob("*")}
    unwanted = re.compile(
        r"(lib)?Qt6?(Network|Qml|Quick|Pdf|WebEngine|EglFS)|libgtk|libcairo|libpango"
    )
    assert sorted(name for name in names if unwanted.match(name)) == []
    modules = {
        path.name.split(".")[0]
        for path in (frozen.internal / "PySide6").glob("Qt*")
        if path.suffix in (".so", ".pyd")
    }
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}


def test_resources_bundled_for_importlib_resources(frozen: Frozen):
    from PyInstaller.archive.readers import pkg_archive_contents

    modules = set(pkg_archive_contents(str(frozen.cli)))
    expected = {"resources", "resources.examples", "resources.icons", "tzdata"}
    expected |= {"holidays.countries.philippines", "holidays.countries.ukraine", "keyring.backends"}
    assert expected <= modules
    bundled = frozen.internal / "resources"
    assert sorted(p.name for p in (bundled / "examples").glob("*.toml")) == sorted(
        p.name for p in EXAMPLES.glob("*.toml")
    )
    for example in EXAMPLES.glob("*.toml"):
        assert (bundled / "examples" / example.name).read_bytes() == example.read_bytes()
    assert (bundled / "icons" / f"{NAME}.svg").is_file()
    assert (frozen.internal / "tzdata" / "zoneinfo" / "Europe" / "Kyiv").is_file()
    assert list((frozen.internal / "holidays" / "locale").glob("*/LC_MESSAGES/PH.mo"))


@pytest.mark.parametrize(
    ("suffix", "when", "width"),
    [
        # A4 landscape is 297 mm wide: 1754 px at the default 150 dpi; Letter 11 in: 1100 px at 100.
        ("png", ["--date", "2025-03-04", "--paper", "a4"], 1754),
        ("png", ["--week", "2025-03-03", "--paper", "a4"], 1754),
        ("png", ["--year", "2025", "--paper", "letter", "--dpi", "100"], 1100),
        ("svg", ["--date", "2025-03-04", "--paper", "a4"], None),
    ],
    ids=["day-png", "week-png", "year-png-letter", "day-svg"],
)
def test_chart_same_as_the_source_tree(
    frozen: Frozen,
    env: dict[str, str],
    tmp_path: Path,
    suffix: str,
    when: list[str],
    width: int | None,
):
    mine, reference = tmp_path / f"frozen.{suffix}", tmp_path / f"source.{suffix}"
    env["QT_HASH_SEED"] = "0"  # the same Qt hashing in both runs
    result, expected = in_one_minute(
        [
            [frozen.cli, "chart", PLAN, "-o", mine, *when],
            source("chart", PLAN, "-o", reference, *when),
        ],
        env,
        tmp_path,
    )
    assert (result.returncode, result.stderr) == (0, b""), shown(result)
    assert expected.returncode == 0, shown(expected)
    assert result.stdout == expected.stdout
    data = mine.read_bytes()
    assert data == reference.read_bytes()
    if suffix == "png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
        png_width, png_height = struct.unpack(">II", data[16:24])
        image = QImage(str(mine))
        assert (image.width(), image.height()) == (png_width, png_height)
        assert png_width == width and png_height > 300
        colours = {
            image.pixel(x, y) for x in range(0, png_width, 5) for y in range(0, png_height, 5)
        }
        assert len(colours) > 50  # shading, tints, overlap bands and anti-aliased text
    else:
        assert data.startswith(b"<?xml") and b"<svg" in data and b"Acme HQ" in data


def test_chart_pdf_same_as_the_source_tree(frozen: Frozen, env: dict[str, str], tmp_path: Path):
    mine, reference = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    env["QT_HASH_SEED"] = "0"
    week = ["--week", "2025-03-24"]
    result, expected = in_one_minute(
        [
            [frozen.cli, "chart", LONDON, "-o", mine, *week],
            source("chart", LONDON, "-o", reference, *week),
        ],
        env,
        tmp_path,
    )
    assert (result.returncode, result.stderr) == (0, b""), shown(result)
    assert expected.returncode == 0, shown(expected)
    data = mine.read_bytes()
    assert data.startswith(b"%PDF-") and b"/FontDescriptor" in data  # text, with its font
    assert len(PDF_STAMPS.findall(data)) == 7
    assert PDF_STAMPS.sub(b"", data) == PDF_STAMPS.sub(b"", reference.read_bytes())


def without_stamps(ics: bytes) -> bytes:
    return b"".join(
        line for line in ics.splitlines(keepends=True) if not line.startswith(b"DTSTAMP:")
    )


@pytest.mark.parametrize("plan", [PLAN, SYDNEY], ids=["newyork", "sydney"])
def test_export_ics_same_as_the_source_tree(
    frozen: Frozen, env: dict[str, str], tmp_path: Path, plan: Path
):
    mine, reference = tmp_path / "frozen.ics", tmp_path / "source.ics"
    result = run([frozen.cli, "export-ics", plan, "-o", mine], env, tmp_path)
    assert (result.returncode, result.stderr) == (0, b""), shown(result)
    expected = run(source("export-ics", plan, "-o", reference), env, tmp_path)
    assert result.stdout.replace(b"frozen.ics", b"source.ics") == expected.stdout
    assert without_stamps(mine.read_bytes()) == without_stamps(reference.read_bytes())
    calendar = Calendar.from_ical(mine.read_bytes())
    expected_calendar = Calendar.from_ical(reference.read_bytes())
    events = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert events == [str(event["UID"]) for event in expected_calendar.walk("VEVENT")]
    assert len(events) == plan.read_text(encoding="utf-8").count("[[meeting]]")
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert zones and all(
        event["DTSTART"].params["TZID"] in zones for event in calendar.walk("VEVENT")
    )
    to_stdout = run([frozen.cli, "export-ics", plan], env, tmp_path)
    assert to_stdout.returncode == 0
    assert without_stamps(to_stdout.stdout) == without_stamps(mine.read_bytes())


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["check", PLAN], 0),
        (["check", LONDON], 0),
        (["check", SYDNEY], 0),
        (["analyze", PLAN, "--from", "2025-01-01", "--to", "2025-12-31", "--json"], 0),
        (["analyze", LONDON, "--from", "2025-03-01", "--to", "2025-04-30"], 0),
        (["analyze", CONTACT_CENTRE, "--from", "2025-03-03", "--to", "2025-03-16", "--json"], 0),
        (["suggest", PLAN, "--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly:TU",
          "--from", "2025-03-03", "--to", "2025-06-29", "--json"], 0),
        (["zones", "kathmandu"], 0),
        (["zones", "IST"], 0),
        (["--version"], 0),
        (["check", "no-such-plan.toml"], 2),
        (["analyze", PLAN, "--from", "2025-02-30"], 2),
        (["frobnicate", PLAN], 2),
    ],
    ids=lambda value: (
        " ".join(v.name if isinstance(v, Path) else str(v) for v in value)
        if isinstance(value, list)
        else f"exit{value}"
    ),
)  # fmt: skip
def test_command_line_same_as_the_source_tree(
    frozen: Frozen, env: dict[str, str], tmp_path: Path, args: list[str | Path], exit_code: int
):
    result = run([frozen.cli, *args], env, tmp_path)
    expected = run(source(*args), env, tmp_path)
    assert result.returncode == exit_code, shown(result)
    assert (result.returncode, result.stdout, result.stderr) == (
        expected.returncode,
        expected.stdout,
        expected.stderr,
    )


@pytest.mark.parametrize(
    ("args", "mode"),
    [([], "window"), (["gui", PLAN], "plan"), ([PLAN], "plan")],
    ids=["new-plan", "gui-verb", "plan-argument"],
)
# Linux has one executable for both; Windows and macOS have a windowed one and a console one.
@pytest.mark.parametrize("executable", ["gui", "cli"] if WINDOWS or MACOS else ["gui"])
def test_gui_starts_and_quits_offscreen(
    frozen: Frozen,
    env: dict[str, str],
    tmp_path: Path,
    args: list[str | Path],
    mode: str,
    executable: str,
):
    binary = frozen.gui if executable == "gui" else frozen.cli
    env.update(QT_QPA_PLATFORM="offscreen", OVERLAP_PLANNER_QUIT_AFTER_PAINT=mode)
    result = run([binary, *args], env, tmp_path)
    assert result.returncode == 0, shown(result)
    if WINDOWS and executable == "gui":
        # A windowed program has no console to print to: its exit code is what it says.
        assert (result.stdout, result.stderr) == (b"", b""), shown(result)
        return
    assert FIRST_PAINT.fullmatch(result.stdout.decode()), shown(result)
    assert set(result.stderr.decode().splitlines()) <= {OFFSCREEN_NOTE}, shown(result)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    user, password = "alice", "frozen-app-secret"
    server = start_radicale(tmp_path / "radicale", {user: password})
    try:
        yield server.url, user, password
    finally:
        server.stop()


@pytest.mark.radicale
def test_publish_to_caldav(
    frozen: Frozen, env: dict[str, str], tmp_path: Path, radicale: tuple[str, str, str]
):
    url, user, password = radicale
    env["OP_PASSWORD"] = password
    args = ["publish", PLAN, "--url", url, "--user", user, "--password-env", "OP_PASSWORD"]
    result = run([frozen.cli, *args], env, tmp_path)
    assert (result.returncode, result.stderr) == (0, b""), shown(result)
    assert result.stdout.decode() == (
        f'overlap-planner: calendar "Overlap Planner" (created): {url}{user}/overlap-planner/\n'
        "overlap-planner: added: kyiv-weekly, support-review\n"
    )
    exported = Calendar.from_ical(run([frozen.cli, "export-ics", PLAN], env, tmp_path).stdout)
    with DAVClient(url=url, username=user, password=password) as client:
        (calendar,) = [
            found
            for found in client.principal().get_calendars()
            if found.get_display_name() == "Overlap Planner"
        ]
        stored = sorted(str(event.id) for event in calendar.get_events())
    assert stored == sorted(str(event["UID"]) for event in exported.walk("VEVENT"))


def test_wheel_and_sdist_carry_the_resources(tmp_path: Path):
    # No isolation: the build uses the venv's setuptools (the packaging extra), so the test
    # needs no network.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    version = planner.__version__
    resources = sorted(
        str(path.relative_to(ROOT))
        for folder in ("resources/examples", "resources/icons", "resources/translations")
        for path in (ROOT / folder).iterdir()
        if path.is_file() and path.suffix != ".pyc"
    )
    with zipfile.ZipFile(tmp_path / f"overlap_planner-{version}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        entry_points = wheel.read(f"overlap_planner-{version}.dist-info/entry_points.txt").decode()
        metadata = wheel.read(f"overlap_planner-{version}.dist-info/METADATA").decode()
    assert set(resources) <= names
    assert {"planner/cli/verbs.py", "ui/launcher.py", "ui/chart/painter.py"} <= names
    assert not [name for name in names if name.startswith(("tests/", "packaging/"))]
    assert "overlap-planner = ui.launcher:main" in entry_points.splitlines()
    assert f"Version: {version}" in metadata.splitlines()
    with tarfile.open(tmp_path / f"overlap_planner-{version}.tar.gz") as sdist:
        members = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    packaging_files = [
        "packaging/overlap-planner.spec",
        "packaging/overlap_planner_entry.py",
        "packaging/overlap-planner.desktop",
        "packaging/io.github.overlap_planner.OverlapPlanner.metainfo.xml",
        "packaging/overlap-planner-mime.xml",
        "packaging/install-linux.sh",
        "packaging/make_icons.py",
        "packaging/README.md",
        "packaging/system-packages.txt",
        "packaging/system-packages.sh",
    ]
    assert (
        set(resources + packaging_files + ["Makefile", "tests/packaging/test_frozen_app.py"])
        <= members
    )
