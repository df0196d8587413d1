"""Hand-built and sample shops for the growth-metric tests (stickiness, funnel, compare,
CAC, what-if, NPS). Rows go straight into the project tables, no importer involved."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from retention_desktop.core.store import ProjectStore

DATA = Path(__file__).resolve().parents[2] / "data"

ORDER_COLS = ["order_id", "customer_id", "order_ts", "revenue", "kind", "channel",
              "campaign", "country", "plan"]


def orders_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows ``(order_id, customer_id, 'YYYY-MM-DD[ HH:MM]', revenue[, kind[, channel[,
    campaign[, country[, plan]]]]])`` as an ``orders`` frame."""
    full = [tuple(r) + (None,) * (len(ORDER_COLS) - len(r)) for r in rows]
    df = pd.DataFrame(full, columns=ORDER_COLS, dtype=object)
    df["kind"] = df["kind"].fillna("order")
    df["order_ts"] = pd.to_datetime(df["order_ts"], format="ISO8601")
    df["revenue"] = df["revenue"].astype(float)
    return df


def build_store(path: Path, orders: pd.DataFrame | None = None, **tables: pd.DataFrame) -> ProjectStore:
    """A new project with ``orders`` and any of the optional tables filled in."""
    store = ProjectStore(path)
    with store.write() as cur:
        for name, df in [("orders", orders), *tables.items()]:
            if df is None or len(df) == 0:
                continue
            df = df.dropna(axis=1, how="all")  # all-None columns stay NULL in the table
            cur.register("src_df", df)
            cols = ", ".join(f'"{c}"' for c in df.columns)
            cur.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM src_df")
            cur.unregister("src_df")
    return store


def cdnow_orders() -> pd.DataFrame:
    """The CDNOW sample (2,357 customers, 1997-01..1998-06) as orders. A deterministic
    pseudo channel (customer number mod 3) makes segment breakdowns testable."""
    raw = pd.read_csv(DATA / "cdnow_sample" / "CDNOW_sample.txt", sep=r"\s+", header=None,
                      names=["orig", "cid", "date", "cds", "dollars"],
                      dtype={"orig": str, "cid": str, "date": str})
    df = pd.DataFrame({
        "order_id": [f"o{i}" for i in range(len(raw))],
        "customer_id": raw["cid"].astype(str),
        "order_ts": pd.to_datetime(raw["date"], format="%Y%m%d"),
        "revenue": raw["dollars"].astype(float),
        "kind": "order",
        "channel": [("web", "store", "ads")[int(c) % 3] for c in raw["cid"]],
    })
    return df


def retail_orders() -> pd.DataFrame:
    """The UCI Online Retail II sample (one day, 17 customers) as one row per invoice;
    'C' invoices are cancellations with negative revenue."""
    raw = pd.read_csv(DATA / "online_retail_excel_sample" / "online_retail_sample.csv",
                      dtype={"INVOICE": str, "CUSTOMERID": str})
    raw["line"] = raw["QUANTITY"] * raw["PRICE"]
    raw["ts"] = pd.to_datetime(raw["INVOICEDATE"], format="%d/%m/%Y %H:%M")
    inv = raw.groupby("INVOICE", as_index=False).agg(
        customer_id=("CUSTOMERID", "first"), order_ts=("ts", "min"), revenue=("line", "sum"),
        country=("COUNTRY", "first"))
    inv["kind"] = ["cancel" if i.startswith("C") else "order" for i in inv["INVOICE"]]
    inv = inv.rename(columns={"INVOICE": "order_id"})
    return inv[["order_id", "customer_id", "order_ts", "revenue", "kind", "country"]]
