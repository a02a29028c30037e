"""High contrast: chosen by the system's accessibility hint or forced, and the chart's pixels change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from ui.chart import contrast
from ui.chart.contrast import HIGH_CONTRAST, HIGH_CONTRAST_DARK, chart_palette
from ui.chart.style import LIGHT
from ui.chart.widget import ChartWidget

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
NOW = datetime(2027, 3, 16, 15, 20, tzinfo=UTC)


class Hints:
    """What the system's accessibility settings say (Qt reads them from the platform)."""

    def __init__(self, preference: Qt.ContrastPreference) -> None:
        self.preference = preference

    def contrastPreference(self) -> Qt.ContrastPreference:
        return self.preference


@pytest.fixture
def chart(qtbot: QtBot) -> ChartWidget:
    widget = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 480)
    widget.set_plan(load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan)
    widget.set_zone("UTC")
    widget.set_date(date(2027, 3, 16))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bar_color(chart: ChartWidget, team_id: str, hour: int) -> str:
    """The colour in the middle of a team's bar at an hour of 16 March 2027 (UTC)."""
    image = chart.grab().toImage()
    layout = chart.chart_layout()
    assert layout is not None
    box = layout.blocks[0]
    row = next(r for r in box.rows if r.team_id == team_id)
    moment = int(datetime(2027, 3, 16, hour, 30, tzinfo=UTC).timestamp())
    y = (row.bar_top + row.bar_bottom) / 2 - chart.scroll_offset()
    return str(image.pixelColor(round(box.x(moment)), round(y)).name().upper())


def test_the_system_hint_chooses_high_contrast(monkeypatch: pytest.MonkeyPatch) -> None:
    assert chart_palette() is LIGHT
    assert chart_palette(forced=True) is HIGH_CONTRAST
    monkeypatch.setattr(
        contrast, "accessibility_hints", lambda: Hints(Qt.ContrastPreference.HighContrast)
    )
    assert contrast.system_high_contrast()
    assert chart_palette() is HIGH_CONTRAST
    monkeypatch.setattr(
        contrast, "accessibility_hints", lambda: Hints(Qt.ContrastPreference.NoPreference)
    )
    assert chart_palette() is LIGHT


def test_the_qt_hint_is_read_without_error() -> None:
    # Offscreen the platform asks for no extra contrast.
    assert contrast.system_high_contrast() is False
    assert contrast.system_high_contrast() is False  # the hints survive the first read


def test_a_dark_system_gets_the_dark_high_contrast_palette() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    dark = QPalette(saved)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        app.setPalette(dark)
        assert chart_palette(forced=True) is HIGH_CONTRAST_DARK
    finally:
        app.setPalette(saved)


def test_the_chart_paints_in_high_contrast_when_the_system_asks(
    chart: ChartWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Manila at 14:30 UTC is 22:30 local: its night tint; New York at 10:30 its day tint.
    assert bar_color(chart, "mnl", 14) == LIGHT.night
    assert bar_color(chart, "hq", 15) == LIGHT.working  # 11:30 in New York
    assert chart.grab().toImage().pixelColor(2, 2).name().upper() == LIGHT.background
    monkeypatch.setattr(
        contrast, "accessibility_hints", lambda: Hints(Qt.ContrastPreference.HighContrast)
    )
    chart.update()
    assert bar_color(chart, "mnl", 14) == HIGH_CONTRAST.night
    assert bar_color(chart, "hq", 15) == HIGH_CONTRAST.working
    assert chart.grab().toImage().pixelColor(2, 2).name().upper() == HIGH_CONTRAST.background


def test_forcing_high_contrast_repaints_the_chart(chart: ChartWidget) -> None:
    before = bar_color(chart, "mnl", 14)
    chart.set_high_contrast(True)
    assert bar_color(chart, "mnl", 14) == HIGH_CONTRAST.night != before
    chart.set_high_contrast(False)
    assert bar_color(chart, "mnl", 14) == before
