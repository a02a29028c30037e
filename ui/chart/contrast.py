"""High-contrast colours for the chart on screen: chosen by the system's setting, or forced.

Qt 6.10+ says whether the user asked the system for more contrast
(``QStyleHints.accessibility().contrastPreference()``, ``Qt.ContrastPreference``); the
View menu can force high contrast on where the system does not say so. The palettes keep
the standard one's meaning (which colour is working time, overlap, a holiday) with pure
black or white around them, every fill at least 4.5:1 against the background and text
on bars at least 7:1 against the fills.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibilityHints, QColor, QGuiApplication, QPalette, QStyleHints

from ui.chart.style import DARK, Palette, system_palette

HIGH_CONTRAST = Palette(
    name="high-contrast",
    background="#FFFFFF",
    text="#000000",
    muted="#000000",
    grid="#000000",
    row_alt="#FFFFFF",
    header="#FFFFFF",
    night_bg="#D9D9D9",
    working="#003FBF",
    early_late="#7A3A00",
    night="#5E0096",
    overlap="#005C00",
    holiday="#000000",
    holiday_line="#000000",
    gap="#B00000",
    now="#B00000",
    dst="#000000",
    on_bar="#FFFFFF",
    off_day="#FFFFFF",
    scale_low="#C9D9FF",
    scale_high="#001A66",
    none_day="#B00000",
)

HIGH_CONTRAST_DARK = Palette(
    name="high-contrast-dark",
    background="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    grid="#FFFFFF",
    row_alt="#000000",
    header="#000000",
    night_bg="#262626",
    working="#00FFFF",
    early_late="#FFD000",
    night="#FF8CFF",
    overlap="#00FF00",
    holiday="#FFFFFF",
    holiday_line="#FFFFFF",
    gap="#FF5050",
    now="#FFFF00",
    dst="#FFFFFF",
    on_bar="#000000",
    off_day="#000000",
    scale_low="#003344",
    scale_high="#00FFFF",
    none_day="#FF5050",
)


_hints: list[tuple[QStyleHints, QAccessibilityHints]] = []


def accessibility_hints() -> QAccessibilityHints:
    """Qt's accessibility hints, one wrapper kept for the process.

    PySide invalidates the accessibility hints' wrapper with the style hints' wrapper it
    came from (every later call fails), so both are kept here.
    """
    if not _hints:
        style = QGuiApplication.styleHints()
        _hints.append((style, style.accessibility()))
    return _hints[0][1]


def system_high_contrast() -> bool:
    """True when the system asks for high contrast (Qt's accessibility hints)."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return False
    preference = accessibility_hints().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def chart_palette(forced: bool = False) -> Palette:
    """The screen chart's colours: high contrast when forced or asked for, else light or dark."""
    base = system_palette()
    if forced or system_high_contrast():
        return HIGH_CONTRAST_DARK if base is DARK else HIGH_CONTRAST
    return base


def application_palette(dark: bool) -> QPalette:
    """Widget colours to go with the high-contrast chart (the View menu's forced mode).

    Black on white (white on black when ``dark``), the selection in the chart's working
    colour, links and focus in a colour at least 7:1 against the background.
    """
    chart = HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST
    background, text = QColor(chart.background), QColor(chart.text)
    accent = QColor(chart.working)
    palette = QPalette(text, background)
    role = QPalette.ColorRole
    for which, color in (
        (role.Window, background),
        (role.Base, background),
        (role.AlternateBase, QColor(chart.night_bg)),
        (role.Button, background),
        (role.WindowText, text),
        (role.Text, text),
        (role.ButtonText, text),
        (role.ToolTipBase, background),
        (role.ToolTipText, text),
        (role.PlaceholderText, text),
        (role.BrightText, text),
        (role.Highlight, accent),
        (role.HighlightedText, QColor(chart.on_bar)),
        (role.Link, accent),
        (role.LinkVisited, QColor(chart.night)),
        (role.Light, text),
        (role.Midlight, text),
        (role.Mid, text),
        (role.Dark, text),
        (role.Shadow, text),
        (role.Accent, accent),
    ):
        palette.setColor(which, color)
    disabled = QPalette.ColorGroup.Disabled
    muted = QColor("#767676")  # 4.5:1 on black and on white
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, muted)
    return palette


_saved: list[QPalette] = []


def force_application_palette(on: bool) -> None:
    """Give every widget the high-contrast colours (on), or the ones it had before (off).

    Process-wide, like the application's palette: a second window forcing it again keeps
    the palette of before the first.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    if on and not _saved:
        _saved.append(QGuiApplication.palette())
        QGuiApplication.setPalette(
            application_palette(chart_palette(forced=True) is HIGH_CONTRAST_DARK)
        )
    elif not on and _saved:
        QGuiApplication.setPalette(_saved.pop())
