"""The chart under a font configuration that asks for subpixel (LCD) text, as Ubuntu's does.

Qt draws subpixel text in colour on an opaque surface only: unless the chart asks for
greyscale text everywhere, the window's kept pictures and a full repaint show the same
chart with two kinds of text. The still-picture tests run again in a fresh process whose
fontconfig says ``rgba=rgb`` (Debian's default says nothing, Ubuntu's says rgb).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Ubuntu's conf.d/10-sub-pixel-rgb.conf, but ahead of whatever the system's own
# configuration says (Debian 13 appends "none", which the first value outranks).
SUBPIXEL = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern"><edit name="rgba" mode="prepend_first"><const>rgb</const></edit></match>
</fontconfig>
"""
# Plain text in a widget: how many of its pixels are coloured (subpixel text), in the
# window and in a grab of the widget.
PROBE = """
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])


class Text(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont()
        font.setPixelSize(16)
        painter.setFont(font)
        painter.drawText(5, 30, "Shop (New York)")
        painter.end()


widget = Text()
widget.resize(200, 40)
widget.show()
app.processEvents()
for image in (widget.grab().toImage(), widget.screen().grabWindow(widget.winId()).toImage()):
    colours = [QColor(image.pixel(x, y)) for y in range(40) for x in range(200)]
    print(sum(max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 12 for c in colours))
"""


def _environment(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "fonts.conf"
    config.write_text(SUBPIXEL, encoding="utf-8")
    return dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")


def test_the_configuration_makes_qt_draw_text_in_colour(tmp_path: Path) -> None:
    # The judge works: plain text on an opaque image is drawn with coloured fringes.
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        check=True,
        env=_environment(tmp_path),
    )
    assert [int(line) > 50 for line in done.stdout.split()] == [True, True]


def test_the_window_and_a_full_repaint_show_the_same_text(tmp_path: Path) -> None:
    still = Path(__file__).with_name("test_chart_still.py")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{still}::test_the_still_picture_shows_what_a_full_repaint_shows",
            f"{still}::test_the_hover_repaints_only_the_old_and_new_marks_and_leaves_nothing_behind",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=_environment(tmp_path),
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "5 passed" in done.stdout
