"""The command line: argparse verbs and their text and JSON reports (planner never imports it)."""

from planner.deferred_imports import import_argparse as _import_argparse

_import_argparse()  # before any verb's module imports it: its messages without gettext
