// Expand iCalendar files the way Thunderbird and Nextcloud Calendar do, with ical.js.
//
// stdin: JSON [{"key", "text", "start", "end"}, ...] (start/end: UTC seconds)
// stdout: JSON {key: {"events": {uid: [[start, end], ...]}} or {"error": message}}
//
// Every VTIMEZONE of a file is registered with ICAL.TimezoneService before its events are
// read; overrides (RECURRENCE-ID) are related to the master of the same UID; an event
// without RRULE or RDATE is shown at its DTSTART, as the clients show it.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function expand(text, start, end) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const masters = new Map();
  const overrides = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    // Not ICAL.Event's default, which relates every override in the file to every event.
    const event = new ICAL.Event(component, { strictExceptions: true, exceptions: [] });
    if (component.hasProperty("recurrence-id")) {
      overrides.push(event);
    } else {
      masters.set(event.uid, event);
    }
  }
  for (const override of overrides) {
    const master = masters.get(override.uid);
    if (master === undefined) {
      throw new Error(`override of ${override.uid} without its event`);
    }
    master.relateException(override);
  }
  const found = {};
  for (const [uid, event] of masters) {
    const times = [];
    const keep = (first, last) => {
      const from = first.toUnixTime();
      if (start <= from && from < end) {
        times.push([from, last.toUnixTime()]);
      }
    };
    if (!event.isRecurring()) {
      keep(event.startDate, event.endDate);
    } else {
      const iterator = event.iterator();
      // An override may move an occurrence by up to a day: look a day past the range.
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.toUnixTime() >= end + 86400) {
          break;
        }
        const details = event.getOccurrenceDetails(next);
        keep(details.startDate, details.endDate);
      }
    }
    found[uid] = times;
  }
  return found;
}

const jobs = JSON.parse(readFileSync(0, "utf8"));
const results = {};
for (const job of jobs) {
  try {
    results[job.key] = { events: expand(job.text, job.start, job.end) };
  } catch (error) {
    results[job.key] = { error: String(error && error.message ? error.message : error) };
  }
}
process.stdout.write(JSON.stringify(results));
