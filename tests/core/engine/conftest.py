"""Fixtures for engine tests: real samples and hand-built shops written into a project.

The loader is a small pandas -> ``store.write()`` bridge so these tests do not depend on
the importer; it maps the samples the obvious way (one row per purchase document).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.core.store import ProjectStore

DATA = Path(__file__).resolve().parents[2] / "data"
COLUMNS = ["order_id", "customer_id", "order_ts", "revenue", "kind", "channel", "country"]


def write_orders(store: ProjectStore, df: pd.DataFrame) -> None:
    """Append ``df`` (columns as in COLUMNS, missing ones filled) to ``orders``."""
    df = df.copy()
    for col in COLUMNS:
        if col not in df:
            df[col] = "order" if col == "kind" else None
    df = df[COLUMNS]
    df["order_ts"] = pd.to_datetime(df["order_ts"])
    with store.write() as cur:
        cur.register("incoming", df)
        cur.execute(f"INSERT INTO orders ({', '.join(COLUMNS)}) SELECT * FROM incoming")
        cur.unregister("incoming")


def cdnow_frame() -> pd.DataFrame:
    raw = pd.read_csv(DATA / "cdnow_sample" / "CDNOW_sample.txt", sep=r"\s+", header=None,
                      names=["orig", "new", "date", "cds", "dollars"],
                      dtype={"orig": str, "new": str, "date": str})
    return pd.DataFrame({
        "order_id": [f"r{i}" for i in range(len(raw))],
        "customer_id": raw["orig"],
        "order_ts": pd.to_datetime(raw["date"], format="%Y%m%d"),
        "revenue": raw["dollars"].astype(float),
        "kind": "order",
    })


def retail_frame() -> pd.DataFrame:
    raw = pd.read_csv(DATA / "online_retail_excel_sample" / "online_retail_sample.csv",
                      dtype={"INVOICE": str, "CUSTOMERID": str})
    raw["line"] = raw["QUANTITY"] * raw["PRICE"]
    raw["ts"] = pd.to_datetime(raw["INVOICEDATE"], dayfirst=True)
    inv = raw.groupby("INVOICE", as_index=False).agg(
        customer_id=("CUSTOMERID", "first"), order_ts=("ts", "min"), revenue=("line", "sum"),
        country=("COUNTRY", "first"))
    inv["order_id"] = inv["INVOICE"]
    inv["kind"] = inv["INVOICE"].str.startswith("C").map({True: "cancel", False: "order"})
    return inv.drop(columns="INVOICE")


@pytest.fixture
def make_store(tmp_path):
    """Factory: ``make_store(df)`` -> an open ProjectStore holding ``df`` as orders."""
    stores = []

    def make(df: pd.DataFrame | None = None, name: str = "shop") -> ProjectStore:
        store = ProjectStore(tmp_path / f"{name}{len(stores)}.duckdb")
        stores.append(store)
        if df is not None and len(df):
            write_orders(store, df)
        return store

    yield make
    for s in stores:
        s.close()


@pytest.fixture(scope="session")
def cdnow_df():
    return cdnow_frame()


@pytest.fixture(scope="session")
def cdnow_store(tmp_path_factory):
    store = ProjectStore(tmp_path_factory.mktemp("cdnow") / "cdnow.duckdb")
    write_orders(store, cdnow_frame())
    yield store
    store.close()


@pytest.fixture(scope="session")
def retail_df():
    return retail_frame()


@pytest.fixture(scope="session")
def retail_store(tmp_path_factory):
    store = ProjectStore(tmp_path_factory.mktemp("retail") / "retail.duckdb")
    write_orders(store, retail_frame())
    yield store
    store.close()


def synthetic_frame(seed: int = 7, customers: int = 300) -> pd.DataFrame:
    """A small deterministic shop over ~14 months: repeaters, returns, cancellations,
    guests, channel and country dimensions, several orders on the same day."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []
    start = pd.Timestamp("2023-01-01")
    for c in range(customers):
        first = start + pd.Timedelta(days=int(rng.integers(0, 420)),
                                     hours=int(rng.integers(0, 24)))
        n = 1 + int(rng.geometric(0.45)) - 1 + (int(rng.integers(3, 9)) if c % 10 == 0 else 0)
        ts = first
        channel = ["ads", "email", "organic"][c % 3]
        country = ["UK", "DE", "FR", "UK"][c % 4]
        for i in range(n):
            if i:
                ts = ts + pd.Timedelta(days=int(rng.exponential(40)), hours=int(rng.integers(0, 5)))
            if ts > pd.Timestamp("2024-03-20"):
                break
            amount = round(float(rng.gamma(2.0, 30.0)), 2)
            rows.append((f"o{len(rows)}", f"c{c:04d}", ts, amount, "order", channel, country))
            if rng.random() < 0.08:
                rows.append((f"o{len(rows)}", f"c{c:04d}", ts + pd.Timedelta(days=3),
                             -round(amount * 0.5, 2), "return", channel, country))
    for g in range(40):
        rows.append((f"g{g}", None, start + pd.Timedelta(days=int(rng.integers(0, 440))),
                     25.0, "order", "ads", "UK"))
    rows.append(("x1", "ghost", pd.Timestamp("2023-05-05"), -10.0, "return", "ads", "UK"))
    rows.append(("x2", "c0003", pd.Timestamp("2023-12-24"), -5.0, "cancel", "ads", "UK"))
    return pd.DataFrame(rows, columns=COLUMNS)


@pytest.fixture(scope="session")
def synth_df():
    return synthetic_frame()


@pytest.fixture(scope="session")
def synth_store(tmp_path_factory):
    store = ProjectStore(tmp_path_factory.mktemp("synth") / "synth.duckdb")
    write_orders(store, synthetic_frame())
    yield store
    store.close()
