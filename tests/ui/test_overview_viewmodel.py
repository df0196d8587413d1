"""The Overview view model on hand-worked results: card texts, changes, trend and
lifecycle series, retention table, in English and in Persian (Persian digits, Jalali
month names). No widget is built; the tab itself must not index the job's result by
string keys (a guard below)."""

from __future__ import annotations

import ast
import math
from datetime import date
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pytest

from retention_desktop.core import formatting
from retention_desktop.core.engine.results import (
    CrrTable,
    Headline,
    HeadlinePeriod,
    Lifecycle,
    OverviewResult,
    Trend,
)
from retention_desktop.ui.i18n import install_translators
from retention_desktop.ui.viewmodels import overview as vm

BIDI = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """The text without bidi controls (what a reader sees)."""
    return text.translate(BIDI)


# April 2024 against March 2024, minimum 30 customers. Hand-worked changes:
# customers 40 vs 50 -> -20 %; revenue 1000 vs 800 -> +25 %; retention 0.6 vs 0.5 ->
# +10 points; churn 0.4 vs 0.5 -> -10 points; repeat rate rests on 40 >= 30 customers:
# 0.25 vs 0.20 -> +5 points; time to second order rests on 10 new customers -> too few.
NOW = {"customers": 40, "orders": 50, "revenue": 1000.0, "aov": 20.0,
       "purchase_frequency": 1.25, "repeat_purchase_rate": 0.25,
       "returning_customer_rate": 0.5, "new_customers": 10,
       "median_days_to_second_order": None, "S0": 100, "crr_strict": 0.6,
       "churn_rate": 0.4, "enough_history": True, "complete": True,
       "second_within": [{"days": 30, "eligible": 35, "with_second": 7, "share": 0.2}]}
BEFORE = {"customers": 50, "orders": 40, "revenue": 800.0, "aov": 20.0,
          "purchase_frequency": 0.8, "repeat_purchase_rate": 0.2,
          "returning_customer_rate": 0.5, "new_customers": 12,
          "median_days_to_second_order": 20.0, "S0": 90, "crr_strict": 0.5,
          "churn_rate": 0.5, "enough_history": True, "complete": True, "second_within": []}


GREGORIAN_MONTHS = ((date(2024, 4, 1), date(2024, 4, 30)), (date(2024, 3, 1), date(2024, 3, 31)))
# A Jalali project's headline periods are Jalali months: Farvardin 1403, Esfand 1402.
JALALI_MONTHS = ((date(2024, 3, 20), date(2024, 4, 19)), (date(2024, 2, 20), date(2024, 3, 19)))


def tiny_result(now=NOW, before=BEFORE, complete=(True, True, False),
                windows=GREGORIAN_MONTHS) -> OverviewResult:
    (c0, c1), (p0, p1) = windows
    head = Headline("month", "gregorian", 30,
                    HeadlinePeriod(c0, c1, MappingProxyType(now)),
                    None if before is None else HeadlinePeriod(
                        p0, p1, MappingProxyType(before)))
    months = ("2024-03-01", "2024-04-01", "2024-05-01")
    trend = Trend.from_json({"grain": "month", "periods": [
        {"period": m, "start": m, "end": m, "complete": c, "customers": n, "orders": n,
         "revenue": 10.0 * n, "aov": None if n == 0 else 10.0, "purchase_frequency": 1.0,
         "revenue_per_customer": 10.0, "repeat_purchase_rate": 0.0,
         "returning_customer_rate": 0.0, "new_customers": n}
        for m, c, n in zip(months, complete, (50, 40, 0), strict=True)]})
    crr = CrrTable.from_json({"range": {}, "grain": "month", "window_days": None, "periods": [
        {"period": m, "start": m, "end": m, "complete": c, "enough_history": h,
         "too_few": s0 < 30, "S0": s0, "N": 5, "E": s0 - 10, "crr": 0.5, "retained": s0 // 2,
         "crr_strict": 0.5, "churned": s0 - s0 // 2, "churn_rate": 0.5, "resurrected": 1}
        for m, c, h, s0 in zip(months, complete, (False, True, True), (90, 100, 20),
                               strict=True)]})
    lifecycle = Lifecycle.from_json({"range": {}, "grain": "month", "periods": [
        {"period": m, "start": m, "end": m, "complete": c, "enough_history": h, "active": 9,
         "new": 4, "returning": 3, "resurrected": 2, "dormant": d, "quick_ratio": q}
        for m, c, h, d, q in zip(months, complete, (False, True, True), (0, 3, 9),
                                 (None, 2.0, 0.67), strict=True)]})
    return OverviewResult(MappingProxyType({"customers": 60}), head, trend, crr, lifecycle)


EN = vm.Look(grain="month", calendar="gregorian", currency="USD", min_n=30)


def test_cards_in_english():
    cards = {c.key: c for c in vm.cards(tiny_result(), EN)}
    assert cards["customers"].value_text == "40"
    assert (cards["customers"].change, cards["customers"].change_text) == \
        (pytest.approx(-0.2), "-20.0%")
    assert cards["customers"].change_tooltip == "April 2024: 40\nMarch 2024: 50"
    assert (cards["revenue"].value_text, cards["revenue"].change_text) == ("$1,000", "+25.0%")
    assert (cards["crr_strict"].value_text, cards["crr_strict"].change_text) == \
        ("60.0%", "+10.0 pts")
    assert cards["churn_rate"].change == pytest.approx(-0.1)
    assert not cards["churn_rate"].higher_is_better
    assert cards["repeat_purchase_rate"].change_text == "+5.0 pts"
    assert (cards["aov"].change, cards["aov"].change_text) == (0.0, "0.0%")  # no sign on zero
    # 10 new customers < 30: no number, and the change says why
    assert cards["median_days_to_second_order"].value_text == "too few"
    assert cards["median_days_to_second_order"].change_text == \
        "only 10 customers (minimum 30)"
    assert cards["crr_strict"].sentence == ("<p>Of the customers active at the start of "
                                            "April 2024, 60.0% were still active at its end.</p>")
    assert cards["customers"].sparkline == (50.0, 40.0, 0.0)
    # the retention sparkline comes from the retention table, per trend period
    assert cards["crr_strict"].sparkline == (0.5, 0.5, 0.5)
    assert vm.headline_text(tiny_result().headline, EN) == \
        "Cards show April 2024 (Gregorian calendar); changes compare it with March 2024."


def test_cards_in_persian_with_persian_digits(qapp):
    previous = formatting.set_locale(formatting.LocaleSettings.for_language("fa"))
    install_translators(qapp, "fa")
    try:
        look = vm.Look(grain="month", calendar="jalali", currency="", min_n=30)
        cards = {c.key: c for c in vm.cards(tiny_result(windows=JALALI_MONTHS), look)}
        assert plain(cards["customers"].value_text) == "۴۰"
        assert plain(cards["customers"].change_text) == "-۲۰٫۰٪"
        assert plain(cards["crr_strict"].value_text) == "۶۰٫۰٪"
        assert plain(cards["crr_strict"].change_text) == "+۱۰٫۰ واحد درصد"
        assert cards["median_days_to_second_order"].value_text == "خیلی کم"
        # whole Jalali months are named: Farvardin 1403 against Esfand 1402
        assert "فروردین ۱۴۰۳" in cards["customers"].change_tooltip
        assert "اسفند ۱۴۰۲" in cards["customers"].change_tooltip
        assert "فروردین ۱۴۰۳" in vm.headline_text(tiny_result(windows=JALALI_MONTHS).headline,
                                                  look)
        # a span that is not a whole Jalali month (April 2024) is named by its Jalali days
        text = vm.headline_text(tiny_result().headline, look)
        assert "۱۴۰۳/۰۱/۱۳" in text and "۱۴۰۳/۰۲/۱۱" in text, text
    finally:
        install_translators(qapp, "en")
        formatting.set_locale(previous)


def test_no_previous_period_and_one_customer():
    result = tiny_result(before=None)
    cards = {c.key: c for c in vm.cards(result, EN)}
    assert (cards["customers"].change, cards["customers"].change_text) == (None, "—")
    assert cards["customers"].change_tooltip == "Not enough history to compare"
    assert vm.headline_text(result.headline, EN).endswith("no earlier period to compare with.")
    one = dict(NOW, S0=1)
    cards = {c.key: c for c in vm.cards(tiny_result(now=one), EN)}
    assert cards["crr_strict"].change_text == "only 1 customer (minimum 30)"


def test_nobody_behind_a_card_is_said_in_plain_words():
    """The walk's card "Time to second purchase: too few, only 0 customers (minimum 30)"
    on a shop of 2,357 customers: the month had no first-time buyer at all."""
    result = tiny_result(now={**NOW, "new_customers": 0})
    cards = {c.key: c for c in vm.cards(result, EN)}
    card = cards["median_days_to_second_order"]
    assert card.value_text == "too few"
    assert card.change_text == "no first-time buyers in this period"
    assert "0" not in card.change_text
    cards = {c.key: c for c in vm.cards(tiny_result(now={**NOW, "S0": 0}), EN)}
    assert cards["crr_strict"].change_text == "nobody was active at the start of this period"
    # with a few customers the count is still given
    assert cards["median_days_to_second_order"].change_text == \
        "only 10 customers (minimum 30)"


def test_too_early_to_see_second_orders():
    """Last 30 days: 105 new customers, none followed 30 days yet. "Under half came back"
    read as a verdict on them; it is too early to tell."""
    none_followed = [{"days": d, "eligible": 0, "with_second": 0, "share": None}
                     for d in (30, 60, 90)]
    result = tiny_result(now={**NOW, "new_customers": 105, "second_within": none_followed})
    card = {c.key: c for c in vm.cards(result, EN)}["median_days_to_second_order"]
    assert card.value_text == "too early to tell"
    assert card.change_text == "not enough time has passed to see second orders"
    # some followed 30 days and fewer than half came back: that is said as before
    result = tiny_result(now={**NOW, "new_customers": 105})
    card = {c.key: c for c in vm.cards(result, EN)}["median_days_to_second_order"]
    assert card.value_text == "under half came back"


def test_retention_without_history_and_unfinished_period():
    now = dict(NOW, enough_history=False, complete=False)
    result = tiny_result(now=now)
    cards = {c.key: c for c in vm.cards(result, EN)}
    assert cards["crr_strict"].value_text == "not enough history"
    assert cards["crr_strict"].change is None and cards["crr_strict"].change_text == "—"
    assert vm.headline_text(result.headline, EN).startswith("Cards show April 2024 (not finished)")


def test_trend_lifecycle_and_table_series():
    result = tiny_result()
    lines = vm.trend_lines(result.trend, "customers", EN)
    assert lines.categories == ("Mar 2024", "Apr 2024", "May 2024")
    assert np.array_equal(lines.solid[:2], [50, 40]) and math.isnan(lines.solid[2])
    # the dashed tail joins the last complete point to the unfinished one
    assert math.isnan(lines.tail[0]) and list(lines.tail[1:]) == [40, 0]
    assert vm.trend_lines(tiny_result(complete=(True, True, True)).trend, "orders", EN).tail is None

    bars = vm.lifecycle_bars(result.lifecycle, EN)
    assert len(bars.categories) == 1  # only April is complete and has enough history
    assert list(bars.resurrected_bottom) == [7] and list(bars.dormant) == [-3]
    assert list(bars.quick_ratio) == [2.0]

    frame = vm.crr_frame(result.crr, EN)
    assert list(frame["note"]) == ["not enough history", "", "not finished"]
    assert frame["crr_strict"].isna().tolist() == [True, False, False]
    assert frame["S0"].tolist() == [90, 100, 20]

    empty = OverviewResult(MappingProxyType({"customers": 0}), None, Trend("month", ()),
                           CrrTable({}, "month", None, ()), Lifecycle({}, "month", ()))
    assert vm.empty_text(empty).startswith("No orders to show")
    assert vm.trend_lines(empty.trend, "orders", EN) is None
    assert vm.lifecycle_bars(empty.lifecycle, EN) is None
    assert list(vm.crr_frame(empty.crr, EN).columns)[-1] == "note"


TABS = Path(__file__).resolve().parents[2] / "retention_desktop" / "ui" / "tabs"


@pytest.mark.parametrize("name", ["overview_tab.py", "cohorts_tab.py"])
def test_tab_does_no_string_key_lookups(name):
    """The tab reads the typed result's fields: no ``x["key"]`` subscript and no
    ``x.get("key")`` is left (the view model turns results into what widgets show)."""
    tree = ast.parse((TABS / name).read_text(encoding="utf-8"))

    def string_key(node: ast.AST) -> bool:
        if isinstance(node, ast.Subscript):
            return isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get" and bool(node.args)
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))

    lookups = [ast.unparse(n) for n in ast.walk(tree) if string_key(n)]
    assert lookups == []


def test_crr_above_100_percent_says_why():
    """(E - N) / S0 = (100 + 12 - 5) / 100 = 107 %: the row says 12 lapsed customers came
    back, instead of a bare rate above 100 % next to a retention rate of 60 %."""
    crr = CrrTable.from_json({"range": {}, "grain": "month", "window_days": None, "periods": [
        {"period": "2024-04-01", "start": "2024-04-01", "end": "2024-04-30", "complete": True,
         "enough_history": True, "too_few": False,
         "S0": 100, "N": 5, "E": 112, "crr": 1.07, "retained": 60, "crr_strict": 0.6,
         "churned": 40, "churn_rate": 0.4, "resurrected": 12},
        {"period": "2024-05-01", "start": "2024-05-01", "end": "2024-05-31", "complete": True,
         "enough_history": True, "too_few": False,
         "S0": 100, "N": 5, "E": 90, "crr": 0.85, "retained": 80, "crr_strict": 0.8,
         "churned": 20, "churn_rate": 0.2, "resurrected": 5}]})
    frame = vm.crr_frame(crr, EN)
    assert list(frame["note"]) == ["CRR above 100%: 12 lapsed customers came back", ""]
