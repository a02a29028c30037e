"""The GUI's chart export: ask for a file (and a DPI for a PNG), export, report problems.

The questions go through :class:`ExportDialogs`, a small seam so that tests answer them
without a real dialog; the export itself is :func:`ui.chart.export.export_chart`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.plan.model import Plan
from ui.chart.export import MAX_DPI, MIN_DPI, chart_format, export_chart
from ui.chart.state import ChartState
from ui.i18n import translate
from ui.plain import plain_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


@dataclass(slots=True)
class ExportDialogs:
    """The questions the export asks; tests pass their own answers."""

    save_path: Callable[[QWidget | None, str], str | None]
    png_dpi: Callable[[QWidget | None, int], int | None]
    show_error: Callable[[QWidget | None, str], None]


def _ask_path(parent: QWidget | None, suggested: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Chart", "Export chart"),
        suggested,
        translate("Chart", "PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"),
    )
    return path or None


def _ask_dpi(parent: QWidget | None, default: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getInt(
        parent,
        translate("Chart", "PNG resolution"),
        translate("Chart", "Dots per inch:"),
        default,
        MIN_DPI,
        MAX_DPI,
        10,
    )
    return value if ok else None


def _show_error(parent: QWidget | None, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    plain_box(
        QMessageBox(
            QMessageBox.Icon.Warning, translate("Chart", "Export chart"), message, parent=parent
        )
    ).exec()


SYSTEM_DIALOGS = ExportDialogs(_ask_path, _ask_dpi, _show_error)


def suggested_name(plan: Plan, state: ChartState) -> str:
    """A file name for the export, e.g. ``acme-week-2027-03-15.pdf``."""
    stem = "".join(c if c.isalnum() else "-" for c in (plan.title or "overlap-chart").lower())
    stem = "-".join(part for part in stem.split("-") if part)[:40] or "overlap-chart"
    when = str(state.day.year) if state.view == "year" else state.day.isoformat()
    return f"{stem}-{state.view}-{when}.pdf"


def export_chart_dialog(
    parent: QWidget | None,
    plan: Plan,
    state: ChartState,
    dialogs: ExportDialogs | None = None,
) -> str | None:
    """Ask for a file (and a DPI for PNG), export, report problems; return the path written."""
    dialogs = dialogs or SYSTEM_DIALOGS
    path = dialogs.save_path(parent, suggested_name(plan, state))
    if not path:
        return None
    if not Path(path).suffix:
        path += ".pdf"
    try:
        dpi = 150
        if chart_format(path) == "png":
            chosen = dialogs.png_dpi(parent, dpi)
            if chosen is None:
                return None
            dpi = chosen
        export_chart(plan, state, path, dpi)
    except PlannerError as exc:
        dialogs.show_error(parent, str(exc))
        return None
    return path
