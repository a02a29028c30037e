"""Calendar clients' readings of exported files, and what the planner says they must show.

Five readers expand a file into (UID -> sorted (start, end) instants):

- ``ical.js`` (Thunderbird, Nextcloud Calendar): ``expand_icaljs.mjs`` under node;
- ``libical`` (Evolution, GNOME Calendar): ``expand_libical.py`` under the system Python
  with Debian's GObject bindings;
- ``khal``: ``expand_khal.py`` in a Python process of its own;
- ``recurring-ical-events`` and ``vobject``, in this process.

Each outside client runs once for a whole batch of files (one process per client), so
that the suite stays fast. A file is read as exported (``iana``) and with every TZID
renamed to a made-up name (``made-up``), so that only its VTIMEZONEs can count.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import recurring_ical_events
import vobject

from planner.time.tzdb import table_text

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
TIMEOUT = 600
Times = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Job:
    """One file to expand over ``[start, end)`` (UTC seconds)."""

    key: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """A client's reading of one file: UID -> sorted (start, end), or why it refused it."""

    events: dict[str, Times]
    error: str = ""


_RENAMED = itertools.count()


def rename_zones(text: str) -> str:
    """Every TZID renamed to a made-up name, so that readers must use the VTIMEZONEs.

    Each name is new to the process: icalendar remembers the zones it built from a
    VTIMEZONE by their TZID, across files. ``UTC`` keeps its name: vobject maps any
    VTIMEZONE without offset to its own UTC and would lose a made-up name.
    """
    names = sorted(set(re.findall(r"TZID[:=]([^:;\r\n]+)", text)) - {"UTC"})
    for name in names:
        made_up = f"Made-Up/Zone-{next(_RENAMED)}"
        text = text.replace(f"TZID:{name}\r\n", f"TZID:{made_up}\r\n")
        text = text.replace(f"TZID={name}:", f"TZID={made_up}:")
    assert not any(f"TZID={name}:" in text for name in names)
    return text


# --- readers in this process -----------------------------------------------------------------


def expand_recurring_ical_events(text: str, start: int, end: int) -> dict[str, Times]:
    calendar = icalendar.Calendar.from_ical(text)
    low, high = datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC)
    found: dict[str, Times] = {}
    for event in recurring_ical_events.of(calendar).between(low, high):
        first, last = int(event["DTSTART"].dt.timestamp()), int(event["DTEND"].dt.timestamp())
        if start <= first < end:  # the reader also returns events overlapping the range
            found.setdefault(str(event["UID"]), []).append((first, last))
    return {uid: sorted(times) for uid, times in found.items()}


def expand_vobject(text: str, start: int, end: int) -> dict[str, Times]:
    """vobject's rule set (RRULE minus EXDATE), with RECURRENCE-ID overrides applied.

    vobject keeps the first VTIMEZONE it reads for a TZID for the rest of the process and
    ignores later ones; the file's own definitions are what is tested, so the TZIDs it
    uses are forgotten first (the ``UTC`` that vobject defines itself stays). A TZID that
    vobject leaves without a zone makes its times floating: that is refused, not read in
    the machine's zone.
    """
    registry = vars(vobject.icalendar)["__tzidMap"]
    for name in set(re.findall(r"TZID:([^\r\n]+)", text)) - {"UTC"}:
        registry.pop(name, None)
    calendar = vobject.readOne(text)
    masters, overrides = {}, {}
    for event in calendar.vevent_list:
        if event.dtstart.value.tzinfo is None:
            # vobject read the TZID as no zone: a floating time, which a calendar shows at
            # that wall time in its viewer's zone (here it would take the machine's zone).
            raise ValueError("floating DTSTART: vobject has no zone for its TZID")
        if hasattr(event, "recurrence_id"):
            key = (event.uid.value, int(event.recurrence_id.value.timestamp()))
            overrides[key] = (
                int(event.dtstart.value.timestamp()),
                int(event.dtend.value.timestamp()),
            )
        else:
            masters[event.uid.value] = event
    low, high = datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC)
    found: dict[str, Times] = {}
    for uid, event in masters.items():
        first = event.dtstart.value
        length = event.dtend.value - first if hasattr(event, "dtend") else event.duration.value
        rules = event.getrruleset(addRDate=True)
        starts = rules.between(low, high, inc=True) if rules is not None else [first]
        for moment in starts:
            key = (uid, int(moment.timestamp()))
            times = overrides.get(key, (key[1], int((moment + length).timestamp())))
            if start <= times[0] < end:
                found.setdefault(uid, []).append(times)
    return {uid: sorted(times) for uid, times in found.items()}


def _in_process(expand: Callable[[str, int, int], dict[str, Times]]):
    def run(jobs: Iterable[Job]) -> dict[str, Outcome]:
        results = {}
        for job in jobs:
            try:
                results[job.key] = Outcome(expand(job.text, job.start, job.end))
            except Exception as exc:  # a reader refusing the file is an outcome to compare
                results[job.key] = Outcome({}, f"{type(exc).__name__}: {exc}")
        return results

    return run


# --- readers in processes of their own -----------------------------------------------------


def _output(command: list[str], request: object = None, env: dict[str, str] | None = None) -> str:
    """What ``command`` prints, given ``request`` as JSON on its input; raises if it fails."""
    done = subprocess.run(
        command,
        input=None if request is None else json.dumps(request),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        cwd=HERE,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def _run(command: list[str], request: object, env: dict[str, str] | None = None):
    output = _output(command, request, env)
    return {
        key: Outcome(
            {
                uid: [tuple(pair) for pair in times]
                for uid, times in value.get("events", {}).items()
            },
            value.get("error", ""),
        )
        for key, value in json.loads(output).items()
    }


def _job_list(jobs: Iterable[Job]) -> list[dict[str, object]]:
    return [{"key": j.key, "text": j.text, "start": j.start, "end": j.end} for j in jobs]


def run_icaljs(jobs: Iterable[Job]) -> dict[str, Outcome]:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        raise RuntimeError("node is not installed: apt-get install nodejs npm")
    if not (HERE / "node_modules" / "ical.js").is_dir():
        raise RuntimeError(f"ical.js is not installed: run `npm ci` in {HERE} (make test does)")
    return _run([node, str(HERE / "expand_icaljs.mjs")], _job_list(jobs))


ZIC_FOLDERS = ("/usr/sbin", "/sbin", "/usr/bin")


def compile_zones(folder: Path) -> Path:
    """The planner's tz database compiled into ``folder`` as systems install it; ``folder``.

    ``zic -b fat`` on the database's own source (``tzdata.zi``, which both the tzdata
    package and the system folders hold): TZif files that list every transition through
    2037 beside the TZ string, as Debian and Ubuntu ship them. libical reads a system's
    TZif files for an IANA TZID, and pytz (khal) only their 32-bit data; the tzdata
    package's "slim" files have none of that data, and libical 3.0 misreads some of them
    (St. John's and Scoresbysund an hour off), which no system that runs it shows.
    """
    zic = shutil.which("zic", path=os.pathsep.join([os.environ.get("PATH", ""), *ZIC_FOLDERS]))
    if zic is None:
        raise RuntimeError("zic is missing: apt-get install libc-bin")
    source = folder / "tzdata.zi"
    source.write_text(table_text("tzdata.zi"), encoding="utf-8")
    done = subprocess.run(
        [zic, "-b", "fat", "-d", str(folder), str(source)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"zic failed ({done.returncode}):\n{done.stderr}")
    folder.joinpath("zone.tab").write_text(table_text("zone.tab"), encoding="utf-8")
    return folder


def run_libical(jobs: Iterable[Job], zone_folder: Path) -> dict[str, Outcome]:
    if not Path(SYSTEM_PYTHON).exists():
        raise RuntimeError(f"{SYSTEM_PYTHON} is missing: apt-get install python3-gi")
    request = {"zone_directory": str(zone_folder), "jobs": _job_list(jobs)}
    return _run([SYSTEM_PYTHON, str(HERE / "expand_libical.py")], request)


def libical_icu_tz_version() -> str:
    """The tz data release of the ICU that libical's recurrence iterator uses (``2022e``)."""
    if not Path(SYSTEM_PYTHON).exists():
        raise RuntimeError(f"{SYSTEM_PYTHON} is missing: apt-get install python3-gi")
    return _output([SYSTEM_PYTHON, str(HERE / "libical_icu.py")]).strip()


def run_khal(jobs: Iterable[Job], zone_folder: Path) -> dict[str, Outcome]:
    """khal, with pytz reading the planner's database from ``zone_folder``."""
    env = {**os.environ, "PYTZ_TZDATADIR": str(zone_folder)}
    return _run([sys.executable, str(HERE / "expand_khal.py")], {"jobs": _job_list(jobs)}, env)


def clients(
    zone_folder: Callable[[], Path],
) -> dict[str, Callable[[Iterable[Job]], dict[str, Outcome]]]:
    """Each reader: a function from jobs to their outcomes, keyed by the job's key.

    ``zone_folder`` gives the compiled database (:func:`compile_zones`) to the readers that
    read zones by name from a folder; it is called when the first of them runs.
    """
    return {
        "ical.js": run_icaljs,
        "libical": lambda jobs: run_libical(jobs, zone_folder()),
        "khal": lambda jobs: run_khal(jobs, zone_folder()),
        "recurring-ical-events": _in_process(expand_recurring_ical_events),
        "vobject": _in_process(expand_vobject),
    }
