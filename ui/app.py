"""Starting the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from planner.planfile import load_plan


def run_gui(plan_path: str | None) -> int:
    """Open the main window (on ``plan_path`` when given) and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    title = "Overlap Planner"
    if plan_path:
        title = f"{load_plan(plan_path).plan.title} - Overlap Planner"
    window.setWindowTitle(title)
    window.setCentralWidget(QLabel(title))
    window.show()
    return int(app.exec())
