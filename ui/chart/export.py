"""Export the chart to PDF (vector, paginated), PNG (at a chosen DPI) or SVG (one tall sheet).

All three go through the same page composer and chart painter as the printer and the
screen. Files are written atomically: a failed export leaves the previous file untouched.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
)

from planner.atomic import atomic_output
from planner.errors import PlannerError
from planner.plan.model import Plan
from ui.chart.geometry import ChartLayout
from ui.chart.limits import check_chart_size
from ui.chart.png_stream import PngStream
from ui.chart.sheet import (
    STRIPS_PER_BAND,
    Sheet,
    default_page_layout,
    paginate,
    paint_band,
    paint_page,
    paper_style,
    sheet_bands,
    sheet_data,
    sheet_height,
    today_stamp,
)
from ui.chart.state import ChartState
from ui.chart.summary_text import sheet_summary
from ui.i18n import translate

# QtSvg and QtWidgets load only where they are used: `overlap-planner chart` draws a PDF
# or a PNG with QtGui alone.

FORMATS = (".pdf", ".png", ".svg")
PDF_DPI = 1200
SVG_DPI = 96
PNG_QUALITY = 80
"""Qt's PNG quality: 80 is zlib level 1 (Qt maps quality q to level (100 - q) * 9 / 91)."""
MIN_DPI, MAX_DPI = 36, 1200
# The largest PNG: 400 MB of pixels in memory (4 bytes each), well inside what Qt allocates
# and what image viewers open. A taller chart is a PDF (paginated) or a lower resolution.
MAX_PNG_PIXELS = 100_000_000


def chart_format(path: str) -> str:
    """``pdf``, ``png`` or ``svg`` from a file name; PlannerError for anything else.

    >>> chart_format("week.PDF")
    'pdf'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        shown = f'"{suffix}"' if suffix else "no extension"
        raise PlannerError(
            f'cannot write the chart to "{path}" ({shown}): name the file .pdf, .png or .svg'
        )
    return suffix[1:]


def _sheet(
    plan: Plan, state: ChartState, dpi: float, weeks: int, generated: datetime | None
) -> Sheet:
    """What a printed or exported sheet shows: ``weeks`` of the chart, styled for paper at ``dpi``."""
    data = sheet_data(plan, state, weeks)
    return Sheet(
        plan,
        data,
        paper_style(state, dpi),
        today_stamp(generated),
        sheet_summary(plan, data, state.clock24),
    )


def print_sheet(
    painter: QPainter,
    device: QPagedPaintDevice,
    resolution: int,
    plan: Plan,
    state: ChartState,
    *,
    weeks: int = 1,
    generated: datetime | None = None,
) -> int:
    """Draw the chart on a paged device (printer, PDF), one page after another; return pages."""
    area = device.pageLayout().paintRectPixels(resolution)
    page = QRectF(0, 0, area.width(), area.height())
    sheet = _sheet(plan, state, resolution, weeks, generated)
    style, pages = paginate(sheet, page)
    for number, data in enumerate(pages, start=1):
        if number > 1:
            device.newPage()
        paint_page(painter, page, sheet, data, style, number, len(pages))
    return len(pages)


def render_pdf(
    plan: Plan,
    state: ChartState,
    *,
    layout: QPageLayout | None = None,
    weeks: int = 1,
    generated: datetime | None = None,
) -> bytes:
    """The chart as a vector PDF, one or more pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _write_pdf(buffer, plan, state, layout=layout, weeks=weeks, generated=generated)
    buffer.close()
    return bytes(buffer.data().data())


def _write_pdf(
    device: QIODevice,
    plan: Plan,
    state: ChartState,
    *,
    layout: QPageLayout | None,
    weeks: int,
    generated: datetime | None,
) -> None:
    writer = QPdfWriter(device)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(layout or default_page_layout())
    writer.setTitle(plan.title or translate("Chart", "Overlap chart"))
    writer.setCreator("Overlap Planner")
    painter = QPainter(writer)
    try:
        print_sheet(painter, writer, PDF_DPI, plan, state, weeks=weeks, generated=generated)
    finally:
        painter.end()


def _tall_sheet(
    plan: Plan,
    state: ChartState,
    dpi: float,
    layout: QPageLayout,
    weeks: int,
    generated: datetime | None,
    sheet: Sheet | None = None,
) -> tuple[Sheet, QRectF, QSize]:
    """The one-page sheet of PNG and SVG: the page's width, as tall as the chart needs."""
    full = layout.fullRectPoints()
    margins = layout.margins(QPageLayout.Unit.Point)
    unit = dpi / 72
    sheet = sheet or _sheet(plan, state, dpi, weeks, generated)
    width = (full.width() - margins.left() - margins.right()) * unit
    height = sheet_height(sheet, width)
    content = QRectF(margins.left() * unit, margins.top() * unit, width, height)
    size = QSize(
        round(full.width() * unit), round(height + (margins.top() + margins.bottom()) * unit)
    )
    return sheet, content, size


def png_image(
    plan: Plan,
    state: ChartState,
    dpi: int = 150,
    *,
    layout: QPageLayout | None = None,
    weeks: int = 1,
    generated: datetime | None = None,
) -> tuple[QImage, ChartLayout]:
    """The chart as an image at ``dpi`` (the page's width, as tall as needed) and its layout."""
    _check_dpi(dpi)
    return _png_image(plan, state, dpi, layout, weeks, generated)


def _check_dpi(dpi: int) -> None:
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise PlannerError(f"--dpi {dpi} is out of range: use {MIN_DPI} to {MAX_DPI} (e.g. 150)")


def _png_image(
    plan: Plan,
    state: ChartState,
    dpi: int,
    layout: QPageLayout | None,
    weeks: int,
    generated: datetime | None,
    sheet: Sheet | None = None,
) -> tuple[QImage, ChartLayout]:
    layout = layout or default_page_layout()
    sheet, content, size = _tall_sheet(plan, state, dpi, layout, weeks, generated, sheet)
    if _pixels(size) > MAX_PNG_PIXELS:
        raise PlannerError(_too_large(plan, state, dpi, layout, weeks, size, sheet))
    image = QImage(size, QImage.Format.Format_RGB32)
    if image.isNull():  # the memory was not there: nothing is drawn, nothing written
        raise PlannerError(
            f"there is not enough memory for a {size.width():,} x {size.height():,} pixel "
            "image: choose a lower resolution or fewer weeks, or export a PDF"
        )
    image.fill(QColor(sheet.style.palette.background))
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        _, chart = paint_page(painter, content, sheet, sheet.data, sheet.style, 1, 1)
    finally:
        painter.end()
    return image, chart


def _pixels(size: QSize) -> int:
    return size.width() * size.height()


def largest_png_dpi(
    plan: Plan,
    state: ChartState,
    dpi: int,
    layout: QPageLayout,
    weeks: int,
    sheet: Sheet | None = None,
) -> int | None:
    """The highest resolution up to ``dpi`` whose PNG stays within MAX_PNG_PIXELS, or None.

    ``sheet``: the chart already computed for this export (only its style varies with dpi).
    """
    base = sheet or _sheet(plan, state, dpi, weeks, None)

    def size_at(resolution: int) -> QSize:
        sheet = replace(base, style=paper_style(state, resolution))
        return _tall_sheet(plan, state, resolution, layout, weeks, None, sheet)[2]

    size = size_at(dpi)
    if _pixels(size) <= MAX_PNG_PIXELS:
        return dpi
    # The sheet grows with the resolution in both directions: start from the square root.
    guess = min(dpi, int(dpi * (MAX_PNG_PIXELS / _pixels(size)) ** 0.5) + 1)
    while guess >= MIN_DPI:
        if _pixels(size_at(guess)) <= MAX_PNG_PIXELS:
            return guess
        guess -= 1
    return None


def _too_large(
    plan: Plan,
    state: ChartState,
    dpi: int,
    layout: QPageLayout,
    weeks: int,
    size: QSize,
    sheet: Sheet | None = None,
) -> str:
    """Why a PNG is refused, with the largest resolution that works for the same chart."""
    megapixels = _pixels(size) / 1_000_000
    what = (
        f"a PNG of {size.width():,} x {size.height():,} pixels ({megapixels:,.0f} megapixels) "
        f"at {dpi} dpi"
    )
    limit = f"a PNG may have at most {MAX_PNG_PIXELS // 1_000_000} megapixels"
    best = largest_png_dpi(plan, state, dpi, layout, weeks, sheet)
    smaller = "show one pair (--pair)" if state.view == "year" else "print fewer weeks"
    if best is None:
        return (
            f"this chart would be {what}; {limit}, more than it has even at {MIN_DPI} dpi: "
            f"{smaller}, or export a PDF (paginated, sharp at any size)"
        )
    fewer = "one pair (--pair)" if state.view == "year" else "fewer weeks"
    return (
        f"this chart would be {what}; {limit}: choose {best} dpi or less (--dpi {best}), "
        f"{fewer}, or export a PDF (paginated, sharp at any size)"
    )


def render_png(
    plan: Plan,
    state: ChartState,
    dpi: int = 150,
    *,
    layout: QPageLayout | None = None,
    weeks: int = 1,
    generated: datetime | None = None,
) -> bytes:
    """The chart as PNG bytes at ``dpi``.

    A year of more strips than one band holds (``STRIPS_PER_BAND``) is painted and
    compressed band by band (:mod:`ui.chart.png_stream`): memory stays that of one band.
    """
    _check_dpi(dpi)
    sheet = None
    if state.view == "year":
        sheet = _sheet(plan, state, dpi, weeks, generated)
        if len(sheet.data.strips) > STRIPS_PER_BAND:
            page = layout or default_page_layout()
            _, _, size = _tall_sheet(plan, state, dpi, page, weeks, generated, sheet)
            if _pixels(size) > MAX_PNG_PIXELS:  # bands bound the memory, not the image
                raise PlannerError(_too_large(plan, state, dpi, page, weeks, size, sheet))
            return _banded_png(sheet, dpi, page)
    image, _ = _png_image(plan, state, dpi, layout, weeks, generated, sheet)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Quality 80 is zlib level 1 for Qt's PNG writer: on a year chart (1754 x 823 px) 35 ms
    # against 50 ms at its default level, and a file 5% smaller (flat colours compress
    # as well at a fast level, and Qt still picks each row's best filter).
    saved = image.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]
    del image  # its pixels go before the file's bytes are copied out
    buffer.close()
    data = bytes(buffer.data().data())
    if not saved or not data:
        raise PlannerError("the PNG could not be encoded (out of memory?): nothing was written")
    return data


def _banded_png(sheet: Sheet, dpi: float, layout: QPageLayout) -> bytes:
    full = layout.fullRectPoints()
    margins = layout.margins(QPageLayout.Unit.Point)
    unit = dpi / 72
    width = (full.width() - margins.left() - margins.right()) * unit
    bands = sheet_bands(sheet, width, STRIPS_PER_BAND)
    content = sum(band.height for band in bands)
    size = QSize(
        round(full.width() * unit), round(content + (margins.top() + margins.bottom()) * unit)
    )
    stream = PngStream(size.width(), size.height(), dpi)
    background = QColor(sheet.style.palette.background)
    top = margins.top() * unit
    row = 0
    for index, band in enumerate(bands):
        end = size.height() if index == len(bands) - 1 else round(top + band.height)
        image = QImage(size.width(), end - row, QImage.Format.Format_RGB32)
        image.fill(background)
        painter = QPainter(image)
        try:
            painter.translate(0, -row)
            paint_band(painter, QRectF(margins.left() * unit, top, width, band.height), sheet, band)
        finally:
            painter.end()
        stream.add(image)
        row, top = end, top + band.height
    return stream.finish()


def render_svg(
    plan: Plan,
    state: ChartState,
    *,
    layout: QPageLayout | None = None,
    weeks: int = 1,
    generated: datetime | None = None,
) -> bytes:
    """The chart as SVG (text stays text; one tall sheet)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _write_svg(buffer, plan, state, layout=layout, weeks=weeks, generated=generated)
    buffer.close()
    return bytes(array.data())


def _write_svg(
    device: QIODevice,
    plan: Plan,
    state: ChartState,
    *,
    layout: QPageLayout | None,
    weeks: int,
    generated: datetime | None,
) -> None:
    sheet, content, size = _tall_sheet(
        plan, state, SVG_DPI, layout or default_page_layout(), weeks, generated
    )
    from PySide6.QtSvg import QSvgGenerator  # only SVG needs QtSvg

    generator = QSvgGenerator()
    generator.setOutputDevice(device)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(SVG_DPI)
    generator.setTitle(plan.title or translate("Chart", "Overlap chart"))
    generator.setDescription("Overlap chart made by Overlap Planner")
    painter = QPainter(generator)
    try:
        painter.fillRect(
            QRectF(0, 0, size.width(), size.height()), QColor(sheet.style.palette.background)
        )
        paint_page(painter, content, sheet, sheet.data, sheet.style, 1, 1)
    finally:
        painter.end()


def export_chart(
    plan: Plan,
    state: ChartState,
    path: str,
    dpi: int = 150,
    *,
    layout: QPageLayout | None = None,
    weeks: int = 1,
    generated: datetime | None = None,
) -> None:
    """Write the chart to ``path``; the format comes from its extension (.pdf, .png, .svg).

    Everything that can be checked is checked before anything is drawn: the extension,
    resolution, week count, the chart's size (:mod:`ui.chart.limits`, and a PNG's pixels)
    and the target (its folder, a read-only file). The chart is drawn straight into a
    temporary file beside the target, which replaces it only when complete: on any failure
    the previous file is unchanged.

    Needs a QGuiApplication. Raises PlannerError with the reason.
    """
    kind = chart_format(path)
    if not 1 <= weeks <= 53:
        raise PlannerError(f"--weeks {weeks} is out of range: print 1 to 53 weeks")
    if kind == "png" and not MIN_DPI <= dpi <= MAX_DPI:
        raise PlannerError(f"--dpi {dpi} is out of range: use {MIN_DPI} to {MAX_DPI} (e.g. 150)")
    if QGuiApplication.instance() is None:
        raise RuntimeError("export_chart needs a QGuiApplication")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):  # before any rendering
        raise PlannerError(f'cannot write "{path}": the folder "{folder}" does not exist')
    check_chart_size(plan, state, weeks)
    try:
        with atomic_output(path) as temporary:  # checks the target before anything is drawn
            if kind == "png":
                data = render_png(plan, state, dpi, layout=layout, weeks=weeks, generated=generated)
                Path(temporary).write_bytes(data)
                return
            device = QFile(str(temporary))
            if not device.open(QIODevice.OpenModeFlag.WriteOnly):
                raise OSError(0, device.errorString())
            write = _write_pdf if kind == "pdf" else _write_svg
            try:
                write(device, plan, state, layout=layout, weeks=weeks, generated=generated)
            finally:
                device.close()
            if device.error() != QFile.FileError.NoError:
                raise OSError(0, device.errorString())
    except OSError as exc:
        raise PlannerError(
            f'cannot write "{path}": {exc.strerror or exc}; the previous file, if any, is unchanged'
        ) from exc
