"""Overlap Planner's domain core: plans, working time, overlap, meetings, exports.

Nothing in this package imports Qt; the desktop app in ``ui/`` builds on it.
"""

__version__ = "0.1.0"
