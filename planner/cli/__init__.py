"""The command line: argparse verbs and their text and JSON reports (planner never imports it)."""
