"""CDNOW fixtures: the transactions as a frame and loaded into a project file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.core.store import ProjectStore
from tests.clv.helpers import read_cdnow, write_orders


@pytest.fixture(scope="session")
def cdnow_tx() -> pd.DataFrame:
    return read_cdnow()


@pytest.fixture(scope="session")
def cdnow_project(tmp_path_factory, cdnow_tx) -> Path:
    path = tmp_path_factory.mktemp("cdnow") / "cdnow.duckdb"
    with ProjectStore(path) as store:
        write_orders(store, cdnow_tx)
        contacts = pd.DataFrame({
            "customer_id": ["0001", "0002", "0003"],
            "email": ["=HYPERLINK(\"http://x\")", "b@example.com", "c@example.com"],
            "phone": ["+98 912 000 0001", "@SUM(1)", "-2+3"],
            "name": ["Ali", "Sara", "Reza"],
        })
        with store.write() as cur:
            cur.register("c", contacts)
            cur.execute("INSERT INTO customers (customer_id, email, phone, name) "
                        "SELECT customer_id, email, phone, name FROM c")
            cur.unregister("c")
    return path
