"""Test helpers: read CDNOW, write orders into a project (no dependency on the importer)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from retention_desktop.core.store import ProjectStore

CDNOW = Path(__file__).resolve().parents[1] / "data" / "cdnow_sample" / "CDNOW_sample.txt"


def read_cdnow() -> pd.DataFrame:
    """CDNOW 1/10 sample as ``customer_id``, ``ts``, ``revenue`` (plus the raw columns)."""
    df = pd.read_csv(CDNOW, sep=r"\s+", header=None,
                     names=["orig_id", "customer_id", "date", "cds", "dollars"],
                     dtype={"orig_id": str, "customer_id": str, "date": str})
    df["ts"] = pd.to_datetime(df["date"], format="%Y%m%d")
    df["revenue"] = df["dollars"].astype(float)
    return df


def write_orders(store: ProjectStore, tx: pd.DataFrame) -> None:
    """Insert transactions as orders (one order per row) through ``store.write()``."""
    frame = pd.DataFrame({
        "order_id": [f"o{i}" for i in range(len(tx))],
        "customer_id": tx["customer_id"].astype(object).where(tx["customer_id"].notna(), None),
        "order_ts": pd.to_datetime(tx["ts"]),
        "revenue": tx["revenue"].astype(float),
        "kind": tx.get("kind", "order"),
        "country": tx.get("country"),
    })
    with store.write() as cur:
        cur.register("incoming", frame)
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, country) "
                    "SELECT order_id, customer_id, order_ts, revenue, kind, country FROM incoming")
        cur.unregister("incoming")


def same_to_4_significant(value: float, reference: float) -> bool:
    """|value − reference| ≤ half a unit in the 4th significant digit of ``reference``."""
    import math

    unit = 10.0 ** (math.floor(math.log10(abs(reference))) - 3)
    return abs(value - reference) <= 0.5 * unit + 1e-12
