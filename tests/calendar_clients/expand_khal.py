"""Expand iCalendar files the way khal does: ``khal import`` into khal's own event database.

Runs in a process of its own: importing khal switches icalendar to pytz for the whole
process (``icalendar.use_pytz()``), which must not reach the other readers of the tests.

stdin: JSON ``{"jobs": [{"key", "text", "start", "end"}, ...]}``
stdout: JSON ``{key: {"events": {uid: [[start, end], ...]}, "warnings": [...]}
| {"error": message}}``

The file is split by UID as ``khal import`` splits it, each part stored with
``SQLiteDb.update`` (which sanitizes, expands and applies RECURRENCE-ID overrides), and
the instances are read back with ``SQLiteDb.get_localized``. khal reads a TZID it knows
with pytz's rules and any other with the file's VTIMEZONE.
"""

import datetime as dt
import json
import logging
import sys
import tempfile
from pathlib import Path

import pytz
from khal.icalendar import split_ics
from khal.khalendar.backend import SQLiteDb

LOCALE = {
    "local_timezone": pytz.UTC,
    "default_timezone": pytz.UTC,
    "timeformat": "%H:%M",
    "dateformat": "%Y-%m-%d",
    "longdateformat": "%Y-%m-%d",
    "datetimeformat": "%Y-%m-%d %H:%M",
    "longdatetimeformat": "%Y-%m-%d %H:%M",
    "firstweekday": 0,
    "unicode_symbols": False,
    "weeknumbers": False,
}


class Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def expand(text: str, low: int, high: int, folder: Path) -> dict[str, list[tuple[int, int]]]:
    database = SQLiteDb(["exported"], str(folder / "khal.db"), LOCALE)
    uids = {}
    with database.at_once():  # one transaction, as khal's own sync does
        for index, part in enumerate(split_ics(text)):
            href = f"{index}.ics"
            database.update(part, href, etag="1", calendar="exported")
            uids[href] = next(
                line.split(":", 1)[1].strip()
                for line in part.splitlines()
                if line.startswith("UID:")
            )
    found: dict[str, list[tuple[int, int]]] = {uid: [] for uid in uids.values()}
    day = 86400
    window = [dt.datetime.fromtimestamp(t, pytz.UTC) for t in (low - day, high + day)]
    for _item, href, start, end, *_ in database.get_localized(*window):
        first = int(start.timestamp())
        if low <= first < high:
            found[uids[href]].append((first, int(end.timestamp())))
    database.conn.close()
    return {uid: sorted(times) for uid, times in found.items()}


def main() -> None:
    request = json.load(sys.stdin)
    collected = Collected()
    logging.getLogger("khal").addHandler(collected)
    logging.getLogger("khal").propagate = False
    results = {}
    for job in request["jobs"]:
        collected.messages = []
        with tempfile.TemporaryDirectory() as folder:
            try:
                events = expand(job["text"], job["start"], job["end"], Path(folder))
            except Exception as exc:  # khal import refuses the whole file
                results[job["key"]] = {"error": f"{type(exc).__name__}: {exc}"}
                continue
        results[job["key"]] = {"events": events, "warnings": collected.messages}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
