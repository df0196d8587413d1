"""Product lines of the demo shop: what each generated order contained.

The demo shop's orders (times, revenue, customers) are fixed by
:func:`retention_desktop.core.demo.generate_shop`; this module only splits each order's
revenue into product lines that sum to it exactly, with its own random stream, so adding
products changes no order and no existing number.

One effect is planted so the Products view tells a story on first open: customers whose
first order contained :data:`PLANTED_PRODUCT` come back within
:data:`PLANTED_WINDOW_DAYS` days about twice as often as the shop's average. Orders are
fixed, so the effect is planted the other way round: customers who did come back within
the window are given the product in their first order more often (an association, as in
any real export; the demo does not claim the product causes it). Later orders reorder a
product of the customer's earlier orders half of the time, which gives same-product
repurchase and "next product" something to find.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from retention_desktop.core.store.product_key import product_key

# (SKU, name, category, list price): a tea, saffron and sweets shop. Sizes are written
# "500g" as many shops do (a Persian or Arabic report keeps a data name as it is).
CATALOGUE: tuple[tuple[str, str, str, float], ...] = (
    ("T-101", "Lahijan black tea 500g", "Tea", 14.0),
    ("T-102", "Green tea 250g", "Tea", 9.0),
    ("T-103", "Saffron tea bags, 20-pack", "Tea", 11.0),
    ("S-201", "Saffron 1g", "Saffron", 12.0),
    ("S-202", "Saffron mesghal 4.6g", "Saffron", 45.0),
    ("N-301", "Pistachios 500g", "Nuts & dried fruit", 22.0),
    ("N-302", "Dried barberries 250g", "Nuts & dried fruit", 7.0),
    ("N-303", "Mazafati dates 1kg", "Nuts & dried fruit", 10.0),
    ("W-401", "Gaz of Isfahan 400g", "Sweets", 13.0),
    ("W-402", "Sohan of Qom 300g", "Sweets", 12.0),
    ("P-501", "Cardamom 100g", "Spices", 8.0),
    ("P-502", "Sumac 200g", "Spices", 5.0),
)
# How often each product is picked (before the planted effect).
POPULARITY = np.array([0.07, 0.10, 0.08, 0.14, 0.06, 0.12, 0.07, 0.09, 0.08, 0.07, 0.07, 0.05])
PLANTED_PRODUCT = "T-101"
_PLANTED = [c[0] for c in CATALOGUE].index(PLANTED_PRODUCT)  # its index in CATALOGUE
PLANTED_WINDOW_DAYS = 90
PLANTED_LIFT = 2.0
# Share of first orders with the planted product among customers who did not come back.
_PLANTED_BASE = 0.05
_REORDER_SHARE = 0.5


def _first_lines(first_cust: np.ndarray, back: np.ndarray, censored: np.ndarray,
                 rng: np.random.Generator) -> np.ndarray:
    """Product index of each customer's first line (the planted effect lives here)."""
    planted = _PLANTED
    observed = ~censored
    q = float(back[observed].mean()) if observed.any() else 0.0
    q = min(q, 0.45)  # the lift needs room below 100 %: 2q < 1
    b = _PLANTED_BASE
    # P(back | planted) = qa / (qa + (1 - q) b) = lift * q  =>  a / b as below.
    a = min(b * PLANTED_LIFT * (1 - q) / max(1 - PLANTED_LIFT * q, 1e-6), 0.9)
    p_planted = np.where(censored, q * a + (1 - q) * b, np.where(back, a, b))
    others = POPULARITY.copy()
    others[planted] = 0.0
    others /= others.sum()
    pick = rng.choice(len(CATALOGUE), size=first_cust.size, p=others)
    return np.where(rng.random(first_cust.size) < p_planted, planted, pick)


def _customer_orders(orders: pd.DataFrame, end: pd.Timestamp):
    """Registered orders by customer and time, plus who came back within the window.

    Returns ``(frame, seq, firsts, back, censored)``: the registered orders sorted by
    customer, time and position; each order's number for its customer; the first orders;
    whether each first-order customer came back within :data:`PLANTED_WINDOW_DAYS`; and
    whether they were first seen too close to ``end`` to tell.
    """
    cust = orders["customer_id"].to_numpy(dtype=object)
    guest = pd.isna(orders["customer_id"]).to_numpy()
    frame = pd.DataFrame({"c": np.where(guest, "", cust), "ts": orders["order_ts"].to_numpy(),
                          "pos": np.arange(len(orders))})
    frame = frame[~guest].sort_values(["c", "ts", "pos"], kind="stable")
    seq = frame.groupby("c", sort=False).cumcount().to_numpy()
    firsts = frame[seq == 0]
    seconds = frame[seq == 1].set_index("c")["ts"]
    first_ts = firsts.set_index("c")["ts"]
    gap = (seconds.reindex(first_ts.index) - first_ts).dt.total_seconds() / 86400.0
    back = (gap <= PLANTED_WINDOW_DAYS).fillna(False).to_numpy()
    censored = (first_ts > end - pd.Timedelta(days=PLANTED_WINDOW_DAYS)).to_numpy()
    return frame, seq, firsts, back, censored


def _order_slots(orders: pd.DataFrame, end: pd.Timestamp,
                 rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Number of lines of each order and the product index in each of its 4 slots."""
    n_orders = len(orders)
    cust = orders["customer_id"].to_numpy(dtype=object)
    frame, seq, firsts, back, censored = _customer_orders(orders, end)
    n_slots = np.clip(np.minimum(orders["items"].to_numpy(), 1 + rng.poisson(0.6, n_orders)),
                      1, 4).astype(int)
    k = len(CATALOGUE)
    prob = POPULARITY / POPULARITY.sum()
    slots = rng.choice(k, size=(n_orders, 4), p=prob)
    # later orders: half the time the first line reorders the customer's first product
    first_product = np.full(n_orders, -1)
    first_pick = _first_lines(firsts["c"].to_numpy(), back, censored, rng)
    first_of = dict(zip(firsts["c"].to_numpy(), first_pick, strict=True))
    is_first = np.zeros(n_orders, dtype=bool)
    is_first[firsts["pos"].to_numpy()] = True
    later = frame["pos"].to_numpy()[seq > 0]
    reorder = later[rng.random(later.size) < _REORDER_SHARE]
    first_product[firsts["pos"].to_numpy()] = first_pick
    first_product[reorder] = [first_of[c] for c in cust[reorder]]
    has_fixed = first_product >= 0
    slots[has_fixed, 0] = first_product[has_fixed]
    if has_fixed.any():  # the planted product enters first orders only through slot 0
        planted = _PLANTED
        extra = slots[is_first, 1:]
        extra[extra == planted] = (planted + 1) % k
        slots[is_first, 1:] = extra
    return n_slots, slots


def _priced_lines(orders: pd.DataFrame, n_slots: np.ndarray, slots: np.ndarray,
                  rng: np.random.Generator) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Distinct lines ``(pos, p)`` with their quantity and revenue (summing to each order)."""
    n_orders = len(orders)
    row = np.repeat(np.arange(n_orders), 4).reshape(n_orders, 4)
    used = np.arange(4)[None, :] < n_slots[:, None]
    lines = pd.DataFrame({"pos": row[used], "p": slots[used]})
    lines = lines.drop_duplicates(["pos", "p"]).reset_index(drop=True)
    prices = np.array([c[3] for c in CATALOGUE])
    qty = 1 + rng.poisson(0.3, len(lines))
    weight = prices[lines["p"].to_numpy()] * qty * rng.lognormal(0.0, 0.2, len(lines))
    share = weight / pd.Series(weight).groupby(lines["pos"]).transform("sum").to_numpy()
    revenue = orders["revenue"].to_numpy()[lines["pos"].to_numpy()]
    line_rev = np.round(revenue * share, 2)
    # the rounding remainder goes to each order's last line: lines sum to the order exactly
    sums = pd.Series(line_rev).groupby(lines["pos"]).transform("sum").to_numpy()
    last = ~lines["pos"].duplicated(keep="last").to_numpy()
    line_rev[last] = np.round(line_rev[last] + (revenue[last] - sums[last]), 2)
    return lines, qty, line_rev


def demo_line_items(orders: pd.DataFrame, seed: int, end: pd.Timestamp) -> pd.DataFrame:
    """Product lines of the demo orders (``kind == 'order'`` rows), summing to each revenue.

    Parameters
    ----------
    orders : DataFrame
        ``order_id``, ``customer_id`` (None for guests), ``order_ts``, ``revenue``,
        ``items`` of the generated orders.
    seed : int
        The shop's seed (a separate stream is derived from it).
    end : Timestamp
        The data end (customers first seen less than the planted window before it are
        not observed long enough to count for the effect).

    Returns
    -------
    DataFrame
        Columns of ``line_items`` (without ``source_*``/``import_id``).
    """
    rng = np.random.default_rng([seed, 20])
    n_slots, slots = _order_slots(orders, end, rng)
    lines, qty, line_rev = _priced_lines(orders, n_slots, slots, rng)
    cust = orders["customer_id"].to_numpy(dtype=object)
    p = lines["p"].to_numpy()
    sku = np.array([c[0] for c in CATALOGUE], dtype=object)
    names = np.array([c[1] for c in CATALOGUE], dtype=object)
    cats = np.array([c[2] for c in CATALOGUE], dtype=object)
    keys = np.array([product_key(c[1], c[0]) for c in CATALOGUE], dtype=object)
    pos = lines["pos"].to_numpy()
    return pd.DataFrame({
        "order_id": orders["order_id"].to_numpy()[pos],
        "customer_id": cust[pos],
        "order_ts": orders["order_ts"].to_numpy()[pos],
        "kind": "order",
        "product_id": sku[p],
        "product_name": names[p],
        "product_key": keys[p],
        "category": cats[p],
        "quantity": qty.astype(float),
        "unit_price": np.round(line_rev / qty, 2),
        "revenue": line_rev,
    })
