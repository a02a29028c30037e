"""File handling: new, open (recent files, examples), save, save as, restoring autosaved work."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ui.i18n import translate
from ui.plain import literal_ampersands, plain_tip
from ui.window.shell import WindowShell

if TYPE_CHECKING:
    from ui.document import Document

EXAMPLES_PACKAGE = "resources.examples"


def example_files() -> list[tuple[str, str]]:
    """The bundled example plans: (file name, title), sorted by file name."""
    from importlib import resources

    found = []
    for entry in resources.files(EXAMPLES_PACKAGE).iterdir():
        if entry.name.endswith(".toml"):
            text = entry.read_text(encoding="utf-8")
            match = re.search(r'^title\s*=\s*"(.*)"', text, re.MULTILINE)
            found.append((entry.name, match[1] if match else entry.name))
    return sorted(found)


class FileHandling(WindowShell):
    """The File menu's plan files: asking to save, opening, saving, recent files and examples."""

    _opening = False

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels (or saving fails)."""
        from ui.dialogs import SaveChoice

        document = self.document
        if document is None or not document.modified:
            return True
        answer = self.dialogs.ask_save_changes(document.display_name)
        if answer is SaveChoice.CANCEL:
            return False
        if answer is SaveChoice.SAVE:
            return self.save()
        return True

    def new_plan(self) -> None:
        """Start an empty plan (after asking to save the current one and for its title)."""
        if not self.maybe_save():
            return
        title = self.dialogs.ask_text(
            translate("MainWindow", "New Plan"),
            translate(
                "MainWindow",
                "Title of the new plan (it names the calendar, the printed chart and the files):",
            ),
            "",
        )
        if title is None:
            return
        from ui.document import Document

        self.set_document(Document.new(self, title.strip()))

    def open_dialog(self) -> None:
        """Ask for a plan file and open it."""
        if not self.maybe_save():
            return
        folder = self.settings.last_folder() or str(Path.home())
        path = self.dialogs.open_file(translate("MainWindow", "Open Plan"), folder)
        if path:
            self._open_file(path)

    def open_path(self, path: str) -> bool:
        """Open a plan file (after asking to save the current one); False when it fails."""
        if not self.maybe_save():
            return False
        return self._open_file(path)

    def _open_file(self, path: str) -> bool:
        """Open a plan, read in a worker thread (busy indicator, Cancel); False if not opened."""
        document = self._read_document(path)
        if document is None:
            return False
        self._show_opened(document, path)
        return True

    def _read_document(self, path: str) -> Document | None:
        """The plan at ``path`` read in a worker thread; None (problems shown) if not opened."""
        from planner.errors import PlanFileError
        from ui.document import Document
        from ui.window.plan_loading import read_plan_in_background

        if self._opening:  # a second request while the first file is read: one at a time
            return None
        self._opening = True
        try:
            base = read_plan_in_background(self, path, Path(path).name)
        except PlanFileError as exc:
            self.dialogs.problems(
                translate("MainWindow", "Cannot open plan"),
                translate(
                    "MainWindow",
                    '"{name}" has problems and was not opened (the file was not changed). Fix these lines and open it again:',
                ).format(name=Path(path).name),
                [str(p) for p in exc.problems],
            )
            if any("no such file" in p.message for p in exc.problems):
                self.settings.remove_recent_file(str(Path(path).resolve()))
            return None
        finally:
            self._opening = False
        if base is None:  # cancelled while reading: the current plan stays
            return None
        return Document(base, parent=self)

    def _show_opened(self, document: Document, path: str) -> None:
        """Show a plan just read from ``path``: recent files, the window, its warnings."""
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(str(Path(path).resolve().parent))
        self.set_document(document)
        if document.warnings:
            self.dialogs.problems(
                translate("MainWindow", "Plan opened with warnings"),
                translate(
                    "MainWindow",
                    "The plan opened with these warnings (keys this version does not use are kept "
                    "when the plan is saved):",
                ),
                list(document.warnings),
            )

    def _show_open_error(self, name: str, error: Exception) -> None:
        from planner.errors import PlanFileError

        if isinstance(error, PlanFileError):
            self.dialogs.problems(
                translate("MainWindow", "Cannot restore"),
                translate("MainWindow", 'The autosaved copy of "{name}" has problems:').format(
                    name=name
                ),
                [str(p) for p in error.problems],
            )
        else:
            from ui.i18n.domain import domain_text

            self.dialogs.error(
                translate("MainWindow", "Cannot restore"),
                translate(
                    "MainWindow", 'The autosaved copy of "{name}" cannot be read: {error}'
                ).format(name=name, error=domain_text(error)),
            )

    def open_example(self, name: str) -> None:
        """Open a bundled example as a new, untitled plan."""
        if not self.maybe_save():
            return
        from importlib import resources

        from ui.document import Document

        text = resources.files(EXAMPLES_PACKAGE).joinpath(name).read_text(encoding="utf-8")
        self.set_document(
            Document.from_text(
                text,
                translate("MainWindow", "{name} (example)").format(name=Path(name).stem),
                parent=self,
            )
        )

    def save(self) -> bool:
        """Save to the plan's file (Save As for a plan that has none); True when saved."""
        document = self.document
        if document is None:
            return False
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        """Ask for a file and save the plan there; True when saved."""
        document = self.document
        if document is None:
            return False
        folder = self.settings.last_folder() or str(Path.home())
        suggested = (
            str(document.path)
            if document.path
            else str(Path(folder) / f"{self.file_stem()}.overlap.toml")
        )
        path = self.dialogs.save_file(translate("MainWindow", "Save Plan As"), suggested)
        if not path:
            return False
        if not path.lower().endswith(".toml") and not Path(path).suffix:
            path += ".overlap.toml"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        document = self.document
        assert document is not None
        old_path = str(document.path) if document.path else None
        try:
            document.save(path)
        except OSError as exc:
            self.dialogs.error(
                translate("MainWindow", "Cannot save"),
                translate("MainWindow", 'The plan could not be saved to "{path}": {reason}').format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.settings.add_recent_file(str(path))
        self.settings.set_last_folder(str(path.resolve().parent))
        if self._zone_choice and old_path != str(document.path):
            self.settings.set_reference_zone(str(document.path), self._zone_choice)
        self.statusBar().showMessage(
            translate("MainWindow", "Saved {path}").format(path=path), 4000
        )
        return True

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_files()
        for index, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{index % 10} {literal_ampersands(Path(path).name)}")
            action.setToolTip(plain_tip(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            empty = menu.addAction(translate("MainWindow", "No recent plans"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("MainWindow", "&Clear Menu"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.settings.clear_recent_files)

    def _fill_examples_menu(self) -> None:
        menu = self.examples_menu
        menu.clear()
        for name, title in example_files():
            action = menu.addAction(title)
            action.setStatusTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_example(n))

    def _offer_restore(self, folders: list[Path]) -> Document | None:
        from ui.autosave import find_recoverable
        from ui.document import Document

        chosen: Document | None = None
        found = [item for folder in folders for item in find_recoverable(folder)]
        if found:  # the dialogs' module (and its enums) only when there is work to restore
            from ui.dialogs import RestoreChoice
        for item in sorted(found, key=lambda r: r.saved_at, reverse=True):
            if chosen is not None:
                break
            stamp = item.saved_at.strftime("%Y-%m-%d %H:%M:%S")
            answer = self.dialogs.ask_restore(item.name, stamp)
            if answer is RestoreChoice.LATER:
                continue
            if answer is RestoreChoice.DISCARD:
                item.discard()
                continue
            try:
                chosen = Document.from_text(
                    item.read(), item.name, item.path, modified=True, parent=self
                )
            except (OSError, ValueError) as exc:
                self._show_open_error(item.name, exc)
                continue
            item.discard()
        return chosen
