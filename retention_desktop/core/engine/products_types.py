"""Typed results of the product analyses (frozen dataclasses, JSON via ``to_dict``).

The Products view, the printed report and ``retention-desktop metrics products --json``
all read these; field names are the JSON keys. Rates are fractions (0..1), money in the
project's currency (revenue policy applied), days as floats.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields
from datetime import date
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else round(value, 10)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


class _Json:
    """``to_dict()`` / ``to_json()`` for the result dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO text, NaN as null)."""
        return _plain(self)

    def to_json(self) -> str:
        """The result as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class Rate(_Json):
    """A share of customers with its interval and its difference from the shop.

    Attributes
    ----------
    days : int or None
        The window (repeat within ``days``); None where no window applies.
    n : int
        Customers counted below the line (for a window: only those observed that long).
    hits : int
        Customers who did it.
    rate, low, high : float or None
        ``hits / n`` and its 95 % Wilson interval (None when ``n`` is 0).
    too_few : bool
        ``n`` below the project's minimum (``Settings.min_cell_n``): do not read it.
    diff, diff_low, diff_high : float or None
        ``rate`` minus the shop's rate, with its 95 % interval (see
        :attr:`ProductMeta.diff_method`); None for the shop row and when too few.
    """

    days: int | None
    n: int
    hits: int
    rate: float | None
    low: float | None
    high: float | None
    too_few: bool
    diff: float | None = None
    diff_low: float | None = None
    diff_high: float | None = None


def verdict_range(shop_rate: float | None, rate: Rate) -> tuple[float | None, float | None]:
    """The verdict's interval on the rate scale: shop rate + the difference interval.

    ``diff`` is the product's rate minus the shop's, so this range holds the product's
    rate, and it contains the shop's rate exactly when the verdict is "no clear
    difference": a bar's whisker crossing the dashed shop line reads as the verdict does.
    (The product's own Wilson interval, narrower, did not cross it on "no clear
    difference" rows and read as a difference.)
    """
    if shop_rate is None or rate.diff_low is None or rate.diff_high is None:
        return None, None
    return (max(0.0, shop_rate + rate.diff_low), min(1.0, shop_rate + rate.diff_high))


@dataclass(frozen=True)
class Amount(_Json):
    """Average revenue per customer over the first ``days`` days, with its intervals.

    ``mean`` is over customers observed at least ``days`` days (``n``); ``low``/``high``
    a 95 % percentile bootstrap interval (normal interval above
    ``products_stats.BOOTSTRAP_MAX_N`` customers); ``diff*`` as in :class:`Rate`.
    """

    days: int
    n: int
    mean: float | None
    low: float | None
    high: float | None
    too_few: bool
    diff: float | None = None
    diff_low: float | None = None
    diff_high: float | None = None


@dataclass(frozen=True)
class FirstProductRow(_Json):
    """One product (or category) found in customers' first orders.

    Attributes
    ----------
    key : str or None
        Grouping key (normalised product key, or the category); None for the shop row.
    name : str
        What to display (the most frequent spelling in the file; "All customers" for
        the shop row).
    product_id : str or None
        The SKU as in the file, if any.
    category : str or None
        The product's category, if the file has one.
    customers : int
        New customers whose first order contained it.
    too_few : bool
        ``customers`` (all of them) below the minimum n. The verdict can still be
        ``'too_few'`` when this is False: it is taken at the rank window, where only the
        customers observed that long count (``repeat[i].too_few``), e.g. a product first
        sold recently. The Products tab then says "too few observed N days".
    repeat : tuple of Rate
        Repeat within each window of :attr:`ProductMeta.windows` (same order).
    median_days_to_second : float or None
        Kaplan-Meier median days from the first to the second order (customers who have
        not come back are censored at the data end); None when fewer than half came
        back during what was observed.
    second_orders : int
        Customers who did place a second order by the data end.
    revenue : tuple of Amount
        Revenue per customer over the first 90 and 365 days.
    rank : int or None
        1 = highest repeat rate at :attr:`ProductMeta.rank_window` among rows that are
        not too few; None for too-few rows and the shop row.
    verdict : str
        ``'above'`` / ``'below'`` the shop (interval of the difference excludes 0),
        ``'same'`` (it includes 0), ``'too_few'``, ``'all'`` when every customer shown
        is in this group (a product filter: nothing to compare with), or ``'shop'`` for
        the shop row.
    """

    key: str | None
    name: str
    product_id: str | None
    category: str | None
    customers: int
    too_few: bool
    repeat: tuple[Rate, ...]
    median_days_to_second: float | None
    second_orders: int
    revenue: tuple[Amount, ...]
    rank: int | None
    verdict: str

    def repeat_at(self, days: int) -> Rate:
        """The repeat rate within ``days`` (``KeyError`` if that window was not built)."""
        for r in self.repeat:
            if r.days == days:
                return r
        raise KeyError(days)

    def revenue_at(self, days: int) -> Amount:
        """Revenue per customer over the first ``days`` days."""
        for a in self.revenue:
            if a.days == days:
                return a
        raise KeyError(days)


@dataclass(frozen=True)
class ProductMeta(_Json):
    """What a product table was computed over.

    Attributes
    ----------
    by : str
        ``'product'`` or ``'category'``.
    data_end : date or None
        Last day with data: customers are followed (and censored) up to it.
    range_from, range_to : date or None
        Customers whose first order falls in this range are counted.
    min_n : int
        Rows with fewer customers are ``too_few``.
    windows : tuple of int
        Repeat windows in days.
    revenue_days : tuple of int
        Revenue windows in days.
    rank_window : int
        Window the rows are ranked by.
    revenue_policy : str
        ``'net'`` (returns subtract) or ``'gross'``.
    currency : str
    has_line_items : bool
        False for projects imported at order level (then every table is empty).
    has_categories : bool
        Whether any product line has a category.
    rate_interval, diff_method, revenue_interval, revenue_diff_method : str
        Names of the interval methods used.
    comparisons : int
        Products (or categories) with at least ``min_n`` customers, compared with the
        shop together: the difference intervals are simultaneous over them and over the
        repeat ``windows`` (Bonferroni over ``comparisons * len(windows)``).
    bootstrap_resamples, bootstrap_seed : int
    """

    by: str
    data_end: date | None
    range_from: date | None
    range_to: date | None
    min_n: int
    windows: tuple[int, ...]
    revenue_days: tuple[int, ...]
    rank_window: int
    revenue_policy: str
    currency: str
    has_line_items: bool
    has_categories: bool
    rate_interval: str = "Wilson score, 95 %"
    diff_method: str = ("Newcombe hybrid score (product's customers vs the other customers), "
                        "scaled by the other customers' share of the shop, 95 % for all "
                        "products and repeat windows together (Bonferroni over "
                        "`comparisons` x windows)")
    revenue_interval: str = ("percentile bootstrap (500 resamples, fixed seed) up to 200 "
                             "customers, normal interval above, 95 %")
    revenue_diff_method: str = ("normal (Welch) interval of product vs other customers, "
                                "scaled by the other customers' share of the shop, 95 % for "
                                "all products and windows together (Bonferroni over "
                                "`comparisons` x windows)")
    bootstrap_resamples: int = 500
    bootstrap_seed: int = 20
    comparisons: int = 1


@dataclass(frozen=True)
class FirstProductTable(_Json):
    """First-product analysis: every product (or category) and the shop's average."""

    meta: ProductMeta
    shop: FirstProductRow
    rows: tuple[FirstProductRow, ...]


@dataclass(frozen=True)
class RepurchaseRow(_Json):
    """Buying the same product again.

    Attributes
    ----------
    key, name, product_id, category : str or None
    buyers : int
        Customers who bought it (any order up to the range end).
    repurchase : Rate
        Share of its buyers who bought it again on a later day (``days`` None).
    median_interval_days : float or None
        Median days between consecutive purchase days of it (over all repurchases):
        the usual reorder interval. None when nobody bought it twice.
    intervals : int
        Repurchases the median rests on.
    interval_too_few : bool
        ``intervals`` below the minimum n.
    """

    key: str
    name: str
    product_id: str | None
    category: str | None
    buyers: int
    repurchase: Rate
    median_interval_days: float | None
    intervals: int
    interval_too_few: bool


@dataclass(frozen=True)
class RepurchaseTable(_Json):
    """Repurchase of the same product for every product, most buyers first."""

    meta: ProductMeta
    rows: tuple[RepurchaseRow, ...]


@dataclass(frozen=True)
class NextProductRow(_Json):
    """A product found in second orders after a given first-order product.

    Attributes
    ----------
    key, name : str
    customers : int
        Customers (first order had the source, second order has this one).
    share : Rate
        ``customers`` / customers with the source first and a second order.
    base_rate : float or None
        Share of all second orders (of new customers in the range) that contain it.
    lift : float or None
        ``share.rate / base_rate``: above 1 = bought next more often than usual.
    """

    key: str
    name: str
    customers: int
    share: Rate
    base_rate: float | None
    lift: float | None


@dataclass(frozen=True)
class NextProductTable(_Json):
    """What the second order contains when the first contained ``source_key``.

    ``n`` = customers whose first order had it and who placed a second order; ``too_few``
    when below the minimum n. ``second_orders`` = all second orders behind the base rates.
    """

    meta: ProductMeta
    source_key: str
    source_name: str
    n: int
    too_few: bool
    second_orders: int
    rows: tuple[NextProductRow, ...]


@dataclass(frozen=True)
class ReorderDueRow(_Json):
    """A customer who bought a product once and has not reordered within its interval."""

    customer_id: str
    product_key: str
    product_name: str
    last_purchase: date
    days_since: int
    usual_interval_days: float
    interval_too_few: bool
