"""Opening a plan reads it in a worker thread: the window keeps painting, a busy box can cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton

from planner.plan import reading
from tests.ui.conftest import FakeDialogs, WindowFactory
from ui.window import plan_loading


def busy_boxes() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_the_plan_is_read_off_the_gui_thread(
    make_window: WindowFactory, plan_file: Path, monkeypatch
):
    threads: list[threading.Thread] = []
    real = reading.load_plan

    def spy(path):
        threads.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(reading, "load_plan", spy)
    window = make_window(plan_file)
    assert [t.id for t in window.document.plan.teams] == ["hq", "mnl", "kyiv"]
    assert threads and threads[0] is not threading.main_thread()


def test_a_slow_read_shows_a_busy_box_keeps_the_window_alive_and_can_be_cancelled(
    make_window: WindowFactory, plan_file: Path, dialogs: FakeDialogs, monkeypatch, tmp_path
):
    window = make_window(plan_file)
    before = window.document
    release = threading.Event()
    real = reading.load_plan

    def slow(path):
        release.wait(20)
        return real(path)

    monkeypatch.setattr(reading, "load_plan", slow)
    other = tmp_path / "R&D <img src=x> other.toml"
    other.write_text(plan_file.read_text(encoding="utf-8"), encoding="utf-8")
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(20)
    seen: list[tuple[bool, str, object]] = []

    def cancel_when_shown() -> None:
        boxes = [b for b in busy_boxes() if b.isVisible()]
        if not boxes:
            QTimer.singleShot(20, cancel_when_shown)
            return
        label = boxes[0].findChild(QLabel)
        seen.append((boxes[0].isVisible(), label.text(), label.textFormat()))
        boxes[0].findChild(QPushButton).click()  # Cancel

    QTimer.singleShot(0, cancel_when_shown)
    assert window.open_path(str(other)) is False
    heartbeat.stop()
    assert window.document is before  # nothing was opened
    assert seen and seen[0][1] == "Opening R&D <img src=x> other.toml…"
    assert seen[0][2].name == "PlainText"
    assert len(ticks) >= 5  # the event loop ran all along (300 ms before the box, at least)
    assert not any(b.isVisible() for b in busy_boxes())
    release.set()
    for worker in list(plan_loading._ABANDONED):
        assert worker.wait(20000)
    QApplication.processEvents()
    assert window.document is before  # the late result is dropped
    assert "problems" not in dialogs.names()


def test_a_fast_read_opens_without_showing_the_box(
    make_window: WindowFactory, plan_file: Path, tmp_path: Path
):
    window = make_window(plan_file)
    shown: list[bool] = []
    QTimer.singleShot(0, lambda: shown.append(any(b.isVisible() for b in busy_boxes())))
    other = tmp_path / "other.toml"
    other.write_text(plan_file.read_text(encoding="utf-8"), encoding="utf-8")
    assert window.open_path(str(other)) is True
    assert window.document.path == other
    assert shown == [False]
