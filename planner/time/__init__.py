"""Time: instants and intervals, IANA zones, local wall time, public holidays (imports only planner.errors)."""
