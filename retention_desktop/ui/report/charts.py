"""Vector charts painted straight onto a QPainter (PDF, printer, preview alike).

pyqtgraph is for the interactive screens; the printed page needs crisp vector output on
any device and charts that stay legible in greyscale, so these few chart types are
drawn here directly: a heatmap with its numbers printed in the cells (colour is never
the only carrier), line charts with a bold mean line, and stacked bars with hatching.
All coordinates are in the painter's logical units (points on the report page).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

INK = QColor(30, 30, 30)
MUTED = QColor(110, 110, 110)
GRID = QColor(215, 215, 215)


def ramp(t: float) -> QColor:
    """Sequential colour for a value in 0..1: light to dark blue, monotonic in luminance
    so the heatmap still reads correctly when printed in greyscale."""
    t = min(max(t, 0.0), 1.0)
    light, dark = (239, 245, 251), (8, 69, 148)
    return QColor(*(round(a + (b - a) * t) for a, b in zip(light, dark, strict=True)))


def text_on(color: QColor) -> QColor:
    """Black or white text, whichever reads better on ``color``."""
    return QColor("white") if color.lightnessF() < 0.55 else INK


def font(pixel: int, bold: bool = False, family: str | None = None) -> QFont:
    """A font sized in page units (points)."""
    f = QFont(family) if family else QFont()
    f.setPixelSize(max(1, pixel))
    f.setBold(bold)
    # no "fi"/"fl" ligatures: PDF text must stay searchable and copyable as typed
    # (Arabic-script joining uses the required 'rlig' feature, which stays on)
    f.setFeature(QFont.Tag("liga"), 0)
    return f


class Mirror:
    """Maps x positions inside a rect, mirrored for right-to-left pages.

    In Persian/Arabic reports time runs right to left (the reader's direction), so chart
    x coordinates are mirrored inside their own rectangle.
    """

    def __init__(self, rect: QRectF, rtl: bool) -> None:
        self.rect, self.rtl = rect, rtl

    def x(self, x: float) -> float:
        """Mirror an absolute x coordinate inside the rect."""
        return self.rect.left() + self.rect.right() - x if self.rtl else x

    def box(self, r: QRectF) -> QRectF:
        """Mirror a rect horizontally inside the rect."""
        if not self.rtl:
            return r
        return QRectF(self.x(r.right()), r.top(), r.width(), r.height())


def heatmap(
    p: QPainter,
    rect: QRectF,
    rows: Sequence[str],
    cols: Sequence[str],
    values: Sequence[Sequence[float | None]],
    cell_text: Callable[[float], str],
    *,
    rtl: bool = False,
    family: str | None = None,
    vmax: float | None = None,
) -> None:
    """Cohort heatmap: row labels, column labels on top, the value printed in each cell."""
    if not rows or not cols:
        return
    label_w = min(70.0, rect.width() * 0.22)
    head_h = 11.0
    grid = QRectF(rect.left() + label_w, rect.top() + head_h,
                  rect.width() - label_w, rect.height() - head_h)
    m = Mirror(rect, rtl)
    cw, ch = grid.width() / len(cols), grid.height() / len(rows)
    finite = [v for row in values for v in row if v is not None]
    top = vmax if vmax is not None else (max(finite) if finite else 1.0) or 1.0
    fpx = int(max(5, min(8, ch * 0.62, cw * 0.34)))
    p.setFont(font(fpx, family=family))
    for j, name in enumerate(cols):
        r = m.box(QRectF(grid.left() + j * cw, rect.top(), cw, head_h))
        p.setPen(MUTED)
        p.drawText(r, Qt.AlignCenter, name)
    for i, name in enumerate(rows):
        r = m.box(QRectF(rect.left(), grid.top() + i * ch, label_w - 3, ch))
        p.setPen(INK)
        p.drawText(r, (Qt.AlignLeft if rtl else Qt.AlignRight) | Qt.AlignVCenter | Qt.AlignAbsolute, name)
        for j in range(len(cols)):
            v = values[i][j] if j < len(values[i]) else None
            cell = m.box(QRectF(grid.left() + j * cw, grid.top() + i * ch, cw, ch))
            if v is None:
                continue
            colour = ramp(v / top if top else 0.0)
            p.fillRect(cell.adjusted(0.3, 0.3, -0.3, -0.3), colour)
            p.setPen(text_on(colour))
            p.drawText(cell, Qt.AlignCenter, cell_text(v))


def line_chart(
    p: QPainter,
    rect: QRectF,
    series: Sequence[Sequence[float | None]],
    highlight: Sequence[float | None],
    x_labels: Sequence[str],
    y_text: Callable[[float], str],
    *,
    rtl: bool = False,
    family: str | None = None,
    y_max: float | None = None,
    y_step: float | None = None,
) -> None:
    """Thin grey lines for each series plus a bold highlighted line (e.g. the mean curve).

    ``y_step``: the axis' four intervals are whole multiples of it (0.01: whole percents),
    so the top label is at or above the highest point and every label is exact.
    """
    n = max([len(s) for s in series] + [len(highlight), 1])
    left_pad, bottom_pad = 28.0, 12.0
    plot = QRectF(rect.left() + left_pad, rect.top() + 4, rect.width() - left_pad - 4,
                  rect.height() - bottom_pad - 4)
    if rtl:
        plot.moveLeft(rect.left() + 4)
    m = Mirror(plot, rtl)
    vals = [v for s in list(series) + [highlight] for v in s if v is not None]
    top = y_max if y_max is not None else axis_top(max(vals) if vals else 1.0, y_step)
    p.setFont(font(6, family=family))
    for step in range(5):
        y_val = top * step / 4
        y = plot.bottom() - plot.height() * step / 4
        p.setPen(QPen(GRID, 0.4))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        tr = (QRectF(plot.right() + 2, y - 5, left_pad - 4, 10) if rtl
              else QRectF(rect.left(), y - 5, left_pad - 3, 10))
        p.drawText(tr, (Qt.AlignLeft if rtl else Qt.AlignRight) | Qt.AlignVCenter | Qt.AlignAbsolute, y_text(y_val))

    def xy(k: int, v: float) -> QPointF:
        x = plot.left() + (plot.width() * k / max(n - 1, 1))
        return QPointF(m.x(x), plot.bottom() - plot.height() * min(v / top, 1.0))

    def draw(s: Sequence[float | None], pen: QPen) -> None:
        path, started = QPainterPath(), False
        for k, v in enumerate(s):
            if v is None:
                started = False
                continue
            pt = xy(k, v)
            if started:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                started = True
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawPath(path)

    for s in series:
        draw(s, QPen(QColor(170, 170, 170), 0.5))
    draw(highlight, QPen(INK, 1.6))
    for k, v in enumerate(highlight):
        if v is not None:
            p.setBrush(INK)
            p.drawEllipse(xy(k, v), 1.3, 1.3)
    p.setPen(MUTED)
    every = max(1, len(x_labels) // 8)
    for k, name in enumerate(x_labels):
        if k % every:
            continue
        pt = xy(k, 0)
        p.drawText(QRectF(pt.x() - 12, plot.bottom() + 1, 24, bottom_pad), Qt.AlignCenter, name)


def axis_top(vmax: float, step: float | None = None, intervals: int = 4) -> float:
    """Top of a value axis that starts at 0: at or above ``vmax``.

    With ``step`` each of the ``intervals`` is a whole multiple of it, so a label printed
    to that precision is exact; a 16.4 % curve under a top label of "16 %" read as off the
    chart.
    """
    if not vmax or vmax != vmax or vmax <= 0:
        return 1.0
    if not step:
        return vmax
    return math.ceil(vmax / (intervals * step) - 1e-9) * intervals * step


def stacked_bars(
    p: QPainter,
    rect: QRectF,
    labels: Sequence[str],
    up: Sequence[Sequence[float]],
    down: Sequence[float],
    up_names: Sequence[str],
    down_name: str,
    *,
    rtl: bool = False,
    family: str | None = None,
) -> None:
    """Lifecycle bars: stacked parts above zero, one part (dormant) below zero.

    Parts are told apart by fill *and* hatching so greyscale prints stay readable.
    """
    if not labels:
        return
    legend_h = 10.0
    plot = QRectF(rect.left(), rect.top() + legend_h, rect.width(), rect.height() - legend_h - 10)
    m = Mirror(plot, rtl)
    tops = [sum(parts) for parts in up]
    hi, lo = max(tops + [1.0]), max(list(down) + [0.0])
    zero_y = plot.top() + plot.height() * hi / (hi + lo)
    scale = plot.height() / (hi + lo)
    styles = [
        (QColor(49, 130, 189), Qt.SolidPattern),
        (QColor(158, 202, 225), Qt.BDiagPattern),
        (QColor(107, 174, 214), Qt.Dense4Pattern),
    ]
    down_style = (QColor(200, 90, 80), Qt.FDiagPattern)
    bw = plot.width() / len(labels)
    for i, parts in enumerate(up):
        x, y = plot.left() + i * bw + bw * 0.15, zero_y
        for part, (col, pat) in zip(parts, styles, strict=False):
            h = part * scale
            r = m.box(QRectF(x, y - h, bw * 0.7, h))
            p.fillRect(r, col)
            p.fillRect(r, QBrush(QColor(255, 255, 255, 160), pat))
            y -= h
        h = down[i] * scale
        r = m.box(QRectF(x, zero_y, bw * 0.7, h))
        p.fillRect(r, down_style[0])
        p.fillRect(r, QBrush(QColor(255, 255, 255, 150), down_style[1]))
    p.setPen(QPen(INK, 0.6))
    p.drawLine(QPointF(plot.left(), zero_y), QPointF(plot.right(), zero_y))
    p.setFont(font(6, family=family))
    p.setPen(MUTED)
    widest = max(p.fontMetrics().horizontalAdvance(name) for name in labels) + 4
    every = max(1, int(-(-widest // bw)))  # skip labels that would overlap
    for i, name in enumerate(labels):
        if i % every:
            continue
        r = m.box(QRectF(plot.left() + i * bw + bw / 2 - widest / 2, plot.bottom() + 1, widest, 9))
        p.drawText(r, Qt.AlignCenter, name)
    # legend
    x = rect.left()
    names = list(up_names) + [down_name]
    swatches = styles[: len(up_names)] + [down_style]
    lm = Mirror(rect, rtl)
    for name, (col, pat) in zip(names, swatches, strict=True):
        sw = lm.box(QRectF(x, rect.top() + 1, 7, 7))
        p.fillRect(sw, col)
        p.fillRect(sw, QBrush(QColor(255, 255, 255, 150), pat))
        width = p.fontMetrics().horizontalAdvance(name) + 6
        tr = lm.box(QRectF(x + 9, rect.top() - 1, width, 10))
        p.setPen(INK)
        p.drawText(tr, (Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignVCenter | Qt.AlignAbsolute, name)
        x += 9 + width + 6
