"""A year strip's runs drawn as one image set the pixels their fills set, one by one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from ui.chart.layers import cell_runs
from ui.chart.layers.cell_runs import Run, fill_runs

COLOURS = [QColor(c) for c in ("#e8eef5", "#1f6f43", "#7fbf7f", "#c0392b", "#f5d76e")]

RUNS = st.lists(
    st.tuples(st.integers(1, 4), st.integers(1, 9), st.integers(1, len(COLOURS) - 1)),
    max_size=40,
)


def filled(image: QImage, draw, move: tuple[int, int]) -> QImage:  # type: ignore[no-untyped-def]
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    painter.translate(*move)
    draw(painter)
    painter.end()
    return image


def one_by_one(
    painter: QPainter,
    x0: float,
    y: float,
    cell: float,
    height: float,
    days: int,
    ground: QColor,
    runs: list[Run],
) -> None:
    painter.fillRect(QRectF(x0, y, days * cell + 0.5, height), ground)
    for start, count, color in runs:
        painter.fillRect(QRectF(x0 + start * cell, y, count * cell + 0.5, height), color)


@settings(max_examples=150, deadline=None)
@given(
    x0=st.floats(0, 60, allow_nan=False).map(lambda v: round(v * 4) / 4 + 0.001 * (v % 1 > 0.5)),
    y=st.floats(-30, 40, allow_nan=False).map(lambda v: round(v * 2) / 2),
    cell=st.sampled_from((1.0, 1.5, 2.5, 2.7397, 2.9315, 3.25, 0.8)),
    height=st.sampled_from((20.0, 27.5, 31.3)),
    gaps=RUNS,
    move=st.tuples(st.integers(-5, 5), st.integers(-40, 40)),
    form=st.sampled_from((QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)),
)
def test_the_image_sets_the_pixels_the_fills_set(
    x0: float,
    y: float,
    cell: float,
    height: float,
    gaps: list[tuple[int, int, int]],
    move: tuple[int, int],
    form: QImage.Format,
) -> None:
    runs: list[Run] = []
    day = 0
    for gap, count, colour in gaps:  # runs in day order, as the strip gives them
        day += gap
        runs.append((day, count, COLOURS[colour]))
        day += count
    days = day + 3
    size = (int(x0 + days * cell) + 20, 120)
    expected = filled(
        QImage(*size, form),
        lambda p: one_by_one(p, x0, y, cell, height, days, COLOURS[0], runs),
        move,
    )
    drawn: list[bool] = []

    def draw(painter: QPainter) -> None:
        drawn.append(cell_runs._as_image(painter, x0, y, cell, height, days, COLOURS[0], runs))
        if not drawn[-1]:
            fill_runs(painter, x0, y, cell, height, days, COLOURS[0], runs)

    assert filled(QImage(*size, form), draw, move) == expected
    # The image, not the fills (but for a strip that starts left of the device).
    assert drawn == [x0 + move[0] >= 0]
    # Drawn again (a repaint, a scroll, a switch back): its row of pixels as kept, the same.
    kept = dict(cell_runs._LINES)
    assert filled(QImage(*size, form), draw, move) == expected
    assert kept == cell_runs._LINES


def test_other_devices_and_transforms_get_the_fills() -> None:
    runs: list[Run] = [(2, 3, COLOURS[1])]
    for device, scale, alpha in (
        (QImage(50, 20, QImage.Format.Format_RGB16), 1.0, 255),
        (QPixmap(50, 20), 2.0, 255),
        (QImage(50, 20, QImage.Format.Format_RGB32), 1.0, 128),
    ):
        painter = QPainter(device)
        painter.scale(scale, scale)
        ground = QColor(COLOURS[0])
        ground.setAlpha(alpha)
        assert not cell_runs._as_image(painter, 1.0, 1.0, 2.5, 10.0, 9, ground, runs)
        fill_runs(painter, 1.0, 1.0, 2.5, 10.0, 9, ground, runs)
        painter.end()
