"""Dialogs that edit one team, role or meeting, and their field widgets."""
