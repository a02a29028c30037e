"""Expand iCalendar files the way Evolution and GNOME Calendar do, with libical.

Runs under the system Python (``/usr/bin/python3``) with Debian's ``gir1.2-ical-3.0`` and
``python3-gi``; it imports nothing from the project.

stdin: JSON ``{"zone_directory": path, "jobs": [{"key", "text", "start", "end"}, ...]}``
stdout: JSON ``{key: {"events": {uid: [[start, end], ...]}} | {"error": message}}``

As Evolution-data-server does, a TZID that names a location of the tz database is read
with libical's built-in zone for it and any other TZID with the file's own VTIMEZONE.
libical (3.0, built to use the system's tz data) builds a built-in zone from a TZif file
(``icaltzutil_fetch_timezone``), always in the first of its compiled-in folders that holds
``zone.tab`` (``/usr/share/zoneinfo``): no environment variable moves it, and
``set_zone_directory`` only serves the VTIMEZONE files of a libical built with its own
data. The location is joined to that folder, so a location relative to it makes libical
read the TZif files of ``zone_directory`` (the planner's database, compiled as systems
install it): an IANA TZID then means the same rules to both, whatever release the machine
has. The zone keeps its location (``X-LIC-LOCATION``), with which libical's recurrence
iterator opens an ICU calendar (ICU's own tz data), as in Evolution.

A recurring event is expanded by ``icalcomponent_foreach_recurrence`` (RRULE, RDATE,
EXDATE); an event without RRULE or RDATE is shown at its DTSTART, EXDATE or not, as
Evolution shows it; an override (RECURRENCE-ID) replaces the instance of the same UID
that starts at the same instant.
"""

import ctypes
import json
import os
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

Kind = ICalGLib.ComponentKind
Prop = ICalGLib.PropertyKind


def components(parent, kind):
    child = parent.get_first_component(kind)
    while child is not None:
        yield child
        child = parent.get_next_component(kind)


def libical_zone_folder():
    """The folder libical reads TZif files from (the first of its own with zone.tab)."""
    library = ctypes.CDLL("libical.so.3")  # the copy ICalGLib has loaded
    library.icaltzutil_get_zone_directory.restype = ctypes.c_char_p
    folder = library.icaltzutil_get_zone_directory()
    if folder is None:
        raise RuntimeError("libical finds no zoneinfo folder (install tzdata)")
    return os.fsdecode(folder)


def builtin_zone(tzid, zone_directory):
    """libical's built-in zone for an IANA name, built from ``zone_directory``; else None."""
    path = os.path.join(zone_directory, *tzid.split("/"))
    if not os.path.isfile(path):
        return None
    # Physical paths: ".." in the joined path leaves the real folder, not a symlink to it.
    location = os.path.relpath(os.path.realpath(path), os.path.realpath(libical_zone_folder()))
    zone = ICalGLib.Timezone.get_builtin_timezone(location)
    if zone is None:
        raise ValueError(f"libical cannot read the TZif file of {tzid}")
    return zone


def use_builtin_zones(calendar, zone_directory):
    """Replace each VTIMEZONE whose TZID is a built-in location by the built-in definition."""
    for vtimezone in list(components(calendar, Kind.VTIMEZONE_COMPONENT)):
        tzid = vtimezone.get_first_property(Prop.TZID_PROPERTY).get_tzid()
        builtin = builtin_zone(tzid, zone_directory)
        if builtin is None:
            continue
        replacement = builtin.get_component().clone()
        replacement.get_first_property(Prop.TZID_PROPERTY).set_tzid(tzid)
        # The location a system zone has (here it is the relative path).
        location = replacement.get_first_property(Prop.X_PROPERTY)
        while location is not None and location.get_x_name() != "X-LIC-LOCATION":
            location = replacement.get_next_property(Prop.X_PROPERTY)
        location.set_x(tzid)
        calendar.remove_component(vtimezone)
        calendar.add_component(replacement)


def instant(calendar, prop, value):
    """UTC seconds of a DATE-TIME property value, its TZID read from ``calendar``."""
    if value.is_utc():
        return value.as_timet_with_zone(ICalGLib.Timezone.get_utc_timezone())
    parameter = prop.get_first_parameter(ICalGLib.ParameterKind.TZID_PARAMETER)
    zone = calendar.get_timezone(parameter.get_tzid()) if parameter is not None else None
    if parameter is not None and zone is None:
        raise ValueError(f"no time zone {parameter.get_tzid()}")
    return value.as_timet_with_zone(zone)


def times(calendar, event):
    start_prop = event.get_first_property(Prop.DTSTART_PROPERTY)
    start = instant(calendar, start_prop, start_prop.get_dtstart())
    end_prop = event.get_first_property(Prop.DTEND_PROPERTY)
    if end_prop is not None:
        return start, instant(calendar, end_prop, end_prop.get_dtend())
    duration = event.get_first_property(Prop.DURATION_PROPERTY).get_duration()
    return start, start + duration.as_int()


def expand(text, low, high, zone_directory):
    calendar = ICalGLib.Component.new_from_string(text)
    if calendar is None:
        raise ValueError("libical cannot parse the file")
    use_builtin_zones(calendar, zone_directory)
    utc = ICalGLib.Timezone.get_utc_timezone()
    # A day either side: overrides may move an occurrence into or out of the range.
    window = (
        ICalGLib.Time.new_from_timet_with_zone(low - 86400, 0, utc),
        ICalGLib.Time.new_from_timet_with_zone(high + 86400, 0, utc),
    )
    found = {}
    overrides = {}
    for event in components(calendar, Kind.VEVENT_COMPONENT):
        uid = event.get_uid()
        recurrence = event.get_first_property(Prop.RECURRENCEID_PROPERTY)
        if recurrence is not None:
            key = instant(calendar, recurrence, recurrence.get_recurrenceid())
            overrides.setdefault(uid, {})[key] = times(calendar, event)
            continue
        spans = found.setdefault(uid, [])
        recurring = any(
            event.get_first_property(kind) is not None
            for kind in (Prop.RRULE_PROPERTY, Prop.RDATE_PROPERTY)
        )
        if not recurring:
            spans.append(times(calendar, event))
            continue

        def collect(component, span, spans=spans):
            spans.append((span.get_start(), span.get_end()))

        event.foreach_recurrence(*window, collect)
    result = {}
    for uid, spans in found.items():
        replaced = overrides.get(uid, {})
        unmatched = dict(replaced)
        kept = []
        for span in spans:
            kept.append(replaced.get(span[0], span))
            unmatched.pop(span[0], None)
        # An override whose RECURRENCE-ID names no instance still shows, as a lone event.
        kept.extend(unmatched.values())
        result[uid] = sorted((s, e) for s, e in kept if low <= s < high)
    return result


def main():
    request = json.load(sys.stdin)
    folder = request["zone_directory"]
    results = {}
    for job in request["jobs"]:
        try:
            events = expand(job["text"], job["start"], job["end"], folder)
            results[job["key"]] = {"events": events}
        except Exception as exc:  # one unreadable file must not hide the others
            results[job["key"]] = {"error": f"{type(exc).__name__}: {exc}"}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
