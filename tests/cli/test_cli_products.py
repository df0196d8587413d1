"""``retention-desktop metrics products``: JSON = engine, text, filters, the due list."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from retention_desktop.cli import main
from retention_desktop.core import product_shop
from retention_desktop.core.engine import products as eng
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore

SHOP = product_shop.ShopSpec(customers=1500, products=60, seed=3)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("pcli") / "shop.duckdb"
    store = ProjectStore(path)
    product_shop.write(store, SHOP)
    store.close()
    return path


def _json(capsys, *args):
    assert main(["metrics", "products", "--project", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_is_the_engine_table(project, capsys):
    out = _json(capsys, str(project), "--min-n", "20", "--window", "180", "--top", "5",
                "--period", "last-year")
    with ProjectStore(project, read_only=True) as store:
        spec = FilterSpec(period="last-year").resolved(
            store.cursor().execute("SELECT CAST(max(order_ts) AS DATE) FROM orders")
            .fetchone()[0])
        table = eng.first_products(store, spec, Settings(min_cell_n=20), rank_window=180)
        rep = eng.repurchase(store, spec, Settings(min_cell_n=20))
    want = table.to_dict()
    assert out["meta"] == want["meta"] and out["shop"] == want["shop"]
    assert out["rows"] == want["rows"][:5]
    assert out["repurchase"] == [r.to_dict() for r in rep.rows][:5]
    assert out["meta"]["range_from"] == spec.date_from.isoformat()


def test_one_product_by_its_name_with_next_products(project, capsys):
    out = _json(capsys, str(project), "--product", "  PLANTED tea ")
    assert [r["key"] for r in out["rows"]] == [product_shop.PLANTED]
    assert out["rows"][0]["verdict"] == "above"
    nxt = out["next_products"]
    assert nxt["source_key"] == product_shop.PLANTED and nxt["rows"]
    assert nxt["rows"][0]["lift"] > 1


def test_text_output_and_categories(project, capsys):
    assert main(["metrics", "products", "--project", str(project), "--by", "category",
                 "--top", "3", "--lang", "fa"]) == 0
    text = capsys.readouterr().out
    assert "All new customers" in text and "cat" in text
    assert "۱" in text or "۲" in text  # Persian digits


def test_reorder_due_list_to_csv(project, tmp_path, capsys):
    out = tmp_path / "due.csv"
    assert main(["metrics", "products", "--project", str(project), "--reorder-due",
                 "--product", product_shop.PLANTED_ID, "--out", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    with ProjectStore(project, read_only=True) as store:
        rows = eng.reorder_due(store, FilterSpec(), Settings(), product=product_shop.PLANTED)
    assert list(frame["customer_id"]) == [r.customer_id for r in rows] and len(rows)
    assert set(frame["product_name"]) == {product_shop.PLANTED_NAME}
    assert (frame["days_since"] > frame["usual_interval_days"]).all()


def test_mistakes_are_explained(project, tmp_path, capsys):
    assert main(["metrics", "products", "--project", str(project), "--product", "nope"]) == 1
    assert "no product called 'nope'" in capsys.readouterr().err
    assert main(["metrics", "kpis", "--project", str(project), "--top", "3"]) == 1
    assert "only apply to 'metrics products'" in capsys.readouterr().err
    assert main(["metrics", "products", "--project", str(project), "--window", "45"]) == 1
    assert "ranking window 45" in capsys.readouterr().err
    empty = tmp_path / "orders_only.duckdb"
    with ProjectStore(empty) as store, store.write() as cur:
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) VALUES "
                    "('1', 'A', TIMESTAMP '2024-01-01', 3.0)")
    assert main(["metrics", "products", "--project", str(empty)]) == 1
    assert "no product lines" in capsys.readouterr().err
