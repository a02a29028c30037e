"""Overlap Planner's desktop app (Qt): windows, widgets, the chart painter, print and export."""
