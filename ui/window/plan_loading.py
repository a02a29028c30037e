"""Reading a plan file off the GUI thread, with a busy indicator and a Cancel button.

A plan on a slow network share, or a large one, must not freeze the window: the file is
read and checked (``planner.plan.reading.load_plan``) in a worker thread while the window
keeps painting. After a moment a window-modal "Opening ..." indicator appears; Cancel
gives up waiting (the read is abandoned, nothing is opened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.i18n import translate
from ui.plain import plain_label

if TYPE_CHECKING:
    from planner.plan.document import PlanDocument

BUSY_DELAY_MS = 300

# Workers whose wait was cancelled: kept until their thread ends, never destroyed running.
_ABANDONED: set[_Reader] = set()


class _Reader(QThread):
    """Reads one plan; ``done`` carries the PlanDocument or the exception raised."""

    done = Signal(object)

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path

    def run(self) -> None:
        from planner.plan.reading import load_plan

        try:
            outcome: object = load_plan(self._path)
        except Exception as exc:  # handed to the GUI thread, which decides what it means
            outcome = exc
        self.done.emit(outcome)


class _Waiter(QObject):
    """Lives in the GUI thread, so the worker's result arrives there (a queued call)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.outcome: object = None
        self.finished = False

    @Slot(object)
    def finish(self, outcome: object) -> None:
        self.outcome = outcome
        self.finished = True
        self.loop.quit()


def read_plan_in_background(
    parent: QWidget, path: str, name: str, delay_ms: int = BUSY_DELAY_MS
) -> PlanDocument | None:
    """The plan at ``path``, read in a worker thread; None when the user cancelled.

    The window stays responsive meanwhile (events are processed); after ``delay_ms`` a
    busy indicator naming ``name`` appears with a Cancel button. Raises what the reading
    raised (PlanFileError for a plan with problems).
    """
    loop = QEventLoop()
    waiter = _Waiter(loop)
    reader = _Reader(path)
    reader.done.connect(waiter.finish)
    shown: list[QProgressDialog] = []

    def show_busy() -> None:  # made only for a read that takes a while
        busy = QProgressDialog(parent)
        busy.setWindowTitle(translate("MainWindow", "Opening plan"))
        busy.setLabel(
            plain_label(translate("MainWindow", "Opening {name}…").format(name=name))
        )  # a file name: shown as named
        busy.setRange(0, 0)
        busy.setMinimumDuration(0)
        busy.setAutoClose(False)
        busy.setAutoReset(False)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.canceled.connect(loop.quit)
        busy.show()
        shown.append(busy)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_busy)
    timer.start(delay_ms)
    reader.start()
    try:
        loop.exec()
    finally:
        timer.stop()
        for busy in shown:
            busy.hide()
            busy.deleteLater()
    if not waiter.finished:  # cancelled: let the thread end on its own
        _ABANDONED.add(reader)
        reader.finished.connect(lambda: _ABANDONED.discard(reader))
        return None
    reader.wait()
    outcome = waiter.outcome
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome  # type: ignore[return-value]
