"""The demand dialog's week chart: contacts per interval as bars, agents required as a line."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

# The chart's Okabe-Ito colours: sky blue for agents' time, blue for a line over it.
SKY_BLUE = "#56B4E9"
BLUE = "#0072B2"


class ProfileView(QWidget):
    """A week of contacts (bars, left scale) and agents required (line, right scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts: tuple[tuple[float, ...], ...] = ()
        self.required: tuple[tuple[int, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)
        self.setAccessibleName(self.tr("Week profile of contacts and agents required"))

    def sizeHint(self) -> QSize:
        """Wide and low: a week side by side."""
        return QSize(640, 180)

    def set_profile(
        self, contacts: tuple[tuple[float, ...], ...], required: tuple[tuple[int, ...], ...]
    ) -> None:
        """Show a week (empty tuples clear the chart)."""
        self.contacts, self.required = contacts, required
        self.setToolTip(self.summary())
        self.update()

    def _empty(self) -> bool:
        return not self.contacts or not any(any(day) for day in self.contacts)

    def summary(self) -> str:
        """The week in words (also the tooltip): contacts, busiest interval, most agents."""
        if self._empty():
            return self.tr("No contacts")
        total = sum(sum(day) for day in self.contacts)
        most = max(max(day) for day in self.contacts)
        agents = max((max(day) for day in self.required), default=0)
        return self.tr(
            "{total} contacts a week; busiest interval {most} contacts; "
            "at most {agents} agents required"
        ).format(total=f"{total:,.0f}", most=f"{most:g}", agents=agents)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Seven day panels, bars and line scaled to the week's maxima."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        text_color = self.palette().text().color()
        metrics = painter.fontMetrics()
        top, bottom = metrics.height() + 4.0, self.height() - metrics.height() - 6.0
        left, right = 4.0, self.width() - 4.0
        painter.setPen(text_color)
        if self._empty() or bottom <= top:
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No contacts")
            )
            painter.end()
            return
        most = max(max(day) for day in self.contacts)
        agents = max((max(day) for day in self.required), default=0) or 1
        contacts_label = self.tr("contacts (bars), max {most}").format(most=f"{most:g}")
        painter.drawText(QPointF(left, metrics.ascent() + 1), contacts_label)
        label = self.tr("agents required (line), max {agents}").format(agents=agents)
        painter.drawText(
            QPointF(right - metrics.horizontalAdvance(label), metrics.ascent() + 1), label
        )
        width = (right - left) / 7
        height = bottom - top
        frame = QPen(self.palette().mid().color())
        line_pen = QPen(QColor(BLUE))
        line_pen.setWidthF(1.5)
        bar_color = QColor(SKY_BLUE)
        for day, values in enumerate(self.contacts):
            x0 = left + day * width
            painter.setPen(frame)
            painter.drawRect(QRectF(x0, top, width, height))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x0, bottom + 2, width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat),
            )
            step = width / len(values)
            for slot, value in enumerate(values):
                if value:
                    bar = height * value / most
                    painter.fillRect(
                        QRectF(x0 + slot * step, bottom - bar, max(step - 0.5, 0.5), bar),
                        bar_color,
                    )
            if self.required:
                line = QPolygonF()
                for slot, need in enumerate(self.required[day]):
                    y = bottom - height * need / agents
                    line.append(QPointF(x0 + slot * step, y))
                    line.append(QPointF(x0 + (slot + 1) * step, y))
                painter.setPen(line_pen)
                painter.drawPolyline(line)
        painter.end()
