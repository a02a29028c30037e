"""Colours and sizes of the chart: a colour-blind-safe palette (Okabe-Ito), light and dark.

Sizes are in typographic points and turned into device pixels with the device's
resolution (``unit`` = pixels per point), so the same chart has paper-sized fonts on a
1200 dpi printer and screen-sized fonts on a monitor, without scaling the painter.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPaintDevice,
    QStaticText,
    QTransform,
)

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"


@dataclass(frozen=True, slots=True)
class Palette:
    """The chart's colours, as ``#RRGGBB`` strings."""

    name: str
    background: str
    text: str
    muted: str
    grid: str
    row_alt: str
    header: str
    night_bg: str
    working: str
    early_late: str
    night: str
    overlap: str
    holiday: str
    holiday_line: str
    gap: str
    now: str
    dst: str
    on_bar: str
    off_day: str
    scale_low: str
    scale_high: str
    none_day: str


LIGHT = Palette(
    name="light",
    background="#FFFFFF",
    text="#1A1A1A",
    muted="#5C5C5C",
    grid="#D4D7DC",
    row_alt="#F6F7F9",
    header="#ECEFF3",
    night_bg="#E4E4EE",
    working=SKY_BLUE,
    early_late=ORANGE,
    night=REDDISH_PURPLE,
    overlap=BLUISH_GREEN,
    holiday=YELLOW,
    holiday_line="#8C7E00",
    gap=VERMILLION,
    now=BLUE,
    dst="#1A1A1A",
    on_bar="#111111",
    off_day="#E8E8E8",
    scale_low="#D3E9F7",
    scale_high=BLUE,
    none_day=VERMILLION,
)

DARK = Palette(
    name="dark",
    background="#1E1F22",
    text="#E8E8E8",
    muted="#A6A6A6",
    grid="#3C3F44",
    row_alt="#25272B",
    header="#2D3035",
    night_bg="#2E2C3A",
    working=SKY_BLUE,
    early_late=ORANGE,
    night=REDDISH_PURPLE,
    overlap=BLUISH_GREEN,
    holiday=YELLOW,
    holiday_line="#F0E442",
    gap=VERMILLION,
    now="#8FD0F8",
    dst="#E8E8E8",
    on_bar="#111111",
    off_day="#34363B",
    scale_low="#1F3A4E",
    scale_high=SKY_BLUE,
    none_day=VERMILLION,
)


def system_palette() -> Palette:
    """The dark palette when the system (or the application's palette) is dark, else light."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return DARK
        if scheme == Qt.ColorScheme.Light:
            return LIGHT
        return DARK if QGuiApplication.palette().window().color().lightness() < 128 else LIGHT
    return LIGHT


#: Laid-out texts a style keeps (a large organisation's labels several times over).
_KEPT_TEXTS = 16384


@dataclass(slots=True)
class ChartStyle:
    """Colours, sizes (in points) and the device's pixels per point.

    Attributes:
        palette: the colours.
        unit: device pixels per typographic point (``dpi / 72``).
        clock24: 24-hour labels.
        row: a team row's height in points.
        header: a day block's header height in points.
        font_pt: the base text size in points.
        family: the font family ("" for the application's default).
    """

    palette: Palette = LIGHT
    unit: float = 96 / 72
    clock24: bool = True
    row: float = 34.0
    header: float = 30.0
    font_pt: float = 8.5
    family: str = ""
    _fonts: dict[tuple[float, bool], QFont] = field(default_factory=dict, repr=False)
    _metrics: dict[tuple[float, bool], QFontMetricsF] = field(default_factory=dict, repr=False)
    _colors: dict[str, QColor] = field(default_factory=dict, repr=False)
    _widths: dict[tuple[float, bool, str], float] = field(default_factory=dict, repr=False)
    _statics: dict[tuple[float, bool, str], QStaticText] = field(default_factory=dict, repr=False)
    _elided: dict[tuple[float, bool, str, float], str] = field(default_factory=dict, repr=False)
    placed: dict[tuple[object, ...], tuple[object, list[tuple[QPointF, QStaticText]]]] = field(
        default_factory=dict, repr=False
    )
    strip_runs: dict[int, tuple[object, ...]] = field(default_factory=dict, repr=False)
    """The year view's strips as coloured runs, by the strip (``ui.chart.layers.year``)."""
    lines: dict[tuple[object, ...], tuple[object, list[QLineF]]] = field(
        default_factory=dict, repr=False
    )
    """A day block's hour lines, by its axis and place (``ui.chart.layers.grid``)."""

    @classmethod
    def for_device(cls, device: QPaintDevice, **settings: object) -> ChartStyle:
        """A style whose points match ``device``'s resolution."""
        style = cls(**settings)  # type: ignore[arg-type]
        style.unit = max(device.logicalDpiY(), 1) / 72
        return style

    def with_changes(self, **settings: object) -> ChartStyle:
        """A copy with some settings changed (caches are rebuilt)."""
        copy = replace(self, **settings)  # type: ignore[arg-type]
        copy._fonts, copy._metrics, copy._colors, copy._widths = {}, {}, {}, {}
        copy._statics, copy._elided, copy.placed, copy.strip_runs = {}, {}, {}, {}
        copy.lines = {}
        return copy

    def adopt_caches(self, other: ChartStyle) -> None:
        """Share ``other``'s fonts, text sizes and colours when they are the same here.

        They depend on the palette, the resolution, the font and the clock (the hour labels
        placed), not on the row height: a chart changing views keeps its laid-out labels.
        """
        mine = (self.palette, self.unit, self.font_pt, self.family, self.clock24)
        if (other.palette, other.unit, other.font_pt, other.family, other.clock24) == mine:
            self._fonts, self._metrics, self._colors = other._fonts, other._metrics, other._colors
            self._widths, self._statics, self.placed = other._widths, other._statics, other.placed
            self._elided = other._elided
            self.strip_runs = other.strip_runs

    def px(self, points: float) -> float:
        """Points to device pixels."""
        return points * self.unit

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """The text font at ``scale`` times the base size, sized in device pixels."""
        key = (scale, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family) if self.family else QFont()
            font.setPixelSize(max(1, round(self.font_pt * scale * self.unit)))
            font.setBold(bold)
            # Greyscale antialiasing on every device: with the subpixel (LCD) rendering a
            # system may ask for (Ubuntu's fontconfig does), Qt draws text in colour on an
            # opaque surface only, so the window, the chart's kept pictures and the
            # exported PNGs would show the same chart with two kinds of text.
            font.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
            self._fonts[key] = font
        return font

    def metrics(self, scale: float = 1.0, bold: bool = False) -> QFontMetricsF:
        """Metrics of :meth:`font`."""
        key = (scale, bold)
        found = self._metrics.get(key)
        if found is None:
            found = QFontMetricsF(self.font(scale, bold))
            self._metrics[key] = found
        return found

    def width(self, text: str, scale: float = 1.0, bold: bool = False) -> float:
        """The advance of ``text`` in :meth:`font` (cached)."""
        key = (scale, bold, text)
        found = self._widths.get(key)
        if found is None:
            found = self.metrics(scale, bold).horizontalAdvance(text)
            self._widths[key] = found
        return found

    def elided(self, text: str, scale: float, bold: bool, max_width: float) -> str:
        """``text`` cut to ``max_width`` with an ellipsis at its end (cached)."""
        key = (scale, bold, text, max_width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) >= _KEPT_TEXTS:
                self._elided.clear()
            metrics = self.metrics(scale, bold)
            found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width)
            self._elided[key] = found
        return found

    def static(self, text: str, scale: float = 1.0, bold: bool = False) -> QStaticText:
        """A laid-out short label (hours, shift times), drawn four times faster than text."""
        key = (scale, bold, text)
        found = self._statics.get(key)
        if found is None:
            if len(self._statics) >= _KEPT_TEXTS:
                self._statics.clear()
            found = QStaticText(text)
            found.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            found.prepare(QTransform(), self.font(scale, bold))
            self._statics[key] = found
        return found

    def color(self, value: str, alpha: int = 255) -> QColor:
        """A cached QColor of ``#RRGGBB`` with an alpha."""
        key = f"{value}/{alpha}"
        found = self._colors.get(key)
        if found is None:
            found = QColor(value)
            found.setAlpha(alpha)
            self._colors[key] = found
        return found
