"""Plans handed over by the system (macOS Finder's FileOpen event) open in the window; the icon."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ui.app import FileOpenFilter, app_icon


def test_file_open_event_opens_the_plan(qapp, tmp_path):
    opened: list[str] = []
    file_open = FileOpenFilter(opened.append)
    qapp.installEventFilter(file_open)
    try:
        plan = tmp_path / "acme.overlap.toml"
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(plan))))
    finally:
        qapp.removeEventFilter(file_open)
    assert opened == [str(plan)]


def test_the_icon_has_every_size(qapp):
    sizes = sorted(size.width() for size in app_icon().availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
