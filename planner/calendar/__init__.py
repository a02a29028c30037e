"""Calendars: VTIMEZONE from the tz rules, the iCalendar export, publishing to CalDAV."""
