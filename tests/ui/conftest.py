"""Fixtures for the desktop app shell: scripted dialogs, a fixed clock, isolated settings."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.dialogs import RestoreChoice, SaveChoice
from ui.settings import Settings
from ui.window.main_window import MainWindow

HERE = Path(__file__).parent
# Wednesday 17 March 2027: New York is on EDT since the 14th, Kyiv still on EET.
FIXED_NOW = datetime(2027, 3, 17, 16, 0, tzinfo=UTC)
# The offscreen platform plugin says this of every top-level window with a layout; it is a
# limitation of that plugin, not something the app does.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTE))


@dataclass
class FakeDialogs:
    """Answers the app's questions from a script and records every question asked."""

    save_choice: SaveChoice = SaveChoice.DISCARD
    restore_choice: RestoreChoice = RestoreChoice.RESTORE
    confirm_answer: bool = True
    open_answer: str | None = None
    save_answer: str | None = None
    folder_answer: str | None = None
    crash_quits: bool = False
    choose_answers: list[int | None] = field(default_factory=list)
    text_answers: list[str | None] = field(default_factory=list)
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def last(self, name: str) -> tuple[Any, ...]:
        return [args for n, args in self.calls if n == name][-1]

    def info(self, title: str, text: str) -> None:
        self.calls.append(("info", (title, text)))

    def error(self, title: str, text: str) -> None:
        self.calls.append(("error", (title, text)))

    def problems(self, title: str, intro: str, problems: Any) -> None:
        self.calls.append(("problems", (title, intro, list(problems))))

    def confirm(self, title: str, text: str, action: str) -> bool:
        self.calls.append(("confirm", (title, text, action)))
        return self.confirm_answer

    def choose(self, title: str, text: str, options: Any) -> int | None:
        self.calls.append(("choose", (title, text, list(options))))
        return self.choose_answers.pop(0) if self.choose_answers else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.calls.append(("ask_text", (title, label, text)))
        return self.text_answers.pop(0) if self.text_answers else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        self.calls.append(("ask_save_changes", (name,)))
        return self.save_choice

    def ask_restore(self, name: str, saved_at: str) -> RestoreChoice:
        self.calls.append(("ask_restore", (name, saved_at)))
        return self.restore_choice

    def open_file(self, title: str, folder: str, name_filter: str = "") -> str | None:
        self.calls.append(("open_file", (title, folder)))
        return self.open_answer

    def save_file(self, title: str, suggested: str, name_filter: str = "") -> str | None:
        self.calls.append(("save_file", (title, suggested)))
        return self.save_answer

    def choose_folder(self, title: str, folder: str) -> str | None:
        self.calls.append(("choose_folder", (title, folder)))
        return self.folder_answer

    def crash(self, summary: str, details: str, recovery: str | None) -> bool:
        self.calls.append(("crash", (summary, details, recovery)))
        return self.crash_quits


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """The GUI in English with the C locale, whatever the machine's (A4 paper, ``Mon``).

    A test that switches language gets English back for the next one.
    """
    from ui.i18n.language import use_source_language

    use_source_language()


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def example_text(name: str = "newyork-manila-kyiv.toml") -> str:
    return resources.files("resources.examples").joinpath(name).read_text(encoding="utf-8")


def broken_example(folder: Path) -> Path:
    """``broken.toml`` in ``folder``: the example with a misspelt zone and a 25:00 shift end."""
    broken = folder / "broken.toml"
    text = (
        example_text()
        .replace('zone = "Asia/Manila"', 'zone = "Asia/Manilla"')
        .replace(
            'hours = { "mon-fri" = ["10:00-19:00"] }', 'hours = { "mon-fri" = ["10:00-25:00"] }'
        )
    )
    broken.write_text(text, encoding="utf-8")
    return broken


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A copy of the New York / Manila / Kyiv example in the test's folder."""
    target = tmp_path / "plans" / "acme.toml"
    target.parent.mkdir()
    source = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    with resources.as_file(source) as path:
        shutil.copyfile(path, target)
    return target


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, data_dir: Path
) -> Iterator[WindowFactory]:
    """Builds shown, started main windows that share the test's settings and data folder."""

    def build(
        plan: Path | str | None = None,
        *,
        start: bool = True,
        autosave_ms: int | None = None,
        window_dialogs: FakeDialogs | None = None,
    ) -> MainWindow:
        window = MainWindow(
            settings,
            window_dialogs or dialogs,  # type: ignore[arg-type]
            data_dir,
            now=lambda: FIXED_NOW,
            autosave_ms=autosave_ms,
        )
        qtbot.addWidget(window)
        if settings.geometry() is None:
            window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        if start:
            window.start(str(plan) if plan else None)
            # What the event loop does next: show and lay out the docks and the chart, paint
            # the plan, then make the Teams and Meetings panels.
            QApplication.sendPostedEvents()
            qtbot.waitUntil(window.panels_built)
            QApplication.sendPostedEvents()
        return window

    yield build


@pytest.fixture
def window(make_window: WindowFactory, plan_file: Path) -> MainWindow:
    """The main window on a copy of the example plan, week view of 15-21 March 2027."""
    built = make_window(plan_file)
    built.set_view("week")
    return built
