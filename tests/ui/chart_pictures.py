"""Pictures of a chart widget the chart tests compare: what the screen shows, and the
straightforward repaint of all of it."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ui.chart.widget import ChartWidget


def on_screen(widget: ChartWidget) -> QImage:
    """What the window shows now: its backing store after the pending repaints."""
    QApplication.processEvents()
    return widget.screen().grabWindow(widget.winId()).toImage()


def reference(widget: ChartWidget) -> QImage:
    """The straightforward repaint of the widget as it is now: all of it, unclipped."""
    widget.full_repaint = True
    try:
        return widget.grab().toImage()
    finally:
        widget.full_repaint = False
