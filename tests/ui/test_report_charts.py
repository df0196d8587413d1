"""The printed retention curve's axis reaches above its data, with exact labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from retention_desktop.core import formatting as fmt
from retention_desktop.ui.report import charts


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_curve_axis_top_label_is_not_below_the_highest_point(qapp, lang):
    """An Arabic report's axis ended at "٪١٦" with a 16.4 % curve running off its top: the
    labels are read back (as printed, 0 decimals) and the top one must cover the data."""
    loc = fmt.LocaleSettings.for_language(lang)
    curves = [[None, 0.164, 0.12, 0.09], [None, 0.15, 0.11, None]]
    mean = [None, 0.157, 0.115, 0.09]
    printed: list[str] = []

    def y_text(v: float) -> str:  # what the page prints (report page: 0-decimal percents)
        printed.append(fmt.fmt_percent(v, 0, loc=loc))
        return printed[-1]

    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    try:
        charts.line_chart(p, QRectF(0, 0, 300, 200), curves, mean, ["0", "1", "2", "3"],
                          y_text, rtl=loc.rtl, y_step=0.01)
    finally:
        p.end()
    values = [_latin_percent(t) for t in printed]
    assert len(values) == 5 and values[0] == 0
    assert values[-1] >= 0.164, printed
    # evenly spaced, each label exact: the steps are equal whole percents
    steps = {round(b - a, 6) for a, b in zip(values[:-1], values[1:], strict=True)}
    assert len(steps) == 1, printed


def _latin_percent(text: str) -> float:
    """A whole-percent label in any digit system back to a fraction."""
    digits = "".join(str("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹".index(c) % 10)
                     for c in text if c in "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
    return int(digits) / 100
