"""Product-level retention: which products bring customers back.

Public API (every function takes the project store, a :class:`FilterSpec` and
:class:`Settings` like the other metrics, and returns the typed results of
:mod:`.products_types`):

:func:`first_products`  first-product analysis: per product (or category) in new
                        customers' first orders, the repeat rate within 30/90/180/365
                        days, the median time to the second order and the revenue per
                        customer over 90/365 days, against the shop's average.
:func:`repurchase`      buying the same product again, and its usual reorder interval.
:func:`next_products`   what the second order contains after a first-order product.
:func:`reorder_due`     customers who bought a product once and are past its interval.
:func:`resolve_product` a typed product name/SKU -> its grouping key.

Definitions: cards ``product_repeat_rate``, ``product_time_to_second``,
``product_revenue_per_customer``, ``product_repurchase_rate``,
``product_reorder_interval``, ``next_product_share``, ``next_product_lift`` in
:mod:`.definitions`. Censoring as in :mod:`.second_order`: a rate "within N days" and a
revenue "over N days" count only customers whose first order is at least N days before
the data end.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from retention_desktop.core.engine import products_data as data
from retention_desktop.core.engine.products_repurchase import due_arrays, purchase_days
from retention_desktop.core.engine.products_stats import (
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    bootstrap_means,
    km_medians,
    newcombe_diff,
    simultaneous_z,
    welch_diff,
    wilson_arrays,
)
from retention_desktop.core.engine.products_types import (
    Amount,
    FirstProductRow,
    FirstProductTable,
    NextProductRow,
    NextProductTable,
    ProductMeta,
    Rate,
    ReorderDueRow,
    RepurchaseRow,
    RepurchaseTable,
)
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.i18n import tr_noop

WINDOWS = (30, 90, 180, 365)
REVENUE_DAYS = (90, 365)
RANK_WINDOW = 90
SHOP_NAME = tr_noop("All new customers", "Products")  # the shop row; the UI translates it


def _f(x: Any) -> float | None:
    x = float(x)
    return None if np.isnan(x) else x


def _floats(values: np.ndarray) -> list[float | None]:
    """Array -> list of floats with None for NaN (one pass, not one call per value)."""
    return [None if x != x else x for x in np.asarray(values, dtype=float).tolist()]


def _cursor(store: Any) -> Any:
    cur = store.cursor()
    cur.execute("SET enable_progress_bar = false")
    return cur


class ProductWork:
    """One cursor and the intermediate results that several product tables of the same
    request share (the new customers, the first-order pairs, the purchase days).

    Pass it as ``work=`` to the table functions to build them together (the Products
    view, the CLI, the report): the population and the purchase days are then computed
    once instead of once per table. Use as a context manager; it closes its cursor.
    """

    def __init__(self, store: Any, spec: FilterSpec, settings: Settings) -> None:
        self.cur = _cursor(store)
        self.spec, self.settings = spec, settings
        self.has_lines = data.has_line_items(self.cur)
        self._memo: dict[Any, Any] = {}
        self._tables_by: str | None = None  # whose rdp_keys/rdp_first the cursor holds

    def __enter__(self) -> ProductWork:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the cursor (its temporary tables go with it)."""
        self.cur.close()

    def has_categories(self) -> bool:
        """Whether some product line has a category (asked once per request)."""
        if "cats" not in self._memo:
            self._memo["cats"] = self.has_lines and data.has_categories(self.cur)
        return self._memo["cats"]

    def population(self) -> data.Population:
        """The new customers (computed once)."""
        if "pop" not in self._memo:
            self._memo["pop"] = data.build_population(self.cur, self.spec, self.settings,
                                                      REVENUE_DAYS)
        return self._memo["pop"]

    def pairs(self, by: str, tables: bool = False) -> tuple[np.ndarray, np.ndarray, list]:
        """(cid, code, keys) of the first-order lines; ``tables``: also make sure the
        cursor's ``rdp_keys``/``rdp_first`` are this ``by``'s."""
        self.population()
        key = ("pairs", by)
        if key not in self._memo or (tables and self._tables_by != by):
            cid, code = data.first_pairs(self.cur, by)
            self._memo[key] = (cid, code, data.key_table(self.cur))
            self._tables_by = by
        return self._memo[key]

    def purchase_days(self, by: str) -> Any:
        """Purchase days per (customer, group) (computed once per ``by``)."""
        key = ("pdays", by)
        if key not in self._memo:
            self._memo[key] = purchase_days(self.cur, self.spec, self.settings, by)
            self._tables_by = None  # rdp_keys was rewritten without rdp_first
        return self._memo[key]


def _work(store: Any, spec: FilterSpec, settings: Settings,
          work: ProductWork | None) -> tuple[ProductWork, bool]:
    """The caller's work, or a new one the caller must close (second value True)."""
    return (work, False) if work is not None else (ProductWork(store, spec, settings), True)


def _meta(w: ProductWork, by: str, windows: tuple[int, ...], rank_window: int,
          pop: data.Population | None) -> ProductMeta:
    settings = w.settings
    return ProductMeta(
        by=by, data_end=pop.data_end if pop else None,
        range_from=pop.range_from if pop else None, range_to=pop.range_to if pop else None,
        min_n=int(settings.min_cell_n), windows=tuple(windows), revenue_days=REVENUE_DAYS,
        rank_window=int(rank_window), revenue_policy=settings.revenue_policy,
        currency=settings.currency, has_line_items=w.has_lines,
        has_categories=w.has_categories(),
        bootstrap_resamples=BOOTSTRAP_RESAMPLES, bootstrap_seed=BOOTSTRAP_SEED)


def _check(by: str, windows: tuple[int, ...], rank_window: int) -> None:
    if by not in data.BY:
        raise ValueError(f"by must be one of {', '.join(data.BY)}, got {by!r}")
    if not windows or any(int(w) < 1 for w in windows):
        raise ValueError("repeat windows must be whole days >= 1")
    if int(rank_window) not in [int(w) for w in windows]:
        raise ValueError(f"the ranking window {rank_window} must be one of the windows "
                         f"{', '.join(str(w) for w in windows)}")


def _rates(pop: data.Population, cid: np.ndarray, code: np.ndarray, ng: int,
           windows: tuple[int, ...], min_n: int,
           z_diff: float) -> tuple[list[list[Rate]], list[Rate]]:
    """Repeat within each window per group (and for the shop); differences from the shop
    at the simultaneous ``z_diff`` (:func:`simultaneous_z`)."""
    per_group: list[list[Rate]] = [[] for _ in range(ng)]
    shop: list[Rate] = []
    for w in windows:
        obs = pop.first_day <= pop.data_end_day - int(w)
        hit = obs & (pop.gap_days <= w)  # NaN (no second order) compares False
        n = np.bincount(code[obs[cid]], minlength=ng)
        h = np.bincount(code[hit[cid]], minlength=ng)
        big_n, big_h = int(obs.sum()), int(hit.sum())
        low, high = wilson_arrays(h, n)
        d, dl, dh = newcombe_diff(h, n, big_h - h, big_n - n, z_diff)
        scale = (big_n - n) / big_n if big_n else np.zeros(ng)
        s_low, s_high = wilson_arrays(np.array([big_h]), np.array([big_n]))
        shop.append(Rate(int(w), big_n, big_h, big_h / big_n if big_n else None,
                         _f(s_low[0]), _f(s_high[0]), big_n < min_n))
        few = n < min_n
        with np.errstate(invalid="ignore", divide="ignore"):
            rate = np.where(n > 0, h / n, np.nan)
        cols = zip(n.tolist(), h.tolist(), _floats(rate), _floats(low), _floats(high),
                   few.tolist(), *(_floats(np.where(few, np.nan, x * scale)) for x in (d, dl, dh)),
                   strict=True)
        for g, (ng_, hg, r, lo, hi, fw, dd, ddl, ddh) in enumerate(cols):
            per_group[g].append(Rate(int(w), ng_, hg, r, lo, hi, fw, dd, ddl, ddh))
    return per_group, shop


def _amounts(pop: data.Population, cid: np.ndarray, code: np.ndarray, ng: int,
             min_n: int, z_diff: float) -> tuple[list[list[Amount]], list[Amount]]:
    """Revenue per customer over each revenue window, per group and for the shop."""
    per_group: list[list[Amount]] = [[] for _ in range(ng)]
    shop: list[Amount] = []
    for days in REVENUE_DAYS:
        obs = pop.first_day <= pop.data_end_day - days
        vals = pop.revenue[days]
        keep = obs[cid]
        v, g = vals[cid][keep], code[keep]
        mean, low, high = bootstrap_means(v, g, ng, min_n=min_n)
        n = np.bincount(g, minlength=ng).astype(float)
        sq = np.bincount(g, weights=v * v, minlength=ng)
        ov = vals[obs]
        big_n, big_s, big_sq = float(ov.size), float(ov.sum()), float((ov * ov).sum())
        s_mean, s_low, s_high = bootstrap_means(ov, np.zeros(ov.size, np.int64), 1,
                                                min_n=min_n)
        shop.append(Amount(days, int(big_n), _f(s_mean[0]) if big_n else None,
                           _f(s_low[0]), _f(s_high[0]), big_n < min_n))
        with np.errstate(invalid="ignore", divide="ignore"):
            var1 = (sq - n * mean ** 2) / (n - 1)
            rest_n = big_n - n
            rest_mean = (big_s - np.nan_to_num(mean * n)) / rest_n
            var2 = (big_sq - sq - rest_n * rest_mean ** 2) / (rest_n - 1)
            scale = rest_n / big_n if big_n else np.zeros(ng)
        d, dl, dh = welch_diff(mean, var1, n, rest_mean, var2, rest_n, z_diff)
        few = n < min_n
        cols = zip(n.astype(np.int64).tolist(), _floats(mean), _floats(low), _floats(high),
                   few.tolist(), *(_floats(np.where(few, np.nan, x * scale)) for x in (d, dl, dh)),
                   strict=True)
        for k, (nk, m, lo, hi, fw, dd, ddl, ddh) in enumerate(cols):
            per_group[k].append(Amount(days, nk, m, lo, hi, fw, dd, ddl, ddh))
    return per_group, shop


def _verdict(rate: Rate, too_few: bool, shop: Rate) -> str:
    if not too_few and not rate.too_few and rate.n > 0 and rate.n == shop.n:
        # every customer shown is in this group (a product filter): nothing to compare
        # it with, which is not "too few"
        return "all"
    if too_few or rate.too_few or rate.diff_low is None:
        return "too_few"
    if rate.diff_low > 0:
        return "above"
    if rate.diff_high < 0:
        return "below"
    return "same"


def _empty_shop(windows: tuple[int, ...], min_n: int) -> FirstProductRow:
    return FirstProductRow(
        None, SHOP_NAME, None, None, 0, True,
        tuple(Rate(int(w), 0, 0, None, None, None, True) for w in windows), None, 0,
        tuple(Amount(d, 0, None, None, None, True) for d in REVENUE_DAYS), None, "shop")


def first_products(store: Any, spec: FilterSpec, settings: Settings, *, by: str = "product",
                   windows: tuple[int, ...] = WINDOWS, rank_window: int = RANK_WINDOW,
                   product: str | None = None,
                   work: ProductWork | None = None) -> FirstProductTable:
    """First-product analysis (definition cards ``product_repeat_rate``,
    ``product_time_to_second``, ``product_revenue_per_customer``).

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        Filters as everywhere; ``settings.min_cell_n`` is the minimum n,
        ``settings.revenue_policy`` decides whether returns subtract.
    by : {'product', 'category'}
    windows : tuple of int
        Repeat windows in days.
    rank_window : int
        The window the rows are ranked by (one of ``windows``).
    product : str, optional
        Keep only this grouping key's row (see :func:`resolve_product`); the shop row
        is always the whole shop.
    work : ProductWork, optional
        Shared intermediate results of the same ``store``/``spec``/``settings``.

    Returns
    -------
    FirstProductTable
        Rows ranked (best repeat rate at ``rank_window`` first), too-few rows after
        them by number of customers.
    """
    windows = tuple(int(w) for w in windows)
    _check(by, windows, rank_window)
    min_n = int(settings.min_cell_n)
    w, own = _work(store, spec, settings, work)
    try:
        if not w.has_lines:
            return FirstProductTable(
                _meta(w, by, windows, rank_window, None),
                _empty_shop(windows, min_n), ())
        pop = w.population()
        meta = _meta(w, by, windows, rank_window, pop)
        cid, code, keys = w.pairs(by)
        return _assemble(meta, pop, cid, code, keys, product)
    finally:
        if own:
            w.close()


def _assemble(meta: ProductMeta, pop: data.Population, cid: np.ndarray, code: np.ndarray,
              keys: list[tuple], product: str | None) -> FirstProductTable:
    """The table from the population arrays and the (customer, group) pairs."""
    ng, min_n = len(keys), meta.min_n
    customers = np.bincount(code, minlength=ng)
    # Every product with enough customers is compared with the shop: the differences
    # hold together (one verdict list, not ten separate bets).
    # The verdicts of every repeat window are offered side by side (the window box, the
    # CLI's columns), so they hold together over the windows too: products x windows.
    # A group holding every shown customer (the product a filter keeps) is the shop
    # itself: nothing is compared, so it does not widen the others' ranges.
    comparisons = max(1, int(((customers >= min_n) & (customers < pop.size)).sum()))
    meta = replace(meta, comparisons=comparisons)
    z_diff = simultaneous_z(comparisons * len(meta.windows))
    rates, shop_rates = _rates(pop, cid, code, ng, meta.windows, min_n, z_diff)
    amounts, shop_amounts = _amounts(pop, cid, code, ng, min_n, z_diff)
    events = ~np.isnan(pop.gap_days)
    durations = np.where(events, pop.gap_days, pop.observed_days)
    rank = np.empty(pop.size, dtype=np.int64)
    rank[np.argsort(durations, kind="stable")] = np.arange(pop.size)
    med = km_medians(code, durations[cid], events[cid], ng, rank[cid])
    shop_med = km_medians(np.zeros(pop.size, np.int64), durations, events, 1, rank)
    seconds = np.bincount(code[events[cid]], minlength=ng)
    shop = FirstProductRow(None, SHOP_NAME, None, None, pop.size, pop.size < min_n,
                           tuple(shop_rates), _f(shop_med[0]), int(events.sum()),
                           tuple(shop_amounts), None, "shop")
    wi = meta.windows.index(meta.rank_window)
    rows = []
    for g, (key, name, pid, cat) in enumerate(keys):
        if (product is not None and key != product) or not customers[g]:
            continue
        few = bool(customers[g] < min_n)
        rows.append(FirstProductRow(
            key, name, pid, cat, int(customers[g]), few, tuple(rates[g]), _f(med[g]),
            int(seconds[g]), tuple(amounts[g]), None, _verdict(rates[g][wi], few, shop_rates[wi])))
    ranked = sorted((r for r in rows if r.verdict != "too_few"),
                    key=lambda r: (-(r.repeat[wi].rate or 0.0), -r.customers, r.key))
    rest = sorted((r for r in rows if r.verdict == "too_few"),
                  key=lambda r: (-r.customers, r.key))
    ranked = [replace(r, rank=i + 1) for i, r in enumerate(ranked)]
    return FirstProductTable(meta, shop, tuple(ranked + rest))


def repurchase(store: Any, spec: FilterSpec, settings: Settings, *, by: str = "product",
               product: str | None = None,
               work: ProductWork | None = None) -> RepurchaseTable:
    """Buying the same product again (cards ``product_repurchase_rate``,
    ``product_reorder_interval``).

    Buyers are the filtered customers who bought the product in an order up to the
    range end; a repurchase is a purchase of it on a later day. Rows: most buyers first.
    """
    _check(by, WINDOWS, RANK_WINDOW)
    min_n = int(settings.min_cell_n)
    w, own = _work(store, spec, settings, work)
    try:
        meta = _meta(w, by, WINDOWS, RANK_WINDOW, None)
        if not w.has_lines:
            return RepurchaseTable(meta, ())
        pdays = w.purchase_days(by)
    finally:
        if own:
            w.close()
    meta = replace(meta, data_end=pdays.end)
    low, high = wilson_arrays(pdays.again, pdays.buyers)
    med = _floats(pdays.median_gap)
    lows, highs = _floats(low), _floats(high)
    rows = []
    for i, (key, name, pid, cat) in enumerate(pdays.keys):
        n, h, gaps = int(pdays.buyers[i]), int(pdays.again[i]), int(pdays.intervals[i])
        if (product is not None and key != product) or n == 0:
            continue
        rate = Rate(None, n, h, h / n if n else None, lows[i], highs[i], n < min_n)
        rows.append(RepurchaseRow(key, name, pid, cat, n, rate, med[i], gaps, gaps < min_n))
    rows.sort(key=lambda r: (-r.buyers, r.key))
    return RepurchaseTable(meta, tuple(rows))


def next_products(store: Any, spec: FilterSpec, settings: Settings, source: str, *,
                  by: str = "product", top: int = 10,
                  work: ProductWork | None = None) -> NextProductTable:
    """What new customers' second orders contain when their first contained ``source``
    (cards ``next_product_share``, ``next_product_lift``).

    Parameters
    ----------
    source : str
        Grouping key of the first-order product (or category), see :func:`resolve_product`.
    top : int
        Rows kept, highest share first.
    """
    _check(by, WINDOWS, RANK_WINDOW)
    min_n = int(settings.min_cell_n)
    w, own = _work(store, spec, settings, work)
    try:
        cur = w.cur
        pop = w.population() if w.has_lines else None
        meta = _meta(w, by, WINDOWS, RANK_WINDOW, pop)
        if not w.has_lines:
            return NextProductTable(meta, source, source, 0, True, 0, ())
        _cid, _code, keys = w.pairs(by, tables=True)
        code = data.code_of(cur, source)
        after, base = data.next_counts(cur, by, code) if code is not None else ({}, {})
        n = data.second_order_count(cur, code) if code is not None else 0
        total = data.second_order_count(cur)
    finally:
        if own:
            w.close()
    names = {k: nm for k, nm, _p, _c in keys}
    pairs = sorted(((c, keys[k][0], keys[k][1], k) for k, c in after.items()),
                   key=lambda t: (-t[0], t[1]))[:max(int(top), 0)]
    hits = np.array([t[0] for t in pairs], dtype=float)
    low, high = wilson_arrays(hits, np.full(hits.size, float(n)))
    rows = []
    for i, (c, k2, nm, k) in enumerate(pairs):
        share = c / n if n else None
        base_rate = base.get(k, 0) / total if total else None
        rows.append(NextProductRow(
            k2, nm, int(c),
            Rate(None, int(n), int(c), share, _f(low[i]), _f(high[i]), n < min_n),
            base_rate, share / base_rate if share is not None and base_rate else None))
    return NextProductTable(meta, source, names.get(source, source), int(n), n < min_n,
                            int(total), tuple(rows))


REORDER_COLUMNS = ("customer_id", "product_key", "product_name", "last_purchase",
                   "days_since", "usual_interval_days", "interval_too_few")


def reorder_due_frame(store: Any, spec: FilterSpec, settings: Settings, *,
                      product: str | None = None, by: str = "product",
                      work: ProductWork | None = None) -> Any:
    """Customers who bought a product on one day only and have not bought it again
    within its usual reorder interval (median days between its purchases), most overdue
    first, as a pandas DataFrame with the columns of :class:`ReorderDueRow` (for the
    CSV/XLSX export; millions of rows stay arrays). ``product``: only this group key."""
    import pandas as pd

    _check(by, WINDOWS, RANK_WINDOW)
    min_n = int(settings.min_cell_n)
    w, own = _work(store, spec, settings, work)
    try:
        if not w.has_lines:
            return pd.DataFrame(columns=list(REORDER_COLUMNS))
        pdays = w.purchase_days(by)
        code = None
        if product is not None:
            code = next((i for i, k in enumerate(pdays.keys) if k[0] == product), -1)
        arr = due_arrays(w.cur, pdays, code)
    finally:
        if own:
            w.close()
    keys = np.array([k[0] for k in pdays.keys] or [""], dtype=object)
    names = np.array([k[1] for k in pdays.keys] or [""], dtype=object)
    return pd.DataFrame({
        "customer_id": arr["customer_id"].astype(str) if arr["code"].size else arr["customer_id"],
        "product_key": keys[arr["code"]], "product_name": names[arr["code"]],
        "last_purchase": pd.to_datetime(arr["day"], unit="D").date
        if arr["day"].size else np.zeros(0, dtype=object),
        "days_since": arr["since"], "usual_interval_days": arr["interval"],
        "interval_too_few": (pdays.intervals < min_n)[arr["code"]]
        if pdays.intervals.size else np.zeros(0, dtype=bool)}, columns=list(REORDER_COLUMNS))


def reorder_due(store: Any, spec: FilterSpec, settings: Settings, *,
                product: str | None = None, by: str = "product",
                work: ProductWork | None = None) -> list[ReorderDueRow]:
    """The rows of :func:`reorder_due_frame` as :class:`ReorderDueRow` (for one
    product's list on screen)."""
    frame = reorder_due_frame(store, spec, settings, product=product, by=by, work=work)
    return [ReorderDueRow(str(c), k, nm, d, int(s), float(iv), bool(f))
            for c, k, nm, d, s, iv, f in frame.itertuples(index=False, name=None)]


def resolve_product(store: Any, text: str, by: str = "product") -> str | None:
    """The grouping key a user means by ``text`` (a product id, a name in any spelling,
    or a category), or None when no line matches."""
    from retention_desktop.core.store.product_key import product_key

    folded = product_key(text)
    if folded is None:
        return None
    cur = _cursor(store)
    try:
        if not data.has_line_items(cur):
            return None
        lines = data.order_lines(cur, by)
        if by == "category":
            sql = f"SELECT k, count(*) AS n FROM {lines} WHERE k = ? GROUP BY k"
            params = [folded]
        else:  # the SKU, or a name in any spelling (its most frequent key)
            sql = (f"SELECT k, count(*) AS n FROM (SELECT k, "
                   f"{data.product_key_sql('nm')} AS nk FROM {lines}) "
                   "WHERE k = ? OR nk = ? GROUP BY k ORDER BY max(k = ?) DESC, n DESC, k")
            params = [folded, folded, folded]
        rows = cur.execute(sql + " LIMIT 1", params).fetchall()
    finally:
        cur.close()
    return rows[0][0] if rows else None


CARDS = ("product_repeat_rate", "product_time_to_second", "product_revenue_per_customer",
         "product_repurchase_rate", "product_reorder_interval", "next_product_share",
         "next_product_lift")


def products_metric(store: Any, spec: FilterSpec, settings: Settings, by: str | None = None,
                    n: list[int] | None = None) -> dict[str, Any]:
    """First-product table as a JSON-ready dict (``metrics products``; the CLI adds the
    repurchase and next-product tables, see ``cli/cmd_products.py``)."""
    windows = tuple(int(x) for x in n) if n else WINDOWS
    rank = RANK_WINDOW if RANK_WINDOW in windows else windows[0]
    return first_products(store, spec, settings, by=by or "product", windows=windows,
                          rank_window=rank).to_dict()


register_metric("products", products_metric, cards=CARDS,
                summary="Which products bring customers back: repeat rate, time to the "
                "second order and revenue by first product (or --by category), repurchase "
                "of the same product, what is bought next (--product X), --reorder-due list")
