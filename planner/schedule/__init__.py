"""Each team's working time over a range: its shifts as instants, holidays and days off."""
