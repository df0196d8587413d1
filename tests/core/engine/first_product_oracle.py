"""Independent pandas computation of each customer's first-order product / category.

The rule (``core.engine.first_product``): a customer's first order is their earliest
``order`` document (same time: import, then file row); its main product is the product
with the most line revenue (its lines summed, no revenue = 0), ties to the smaller
display name; a category likewise over the order's categorised lines. Display names are
each key's most frequent spelling over all order lines (ties: the last in sort order).
No value -> ``None`` ("(no product)").
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from retention_desktop.core.store.product_key import product_key


def _lines(cur: Any, dim: str) -> pd.DataFrame:
    li = cur.execute("SELECT order_id, customer_id, product_key, product_name, product_id, "
                     "category, revenue FROM line_items WHERE kind = 'order'").fetchdf()
    if dim == "first-product":
        li["k"] = li["product_key"]
        li["nm"] = li["product_name"].fillna(li["product_id"]).fillna(li["product_key"])
    else:
        li["nm"] = li["category"].str.strip()
        li = li[li["nm"].notna() & (li["nm"] != "")].copy()
        li["k"] = [product_key(c) for c in li["category"]]
    return li


def _names(li: pd.DataFrame) -> dict[str, str]:
    out = {}
    for k, grp in li.groupby("k"):
        counts = Counter(grp["nm"])
        out[k] = max(counts, key=lambda nm: (counts[nm], nm))
    return out


def first_values(cur: Any, dim: str) -> dict[str, str | None]:
    """customer id -> display name of their first order's main product/category."""
    orders = cur.execute(
        "SELECT order_id, customer_id, order_ts, coalesce(import_id, 0) AS imp, "
        "coalesce(source_row, rowid) AS row FROM orders "
        "WHERE kind = 'order' AND customer_id IS NOT NULL").fetchdf()
    first = (orders.sort_values(["customer_id", "order_ts", "imp", "row"])
             .drop_duplicates("customer_id"))
    li = _lines(cur, dim)
    names = _names(li)
    li["rv"] = li["revenue"].fillna(0.0)
    per = li.groupby(["order_id", "customer_id", "k"], as_index=False)["rv"].sum()
    per["name"] = per["k"].map(names)
    per["neg"] = -per["rv"]
    main = (per.sort_values(["order_id", "customer_id", "neg", "name", "k"])
            .drop_duplicates(["order_id", "customer_id"]))
    got = dict(zip(zip(main["order_id"], main["customer_id"], strict=True), main["name"],
                   strict=True))
    return {c: got.get((o, c)) for o, c in zip(first["order_id"], first["customer_id"],
                                              strict=True)}


def cohort_sizes(cur: Any, dim: str) -> dict[str | None, int]:
    """Customers per first-order product/category (``None`` = no product)."""
    return dict(Counter(first_values(cur, dim).values()))
