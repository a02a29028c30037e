"""Dialogs that edit one team, role or meeting, their field widgets, and the meeting slot finder."""
