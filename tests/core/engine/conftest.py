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
