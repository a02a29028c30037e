"""The command line: argparse verbs and their text and JSON reports (a front end, like ui/; nothing in planner imports it)."""
