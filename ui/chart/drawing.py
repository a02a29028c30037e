"""Drawing helpers every layer uses: text in device pixels, the DST pen, the holiday hatching."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from ui.chart.geometry import STRIP_PT
from ui.chart.style import ChartStyle


def draw_empty(painter: QPainter, rect: QRectF, style: ChartStyle, text: str) -> None:
    """A muted one-line message where the chart would be (no teams, no pairs)."""
    painter.setFont(style.font())
    painter.setPen(style.color(style.palette.muted))
    painter.drawText(
        QPointF(rect.left() + style.px(6), rect.top() + style.px(STRIP_PT) / 2 + style.px(4)), text
    )


def draw_text(
    painter: QPainter,
    style: ChartStyle,
    x: float,
    baseline: float,
    text: str,
    scale: float = 1.0,
    bold: bool = False,
    color: str | None = None,
    max_width: float | None = None,
) -> float:
    """Draw one line of text from ``x``; elide it to ``max_width``; return its width.

    The text is laid out once per style (``ChartStyle.static``, kept when the view changes)
    and drawn as static text: the same pixels as ``drawText`` at the baseline, without
    shaping the words again on every repaint.
    """
    painter.setFont(style.font(scale, bold))
    painter.setPen(style.color(color or style.palette.text))
    width = style.width(text, scale, bold)
    if max_width is not None and width > max_width:
        text = style.elided(text, scale, bold, max_width)
        width = style.width(text, scale, bold)
    painter.drawStaticText(
        QPointF(x, baseline - style.metrics(scale, bold).ascent()), style.static(text, scale, bold)
    )
    return width


def draw_label(
    painter: QPainter,
    style: ChartStyle,
    rect: QRectF,
    labels: float,
    baseline: float,
    text: str,
    scale: float = 1.0,
    bold: bool = False,
    color: str | None = None,
) -> float:
    """Draw a line of text in the label column (``labels`` wide, at the left of ``rect``).

    It stands 4 pt in from either side and is elided to fit; returns its width.
    """
    px = style.px
    return draw_text(
        painter, style, rect.left() + px(4), baseline, text, scale, bold, color, labels - px(8)
    )


def dst_pen(style: ChartStyle, points: float) -> QPen:
    """The dashed pen of a clock change, ``points`` wide (at least one device pixel)."""
    pen = QPen(style.color(style.palette.dst))
    pen.setWidthF(max(1.0, style.px(points)))
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def hatch_brush(style: ChartStyle) -> QBrush:
    """The diagonal hatching of holidays and days off, scaled up on high-resolution devices."""
    brush = QBrush(style.color(style.palette.holiday_line), Qt.BrushStyle.BDiagPattern)
    if style.unit > 3:
        brush.setTransform(brush.transform().scale(style.unit / 2, style.unit / 2))
    return brush


def draw_static(
    painter: QPainter,
    style: ChartStyle,
    x: float,
    baseline: float,
    text: str,
    scale: float,
    color: str,
) -> None:
    """A short label (a shift's times, a duration) at a baseline, as static text."""
    painter.setFont(style.font(scale))
    painter.setPen(style.color(color))
    painter.drawStaticText(
        QPointF(x, baseline - style.metrics(scale).ascent()), style.static(text, scale)
    )
