"""View models of the Products tab: the engine's typed product results turned into the
rows, sentences and chart series the widgets show (no widget does arithmetic).

Pure functions: they take the result, the chosen window and the formatting/translation
callables, and return plain data (a DataFrame of raw, sortable values with a formatter per
column, and texts). The CLI's ``metrics products --json`` holds the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from retention_desktop.core.engine.products_types import (
    FirstProductRow,
    FirstProductTable,
    NextProductTable,
    Rate,
    RepurchaseTable,
    verdict_range,
)
from retention_desktop.core.formatting import fmt_range
from retention_desktop.ui import fmt

#: Shown instead of a rate resting on fewer customers than the minimum (sorts last).
TOO_FEW = -1.0
#: Products drawn in the chart (the best ranked ones).
CHART_ROWS = 12

Tr = Callable[[str], str]

# Definition cards behind the columns (core/engine/definitions.py).
CARDS = {"repeat": "product_repeat_rate", "interval": "product_repeat_rate",
         "vs_shop": "product_repeat_rate", "days_to_second": "product_time_to_second",
         "revenue_90": "product_revenue_per_customer",
         "revenue_365": "product_revenue_per_customer"}


def pct_range(low: float | None, high: float | None) -> str:
    """``29.1% – 39.0%`` (lower bound read first in every language)."""
    if low is None or high is None:
        return ""
    return fmt_range(fmt.percent(low), fmt.percent(high))


def points(diff: float | None, low: float | None, high: float | None, tr: Tr) -> str:
    """``+12.3 pts (+6.0 – +18.6)``: a difference of rates and its interval, in points."""
    if diff is None:
        return ""
    d = fmt.point_decimals(diff)
    text = tr("{0} pts").format(fmt.signed_points(diff, d))
    if low is not None and high is not None:
        text += f" ({fmt_range(fmt.signed_points(low, d), fmt.signed_points(high, d))})"
    return text


def verdict_text(verdict: str, tr: Tr) -> str:
    """The row's verdict in words (short: the column must fit a 1366 px screen)."""
    return {"above": tr("more often"), "below": tr("less often"),
            "same": tr("no clear difference"), "too_few": tr("too few"),
            "all": tr("all shown customers"), "shop": ""}.get(verdict, verdict)


def together_text(meta: Any, tr: Tr) -> str:
    """What the ranges mean, in plain words (they hold for the whole list at once)."""
    if meta.comparisons <= 1:  # one row (or none) compared: "all 1 together" says nothing
        return tr("Ranges hold over the {0} repeat windows together: a row differs from "
                  "the shop only when its whole range is above or below the shop "
                  "average.").format(fmt.integer(len(meta.windows)))
    return tr("Ranges are for all {0} compared together over {1} repeat windows: a "
              "row differs from the shop only when its whole range is above or below "
              "the shop average.").format(fmt.integer(meta.comparisons),
                                           fmt.integer(len(meta.windows)))


@dataclass
class FirstProductsView:
    """What the ranked table, the sentence above it and the chart show."""

    frame: pd.DataFrame
    formatters: dict[str, Callable[[Any], str]]
    headers: dict[str, str]
    keys: list[str]  # grouping key of each frame row
    summary: str  # the shop's sentence, plain words first
    empty_text: str = ""
    note: str = ""  # what the ranges mean (simultaneous over the list)
    chart_names: list[str] = field(default_factory=list)
    chart_rates: list[float] = field(default_factory=list)
    chart_low: list[float] = field(default_factory=list)
    chart_high: list[float] = field(default_factory=list)
    shop_rate: float | None = None


def _rate_at(row: FirstProductRow, window: int) -> Rate:
    try:
        return row.repeat_at(window)
    except KeyError:
        return Rate(window, 0, 0, None, None, None, True)


def _rate_cell(rate: Rate) -> float | None:
    return TOO_FEW if rate.too_few and rate.n > 0 else rate.rate


def first_products_view(table: FirstProductTable, window: int, currency: str,
                        tr: Tr) -> FirstProductsView:
    """The ranked first-product table for repeat ``window`` (days).

    Parameters
    ----------
    table : FirstProductTable
        ``products.first_products`` ranked by ``window``.
    window : int
        The repeat window the user chose (one of ``table.meta.windows``); the table must
        be ranked by it (``rank_window``), whose verdicts the rows show.
    currency : str
        The project's currency for revenue per customer.
    tr : callable
        Translates the words (the tab passes Qt's translator for the empty context, where
        lupdate files this module's ``tr("...")`` calls).
    """
    meta = table.meta
    headers = _first_headers(meta, window, tr)
    frame = pd.DataFrame.from_records(_first_records(table, window, tr),
                                      columns=list(headers))
    shop_rate = _rate_at(table.shop, window)
    view = FirstProductsView(frame, _first_formatters(currency, tr), headers,
                             [row.key for row in table.rows],
                             shop_sentence(table, window, tr), shop_rate=shop_rate.rate,
                             note=together_text(meta, tr) if table.rows else "")
    if not meta.has_line_items:
        view.empty_text = no_products_text(tr)
    elif not table.rows:
        view.empty_text = tr("No new customers with products in the current filters: widen "
                             "the period or clear filters.")
    _fill_chart(view, table, window, shop_rate)
    return view


def _first_headers(meta: Any, window: int, tr: Tr) -> dict[str, str]:
    """Column key -> header of the first-product table at repeat ``window``."""
    by_category = meta.by == "category"
    return {
        "rank": tr("Rank"),
        "name": tr("Category") if by_category else tr("First-order product"),
        "customers": tr("Customers"),
        "repeat": tr("Repeat within {0} days").format(fmt.integer(window)),
        "interval": (tr("Range vs shop (all {0} together)").format(
            fmt.integer(meta.comparisons)) if meta.comparisons > 1 else tr("Range vs shop")),
        "vs_shop": tr("vs shop average"),
        "verdict": tr("Comes back vs shop"),
        "days_to_second": tr("Time to 2nd order (median)"),
        "revenue_90": tr("Revenue per customer, {0} d").format(fmt.integer(90)),
        "revenue_365": tr("Revenue per customer, {0} d").format(fmt.integer(365)),
    }


def _first_formatters(currency: str, tr: Tr) -> dict[str, Any]:
    """Display formatters of the first-product table's raw columns."""
    few = tr("too few")

    def rate_text(v: Any) -> str:
        return few if v == TOO_FEW else fmt.percent(v)

    def money_text(v: Any) -> str:
        return few if v == TOO_FEW else fmt.money(v, currency)

    def days_text(v: Any) -> str:
        if v == TOO_FEW:
            return few
        return tr("under half came back") if v is None or v != v else \
            tr("{0} days").format(fmt.number(v, 0))

    return {
        "rank": lambda v: "" if v is None or v != v else fmt.integer(v),
        "customers": fmt.integer, "repeat": rate_text, "days_to_second": days_text,
        "revenue_90": money_text, "revenue_365": money_text,
    }


def _first_records(table: FirstProductTable, window: int, tr: Tr) -> list[dict[str, Any]]:
    """One raw record per row of ``table`` at repeat ``window``."""
    shop_at = _rate_at(table.shop, window).rate
    records = []
    for row in table.rows:
        rate = _rate_at(row, window)
        low, high = verdict_range(shop_at, rate)
        amounts = {a.days: a for a in row.revenue}
        revenue = {d: (TOO_FEW if a.too_few and a.n > 0 else a.mean)
                   for d, a in amounts.items()}
        records.append({
            "rank": row.rank, "name": row.name, "customers": row.customers,
            "repeat": _rate_cell(rate),
            "interval": "" if rate.too_few else pct_range(low, high),
            "vs_shop": "" if rate.too_few else points(rate.diff, None, None, tr),
            "verdict": _verdict_words(row, rate, window, tr),
            "days_to_second": TOO_FEW if row.too_few else row.median_days_to_second,
            "revenue_90": revenue.get(90), "revenue_365": revenue.get(365),
        })
    return records


def _fill_chart(view: FirstProductsView, table: FirstProductTable, window: int,
                shop_rate: Rate) -> None:
    """Put the first :data:`CHART_ROWS` rows with a rate into ``view``'s chart lists."""
    for row in table.rows:
        rate = _rate_at(row, window)
        if rate.too_few or rate.rate is None or len(view.chart_names) >= CHART_ROWS:
            continue
        low, high = verdict_range(shop_rate.rate, rate)
        view.chart_names.append(row.name)
        view.chart_rates.append(rate.rate)
        view.chart_low.append(low if low is not None else rate.rate)
        view.chart_high.append(high if high is not None else rate.rate)


def _row_verdict(row: FirstProductRow, rate: Rate) -> str:
    """The verdict at the shown window (a too-few window is "too few" whatever the rank
    window said; a product-filtered row is "all shown customers")."""
    if row.verdict == "all" and rate.n > 0:
        return "all"
    return "too_few" if rate.too_few else row.verdict


def _verdict_words(row: FirstProductRow, rate: Rate, window: int, tr: Tr) -> str:
    """The verdict in words; "too few observed N days" when enough customers had it but
    too few were observed the window long (the JSON's ``too_few`` is then false)."""
    verdict = _row_verdict(row, rate)
    if verdict == "too_few" and not row.too_few:
        return tr("too few observed {0} days").format(fmt.integer(window))
    return verdict_text(verdict, tr)


def no_products_text(tr: Tr) -> str:
    """Why the tab is empty for an order-level project, and what to import."""
    return tr("This project has no products: its orders were imported as order totals. "
              "Import an export with one line per product (order id, product name or SKU, "
              "quantity, price — e.g. a Shopify, WooCommerce or Excel line-item export) "
              "to see which products bring customers back.")


def shop_sentence(table: FirstProductTable, window: int, tr: Tr) -> str:
    """``Of 4,012 new customers, 39.0% came back within 90 days (shop average).``"""
    rate = _rate_at(table.shop, window)
    if rate.rate is None:
        return ""
    # the same population words as the rows: "Customers" counts every new customer, the
    # rate only those observed the window long
    return tr("Shop average: of {0} new customers, {1} were observed {2} days; {3} of "
              "them came back within {2} days.").format(
                  fmt.integer(table.shop.customers), fmt.integer(rate.n),
                  fmt.integer(window), fmt.percent(rate.rate))


def row_sentence(table: FirstProductTable, key: str, window: int, tr: Tr) -> str:
    """Plain words for one row: ``Customers whose first order had X came back within 90
    days: 34.0% (shop: 21.0%).``"""
    row = next((r for r in table.rows if r.key == key), None)
    if row is None:
        return ""
    rate, shop = _rate_at(row, window), _rate_at(table.shop, window)
    if rate.too_few or rate.rate is None:
        return tr("Customers whose first order had {0}: too few to say ({1} observed "
                  "{2} days).").format(row.name, fmt.integer(rate.n), fmt.integer(window))
    return tr("Customers whose first order had {0} came back within {1} days: {2} "
              "(shop: {3}).").format(row.name, fmt.integer(window), fmt.percent(rate.rate),
                                     fmt.percent(shop.rate))


def repurchase_sentence(table: RepurchaseTable, key: str, tr: Tr) -> str:
    """``31.4% of the 261 buyers of X bought it again; usually after 18 days.``"""
    row = next((r for r in table.rows if r.key == key), None)
    if row is None:
        return ""
    rate = row.repurchase
    if rate.too_few or rate.rate is None:
        text = tr("Bought again: too few buyers to say ({0}).").format(fmt.integer(row.buyers))
    else:
        text = tr("{0} of the {1} buyers of {2} bought it again ({3}).").format(
            fmt.percent(rate.rate), fmt.integer(row.buyers), row.name,
            pct_range(rate.low, rate.high))
    if row.median_interval_days is not None and not row.interval_too_few:
        text += " " + tr("Usual time between two purchases: {0} days.").format(
            fmt.number(row.median_interval_days, 0))
    elif row.median_interval_days is not None:
        text += " " + tr("Too few repurchases to give a usual interval.")
    return text


def next_products_frame(table: NextProductTable, tr: Tr
                        ) -> tuple[pd.DataFrame, dict, dict, str]:
    """The "what their second order contained" table: product, customers, share, lift."""
    headers = {"name": tr("Next product"), "share": tr("Share"), "lift": tr("Lift"),
               "customers": tr("Customers"), "interval": tr("95% interval")}
    records = [{"name": r.name, "customers": r.customers,
                "share": TOO_FEW if r.share.too_few else r.share.rate,
                "interval": "" if r.share.too_few else pct_range(r.share.low, r.share.high),
                "lift": r.lift} for r in table.rows]
    frame = pd.DataFrame.from_records(records, columns=list(headers))
    few = tr("too few")
    formatters = {"customers": fmt.integer,
                  "share": lambda v: few if v == TOO_FEW else fmt.percent(v),
                  "lift": lambda v: "—" if v is None or v != v else tr("×{0}").format(
                      fmt.number(v, 2))}
    if table.too_few:
        note = tr("Only {0} of these customers placed a second order: too few to say what "
                  "comes next.").format(fmt.integer(table.n))
    else:
        note = tr("Of {0} customers whose first order had {1} and who came back, the "
                  "second order contained:").format(fmt.integer(table.n), table.source_name)
    return frame, formatters, headers, note


def reorder_frame(due: pd.DataFrame, tr: Tr) -> pd.DataFrame:
    """The reorder list as written to CSV/XLSX: ``products.reorder_due_frame``'s columns a
    shop owner needs for a campaign, raw values under translated headers."""
    return pd.DataFrame({
        tr("Customer"): due["customer_id"],
        tr("Product"): due["product_name"],
        tr("Last purchase"): due["last_purchase"],
        tr("Days since"): due["days_since"],
        tr("Usual interval (days)"): due["usual_interval_days"],
    })
