"""The dockable side panels: teams, roles with their verdicts, meetings with their occurrences."""
