"""Formulas on screen read left to right inside Persian/Arabic text; chart labels keep spaces.

Visual order is measured with Qt's own text layout (glyph x positions) in a right-to-left
paragraph, the way a header, tooltip or label is drawn.
"""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from retention_desktop.core import formatting as fmt
from retention_desktop.ui.dialogs.definitions_dialog import card_html
from retention_desktop.ui.widgets.table import DataFrameModel

FA = fmt.LocaleSettings.for_language("fa")


@pytest.fixture
def persian():
    previous = fmt.set_locale(FA)
    yield
    fmt.set_locale(previous)


def _glyph_x(text: str,
             direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft) -> dict[int, float]:
    """x position of each character's glyph in a line of the given paragraph direction
    (right to left by default; Auto: from the text)."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 12))
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(4000)
    layout.endLayout()
    xs = {}
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for pos, index in zip(run.positions(), run.stringIndexes(), strict=False):
            xs.setdefault(index, pos.x())
    return xs


def _reads_left_to_right(text: str, first: str, last: str) -> bool:
    xs = _glyph_x(text)
    return xs[text.index(first)] < xs[text.rindex(last)]


def test_formula_in_a_table_header_is_not_reversed(qapp, persian):
    model = DataFrameModel()
    model.set_frame(pd.DataFrame({"crr": [0.5]}), headers={"crr": "نرخ نگهداشت (E−N)/S0"})
    shown = model.headerData(0, Qt.Orientation.Horizontal)
    # "(E−N)/S0" stays in that order: E left of S, not "S0/(E−N)"
    assert _reads_left_to_right(shown, "E", "S")
    # and the Persian words still come first, at the right
    xs = _glyph_x(shown)
    assert xs[shown.index("ن")] > xs[shown.index("S")]
    # row numbers use the locale's digits
    assert model.headerData(0, Qt.Orientation.Vertical) == "۱"


def test_definition_card_formula_reads_left_to_right(qapp, persian):
    from retention_desktop.core.engine import definitions
    from retention_desktop.ui.i18n import install_translators, tr_core

    install_translators(qapp, "fa")
    try:
        page = card_html(definitions.get("churn_rate"), lambda t: tr_core(t, "definitions"))
    finally:
        install_translators(qapp, "en")
    text = html.unescape(re.findall(r"<td>(.*?)</td>", page)[1])
    assert "(S0 - R) / S0" in fmt.to_latin_digits(text)
    assert re.search(r"[\u0600-\u06ff]", text)  # the card is shown in Persian
    assert _reads_left_to_right(text, "(", "S0")  # not "S0 / (S0 - R)"
    assert page.startswith("<div dir='rtl'>")


def test_negative_interval_reads_lower_bound_first(qapp, persian):
    low, high = fmt.fmt_percent(-0.021, 1), fmt.fmt_percent(0.035, 1)
    text = fmt.fmt_range(low, high)
    xs = _glyph_x(text)
    # right to left: the lower bound is read first, so it sits right of the upper bound
    assert xs[text.index("۲")] > xs[text.index("۳")]


def test_percent_sign_sits_on_the_same_side_alone_and_in_a_sentence(qapp):
    for lang in ("fa", "ar"):
        loc = fmt.LocaleSettings.for_language(lang)
        value = fmt.fmt_percent(0.352, 1, loc)
        sides = []
        for text in (value, "بهبود " + value):
            xs = _glyph_x(text)
            sign, digit = text.index("٪"), text.index(fmt.to_local_digits("3", loc))
            sides.append(xs[sign] < xs[digit])
        assert sides[0] == sides[1], lang


def _ink_columns(image, top: int, bottom: int) -> list[int]:
    """x of every column holding dark pixels between rows ``top`` and ``bottom``."""
    cols = []
    for x in range(image.width()):
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(top, bottom)):
            cols.append(x)
    return cols


def test_chart_axis_keeps_the_space_between_month_and_year(qapp, persian):
    """pyqtgraph's cached QPicture dropped it ("آذر۱۴۰۳"); the label must be as wide as
    Qt draws the same text directly."""
    import datetime as dt

    import pyqtgraph as pg
    from PySide6.QtGui import QColor, QImage, QPainter

    from retention_desktop.ui.charts.axes import PeriodAxisItem, install_axis_localization

    install_axis_localization()
    axis = PeriodAxisItem([dt.date(2024, 5, 21)], "month")
    label = axis._labels[0]
    assert " " in label
    widget = pg.PlotWidget(axisItems={"bottom": axis}, background="w")
    axis.setTextPen("k")
    widget.plot([0, 1], [0, 1])
    widget.setXRange(-1, 1)
    widget.resize(400, 200)
    widget.show()
    qapp.processEvents()
    shot = widget.grab().toImage()
    area = axis.sceneBoundingRect()
    top, bottom = int(area.top()) + 6, int(area.bottom()) - 1
    ink = [x for x in _ink_columns(shot, top, bottom)]
    shown = ink[-1] - ink[0]
    # the same text drawn by Qt directly, in the axis font
    ref = QImage(400, 60, QImage.Format.Format_ARGB32)
    ref.fill(QColor("white"))
    p = QPainter(ref)
    p.setFont(axis.style["tickFont"] or widget.font())
    p.setPen(QColor("black"))
    p.drawText(10, 40, label)
    p.end()
    ref_ink = _ink_columns(ref, 0, 60)
    expected = ref_ink[-1] - ref_ink[0]
    widget.close()
    assert abs(shown - expected) <= 2, (shown, expected)


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_signed_change_in_points_keeps_its_sign_and_reads_right_to_left(qapp, lang):
    """An Overview card's change "-7.4 pts": Arabic showed "٧٫٤ نقطة مئوية-" (minus detached
    at the far left); Persian started with a left-to-right mark, so the line ran left to
    right and "واحد درصد" was read before the number."""
    from PySide6.QtCore import QCoreApplication

    from retention_desktop.ui import fmt as ui_fmt
    from retention_desktop.ui.i18n import install_translators

    previous = fmt.set_locale(fmt.LocaleSettings.for_language(lang))
    install_translators(qapp, lang)
    try:
        template = QCoreApplication.translate("OverviewTab", "{0} pts")
        texts = {sign: template.format(ui_fmt.signed_points(sign * 0.074)) for sign in (-1, 1)}
    finally:
        install_translators(qapp, "en")
        fmt.set_locale(previous)
    assert "pts" not in template  # the card is shown translated
    seven, four = fmt.to_local_digits("7", fmt.LocaleSettings.for_language(lang)), \
        fmt.to_local_digits("4", fmt.LocaleSettings.for_language(lang))
    for sign, text in texts.items():
        mark = "-" if sign < 0 else "+"
        # a label lays its text out right to left, or in the direction the text starts with
        for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LayoutDirectionAuto):
            xs = _glyph_x(text, direction)
            s, a, b = xs[text.index(mark)], xs[text.index(seven)], xs[text.index(four)]
            assert s < a < b, (lang, text, direction)  # "-7.4": sign, then the digits
            words = [xs[i] for i, ch in enumerate(text) if "\u0600" <= ch <= "\u06ff"
                     and not ch.isdigit() and ch not in "٫٬" and i in xs]
            assert words
            # nothing between the sign and its number, and the number read first (right)
            assert all(x < s for x in words), (lang, text, direction)
