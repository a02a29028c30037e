"""Time: instants, intervals, IANA zones, local wall time, holidays; imports only planner.errors."""
