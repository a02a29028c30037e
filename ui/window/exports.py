"""Export and publish: print preview, the chart as PDF/PNG/SVG, iCalendar files, CalDAV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.i18n import translate
from ui.window.shell import WindowShell


class Exporting(WindowShell):
    """The File menu's print, export and publish actions."""

    def print_preview(self) -> None:
        """Open the print preview of the chart as shown (page setup and printing are in it)."""
        from ui.chart.printing import open_print_preview

        if self.document is not None and self.chart is not None:
            open_print_preview(self, self.document.plan, self.chart.state(), run=self.print_runner)

    def export_chart(self) -> str | None:
        """Save the chart as shown to PDF, PNG or SVG; the path written, or None."""
        from ui.chart.export_dialog import SYSTEM_DIALOGS, ExportDialogs, export_chart_dialog

        if self.document is None or self.chart is None:
            return None
        dialogs = self.dialogs

        def ask_path(_parent: QWidget | None, suggested: str) -> str | None:
            folder = self.settings.last_folder() or str(Path.home())
            return dialogs.save_file(
                translate("MainWindow", "Export Chart"),
                str(Path(folder) / suggested),
                translate(
                    "MainWindow", "PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)"
                ),
            )

        def show_error(_parent: QWidget | None, message: str) -> None:
            dialogs.error(translate("MainWindow", "Cannot export the chart"), message)

        questions = ExportDialogs(ask_path, SYSTEM_DIALOGS.png_dpi, show_error)
        path = export_chart_dialog(self, self.document.plan, self.chart.state(), questions)
        if path:
            self.statusBar().showMessage(
                translate("MainWindow", "Exported the chart to {path}").format(path=path), 5000
            )
        return path

    def export_ical(self) -> bool:
        """Save the meetings as an iCalendar (.ics) file; True when written.

        The UIDs are those of ``overlap-planner export-ics`` for the same plan, so importing
        the file again updates the events instead of duplicating them.
        """
        from planner.atomic import write_atomic
        from planner.calendar.events import plan_identity
        from planner.calendar.ical import calendar_file
        from planner.errors import PlannerError
        from ui.i18n.domain import domain_text

        document = self.document
        if document is None:
            return False
        plan = document.plan
        if not plan.meetings:
            self.dialogs.error(
                translate("MainWindow", "Cannot export iCalendar"),
                translate("MainWindow", "The plan has no meetings to export: add a meeting first."),
            )
            return False
        folder = self.settings.last_folder() or str(Path.home())
        path = self.dialogs.save_file(
            translate("MainWindow", "Export iCalendar"),
            str(Path(folder) / f"{self.file_stem()}.ics"),
            translate("MainWindow", "iCalendar files (*.ics)"),
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".ics"
        # A plan with neither a title nor a file is named after the calendar file.
        source = document.path if plan.title.strip() or document.path else Path(path)
        try:
            identity = plan_identity(plan, source)
            exported = calendar_file(plan, identity=identity, now=self._now())
        except PlannerError as exc:
            self.dialogs.error(
                translate("MainWindow", "Cannot export iCalendar"),
                f"{domain_text(exc)[:1].upper()}{domain_text(exc)[1:]}.",
            )
            return False
        try:
            write_atomic(path, exported.text.encode("utf-8"))
        except OSError as exc:
            self.dialogs.error(
                translate("MainWindow", "Cannot export iCalendar"),
                translate("MainWindow", '"{path}" could not be written: {reason}').format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.statusBar().showMessage(
            translate("MainWindow", "Exported to {path}: {summary}").format(
                path=path, summary=domain_text(exported.summary())
            ),
            5000,
        )
        return True

    def publish_caldav(self) -> None:
        """Send the meetings to a CalDAV calendar (address and user remembered, never the password)."""
        from ui.publish_dialog import PublishDialog

        document = self.document
        if document is None:
            return
        if not document.plan.meetings:
            self.dialogs.error(
                translate("MainWindow", "Nothing to publish"),
                translate("MainWindow", "The plan has no meetings: add a meeting first."),
            )
            return
        dialog = PublishDialog(
            document.plan,
            str(document.path) if document.path else None,
            self,
            store=self.settings.store,
            clock=self._now,
        )
        self._open_editor(dialog, lambda: None)
