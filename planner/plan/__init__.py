"""The plan: its values (teams, hours, roles, meetings), the plan file read and written, edits."""
