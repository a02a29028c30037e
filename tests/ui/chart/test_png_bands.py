"""A year of many strips as a PNG painted band by band: the whole sheet, every strip's colours."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.plan.model import Plan
from tests.planner.helpers import team
from ui.chart import export
from ui.chart.export import _sheet, png_image, render_png
from ui.chart.layers.year import strip_color, strip_scale
from ui.chart.png_stream import PngStream
from ui.chart.sheet import paint_band, sheet_bands
from ui.chart.state import ChartState

NOW = datetime(2027, 1, 1, tzinfo=UTC)
ZONES = ("Asia/Manila", "Europe/Kyiv", "Asia/Kolkata", "America/Bogota", "Asia/Kathmandu")


def _plan() -> Plan:
    return Plan(
        teams=(
            team("hq", "America/New_York", {"mon-fri": ["09:00-17:00"]}, "client", "US"),
            *(team(f"v{i}", z, {"mon-fri": ["09:00-18:00"]}) for i, z in enumerate(ZONES)),
        )
    )


def test_a_band_by_band_png_is_the_sheet_its_bands_paint(monkeypatch: pytest.MonkeyPatch) -> None:
    plan, state = _plan(), ChartState(view="year", day=date(2027, 1, 1))
    monkeypatch.setattr(export, "STRIPS_PER_BAND", 2)  # 5 strips: 3 bands
    data = render_png(plan, state, 72, generated=NOW)
    image = QImage.fromData(data)
    assert not image.isNull()
    # The same bands painted into one image give the same pixels.
    sheet = _sheet(plan, state, 72, 1, NOW)
    layout = export.default_page_layout()
    margins = layout.margins(layout.Unit.Point)
    width = layout.fullRectPoints().width() - margins.left() - margins.right()
    bands = sheet_bands(sheet, width, 2)
    assert [len(b.data.strips) for b in bands] == [2, 2, 1]
    whole = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)
    whole.fill(QColor(sheet.style.palette.background))
    painter = QPainter(whole)
    top = margins.top()
    for band in bands:
        paint_band(painter, QRectF(margins.left(), top, width, band.height), sheet, band)
        top += band.height
    painter.end()
    assert image.convertToFormat(QImage.Format.Format_RGB32) == whole
    # Every strip shows its days in the colours of the strip's scale.
    strip = sheet.data.strips[4]
    colours = {strip_color(strip, i, sheet.style, strip_scale(strip)).name() for i in range(365)}
    assert colours & {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(image.height() - 400, image.height(), 3)
    }


def test_few_strips_keep_the_one_image_of_before() -> None:
    plan, state = _plan(), ChartState(view="year", day=date(2027, 1, 1))
    image, _ = png_image(plan, state, 72, generated=NOW)
    again = QImage.fromData(render_png(plan, state, 72, generated=NOW))
    assert again.convertToFormat(QImage.Format.Format_RGB32) == image


def test_the_stream_writes_rows_as_given() -> None:
    first, second = (
        QImage(5, 3, QImage.Format.Format_RGB32),
        QImage(5, 2, QImage.Format.Format_RGB32),
    )
    first.fill(QColor("#123456"))
    second.fill(QColor("#abcdef"))
    second.setPixelColor(4, 1, QColor("#010203"))
    stream = PngStream(5, 5, 96)
    stream.add(first)
    stream.add(second)
    image = QImage.fromData(stream.finish())
    assert [image.pixelColor(4, y).name() for y in range(5)] == ["#123456"] * 3 + [
        "#abcdef",
        "#010203",
    ]
    assert round(image.dotsPerMeterX() * 0.0254) == 96
    with pytest.raises(ValueError):
        PngStream(5, 5, 96).finish()


@pytest.mark.parametrize("view", ["year", "week"])
def test_a_png_in_one_piece_is_the_painted_image_compressed_at_the_fastest_level(view: str):
    plan, state = _plan(), ChartState(view=view, day=date(2027, 1, 4))
    data = render_png(plan, state, 72, generated=NOW)
    painted, _ = png_image(plan, state, 72, generated=NOW)
    assert QImage.fromData(data).convertToFormat(painted.format()) == painted  # lossless
    # The image data's zlib header (RFC 1950): FLEVEL 0, "fastest" (level 1).
    idat = data.index(b"IDAT") + 4
    assert data[idat] & 0x0F == 8 and (data[idat] * 256 + data[idat + 1]) % 31 == 0
    assert data[idat + 1] >> 6 == 0
