"""Meetings: occurrences, slot search by comfort, fair rotation, kickoff slots, DST drift."""
