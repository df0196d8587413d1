"""A deterministic line-item shop with known product effects (tests and benchmarks).

Written straight into a project's ``orders`` and ``line_items`` (no importer), in numpy
and DuckDB so that 10 million lines take seconds. What is planted:

* every customer places a first order of 1 + Poisson(``lines_per_order`` - 1) lines drawn
  from a Zipf-like product popularity;
* a customer comes back with probability ``base_repeat``, **twice that** when the first
  order contained the planted product (``PLANTED``), then orders again and again with
  probability ``again``; gaps are exponential (mean ``mean_gap_days``);
* a later line repeats one of the customer's first-order products with probability
  ``same_product``; orders after the data end are dropped (real censoring);
* a few orders are returned (negative revenue, ``kind = 'return'``);
* orders carry a ``channel`` (web, app, shop by order number) to test row filters.

Products are ``P0000``.. with names ``Product 0`` .. (the planted one is
"Planted tea"), categories ``cat0`` .. ``cat11``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

PLANTED = "p0007"  # grouping key (product id folded) of the planted product
PLANTED_ID = "P0007"
PLANTED_NAME = "Planted tea"
# Orders alternate between channels (a row filter then cuts through customers' histories).
_CHANNEL = "['web', 'app', 'shop'][CAST(o % 3 AS INTEGER) + 1]"


@dataclass(frozen=True)
class ShopSpec:
    """Parameters of :func:`generate`."""

    customers: int = 4000
    products: int = 200
    lines_per_order: float = 2.5
    base_repeat: float = 0.2
    again: float = 0.45
    mean_gap_days: float = 60.0
    same_product: float = 0.3
    days: int = 730
    start: str = "2023-01-01"
    planted_share: float = 0.08  # chance that a first order contains the planted product
    categories: int = 12
    return_share: float = 0.02
    seed: int = 20
    max_lines: int | None = None  # cut the export at this many lines (later orders go)


def _lines(rng: np.random.Generator, orders: int, mean: float) -> np.ndarray:
    return 1 + rng.poisson(max(mean - 1.0, 0.0), orders)


def generate(spec: ShopSpec = ShopSpec()) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Orders and lines as numpy columns.

    Returns
    -------
    (orders, lines)
        ``orders``: ``order`` (int), ``cust``, ``ms`` (epoch ms), ``ret`` (bool, a return);
        ``lines``: ``order``, ``product`` (int), ``qty``, ``price``.
    """
    rng = np.random.default_rng(spec.seed)
    nc, npr = spec.customers, spec.products
    pop = 1.0 / np.arange(1, npr + 1) ** 1.1
    cdf = np.cumsum(pop / pop.sum())
    start_ms = pd.Timestamp(spec.start).value // 1_000_000
    end_ms = start_ms + spec.days * 86_400_000
    first_ms = start_ms + (rng.random(nc) * spec.days * 86_400_000).astype(np.int64)
    # first orders
    k1 = _lines(rng, nc, spec.lines_per_order)
    l_cust = np.repeat(np.arange(nc), k1)
    l_prod = np.minimum(np.searchsorted(cdf, rng.random(l_cust.size)), npr - 1)
    l_prod[l_prod == 7] = 8  # the planted product only where planted below
    planted = rng.random(nc) < spec.planted_share
    first_line = np.concatenate(([0], np.cumsum(k1)[:-1]))
    l_prod[first_line[planted]] = 7
    fav = l_prod[first_line]  # product a customer may buy again
    # later orders: count, then timestamps
    p_rep = np.where(planted, 2 * spec.base_repeat, spec.base_repeat)
    comes_back = rng.random(nc) < p_rep
    extra = np.where(comes_back, 1 + rng.geometric(1 - spec.again, nc) - 1, 0)
    o_cust = np.repeat(np.arange(nc), extra)
    gaps = rng.exponential(spec.mean_gap_days * 86_400_000, o_cust.size).astype(np.int64)
    gaps += 3_600_000  # at least an hour apart
    csum = np.cumsum(gaps)
    begin = np.concatenate(([0], np.cumsum(extra)[:-1]))[extra > 0]
    offset = csum - np.repeat(csum[begin] - gaps[begin], extra[extra > 0])
    o_ms = first_ms[o_cust] + offset
    keep = o_ms < end_ms
    o_cust, o_ms = o_cust[keep], o_ms[keep]
    k2 = _lines(rng, o_cust.size, spec.lines_per_order)
    m_order = np.repeat(np.arange(o_cust.size), k2)
    m_prod = np.minimum(np.searchsorted(cdf, rng.random(m_order.size)), npr - 1)
    m_prod[m_prod == 7] = 8
    again = rng.random(m_order.size) < spec.same_product
    m_prod = np.where(again, fav[o_cust[m_order]], m_prod)
    orders = {
        "order": np.arange(nc + o_cust.size),
        "cust": np.concatenate((np.arange(nc), o_cust)),
        "ms": np.concatenate((first_ms, o_ms)),
    }
    orders["ret"] = rng.random(orders["order"].size) < spec.return_share
    lines: dict[str, np.ndarray] = {
        "order": np.concatenate((l_cust, nc + m_order)),
        "product": np.concatenate((l_prod, m_prod)),
    }
    if spec.max_lines is not None and lines["order"].size > spec.max_lines:
        lines = {k: v[:spec.max_lines] for k, v in lines.items()}
        kept = np.zeros(orders["order"].size, dtype=bool)
        kept[lines["order"]] = True
        orders = {k: v[kept] for k, v in orders.items()}
    lines["qty"] = 1 + rng.poisson(1.0, lines["order"].size)
    price = np.round(2 + 30 * rng.random(npr), 2)
    lines["price"] = price[lines["product"]]
    return orders, lines


def write(store: Any, spec: ShopSpec = ShopSpec()) -> dict[str, int]:
    """Generate the shop and append it to ``store`` (orders, returns, line items).

    Returns
    -------
    dict
        ``orders``, ``lines``, ``customers`` written.
    """
    orders, lines = generate(spec)
    o = pd.DataFrame({"o": orders["order"], "c": orders["cust"],
                      "ts": pd.to_datetime(orders["ms"], unit="ms"), "ret": orders["ret"]})
    li = pd.DataFrame({"o": lines["order"], "p": lines["product"], "q": lines["qty"],
                       "pr": lines["price"]})
    li["row"] = np.arange(len(li))
    cats = spec.categories
    with store.write() as cur:
        cur.register("g_o", o)
        cur.register("g_l", li)
        cur.execute(
            "CREATE TEMP TABLE g_lines AS SELECT l.*, o.c, o.ts, "
            "CASE WHEN l.p = 7 THEN 'Planted tea' ELSE 'Product ' || l.p END AS nm, "
            "'P' || lpad(CAST(l.p AS VARCHAR), 4, '0') AS pid, "
            f"'cat' || CAST(l.p % {cats} AS VARCHAR) AS cat FROM g_l l JOIN g_o o USING (o)")
        cur.execute(
            "INSERT INTO orders (order_id, customer_id, order_ts, revenue, items, kind, "
            "channel, source_file, source_row) SELECT 'O' || o, 'C' || any_value(c), "
            "any_value(ts), sum(q * pr), sum(q), 'order', "
            f"{_CHANNEL}, 'generated', min(row) + 2 FROM g_lines GROUP BY o")
        cur.execute(
            "INSERT INTO line_items (order_id, customer_id, order_ts, kind, product_id, "
            "product_name, product_key, category, quantity, unit_price, revenue, "
            "source_file, source_row) SELECT 'O' || o, 'C' || c, ts, 'order', pid, nm, "
            "lower(pid), cat, q, pr, q * pr, 'generated', row + 2 FROM g_lines")
        # a return of the whole order a week later
        cur.execute(
            "INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, channel, "
            "source_file) SELECT 'R' || l.o, 'C' || any_value(l.c), any_value(l.ts) + "
            f"INTERVAL 7 DAY, -sum(l.q * l.pr), 'return', {_CHANNEL.replace('(o', '(l.o')}, "
            "'generated' FROM g_lines l JOIN g_o o USING (o) "
            "WHERE o.ret AND l.ts + INTERVAL 7 DAY < (SELECT max(ts) FROM g_o) GROUP BY l.o")
        cur.execute("DROP TABLE g_lines")
        cur.unregister("g_o")
        cur.unregister("g_l")
    return {"orders": int(len(o)), "lines": int(len(li)), "customers": spec.customers}
