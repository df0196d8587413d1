"""The product filters of the filter bar ("first order contained X", "ever bought X")
against a pandas oracle over the generated shop's own frames, plus the planted demo effect
and the guarantee that product lines change no order of the demo shop."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core import demo_products
from retention_desktop.core.demo import generate_shop, write_shop
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.prepared import prepare
from retention_desktop.core.engine.spec import FilterSpec, Settings, describe_filters
from retention_desktop.core.store import ProjectStore

N = 800


@pytest.fixture(scope="module")
def shop_store(tmp_path_factory):
    shop = generate_shop(n_customers=N, seed=3, with_activity=False)
    path = tmp_path_factory.mktemp("pf") / "shop.rdproj.duckdb"
    with ProjectStore(path) as store:
        write_shop(store, shop, name="t", demo=False)
    store = ProjectStore(path, read_only=True)
    yield shop, store
    store.close()


def _oracle(shop, spec: FilterSpec) -> set[str]:
    """Customers the spec keeps, written in pandas from the generated frames."""
    o = shop.orders
    o = o[(o["kind"] == "order") & o["customer_id"].notna()]
    end = pd.Timestamp(spec.date_to) + pd.Timedelta(days=1) if spec.date_to else None
    if end is not None:
        o = o[o["order_ts"] < end]
    keep = set(o["customer_id"])
    li = shop.line_items
    if spec.first_product:
        allo = shop.orders[(shop.orders["kind"] == "order") & shop.orders["customer_id"].notna()]
        first = allo.sort_values(["order_ts"], kind="stable").groupby("customer_id").head(1)
        hit = li[li["product_key"].isin(spec.first_product)]["order_id"]
        keep &= set(first[first["order_id"].isin(hit)]["customer_id"])
    if spec.bought_product:
        lines = li if end is None else li[li["order_ts"] < end]
        keep &= set(lines[lines["product_key"].isin(spec.bought_product)]["customer_id"])
    return keep


def _engine_customers(store, spec: FilterSpec) -> int:
    return prepare(store, spec, Settings()).n_customers


@pytest.mark.parametrize("spec", [
    FilterSpec(first_product=("t-101",)),
    FilterSpec(first_product=("s-201", "n-302")),
    FilterSpec(bought_product=("p-502",)),
    FilterSpec(bought_product=("w-401",), date_to=pd.Timestamp("2024-03-31").date()),
    FilterSpec(first_product=("t-102",), bought_product=("s-202",)),
])
def test_product_filters_keep_the_oracles_customers(shop_store, spec):
    shop, store = shop_store
    want = _oracle(shop, spec)
    assert 0 < len(want) < N  # the filter really filters
    assert _engine_customers(store, spec) == len(want)


def test_filtered_kpis_equal_oracle(shop_store):
    """Whole metrics (customers, orders, revenue, repeat customers) follow the filter."""
    shop, store = shop_store
    spec = FilterSpec(bought_product=("n-303",))
    keep = _oracle(shop, spec)
    docs = shop.orders[shop.orders["customer_id"].isin(keep)]
    o = docs[docs["kind"] == "order"]
    counts = o.groupby("customer_id").size()
    result = kpis(store, spec, Settings())
    assert result["customers"] == len(keep)
    assert result["orders"] == len(o)
    assert result["revenue"] == pytest.approx(docs["revenue"].sum())  # net of returns
    assert result["repeat_customers"] == int((counts >= 2).sum())


def test_cli_product_options_match_oracle(shop_store, capsys):
    """``metrics kpis --first-product SKU --bought-product NAME``: values are folded to keys."""
    from retention_desktop.cli import main

    shop, store = shop_store
    code = main(["metrics", "kpis", "--project", str(store.path), "--json",
                 "--first-product", " S-201 ", "--bought-product", "P-502"])
    assert code == 0
    want = _oracle(shop, FilterSpec(first_product=("s-201",), bought_product=("p-502",)))
    assert json.loads(capsys.readouterr().out)["customers"] == len(want) > 0


def test_cli_product_by_name_and_unknown_product(shop_store, capsys):
    """A name in another spelling finds the product's key; an unknown one is named."""
    from retention_desktop.cli import main

    shop, store = shop_store
    assert main(["metrics", "kpis", "--project", str(store.path), "--json",
                 "--bought-product", "  SUMAC   200G "]) == 0
    want = _oracle(shop, FilterSpec(bought_product=("p-502",)))
    assert json.loads(capsys.readouterr().out)["customers"] == len(want) > 0
    assert main(["metrics", "kpis", "--project", str(store.path), "--first-product",
                 "caviar"]) == 1
    assert "no product called 'caviar'" in capsys.readouterr().err


def test_spec_round_trip_and_wording():
    spec = FilterSpec(first_product=("t-101",), bought_product=("s-201", "n-302"))
    again = FilterSpec.from_json(spec.to_json())
    assert again == spec
    assert FilterSpec.from_dict({"first_product": "x"}).first_product == ("x",)
    names = {"t-101": "Lahijan black tea 500g"}
    words = describe_filters(spec, names=lambda kind, v: names.get(v, v) if kind == "product"
                             else v)
    assert words == ["first order contained Lahijan black tea 500g",
                     "ever bought s-201 / n-302"]
    assert not spec.is_empty() and FilterSpec().is_empty()


def test_product_lines_change_no_order_and_sum_to_revenue():
    with_lines = generate_shop(n_customers=300, seed=3)
    without = generate_shop(n_customers=300, seed=3, with_products=False)
    pd.testing.assert_frame_equal(with_lines.orders, without.orders)
    assert without.line_items is None
    o = with_lines.orders[with_lines.orders["kind"] == "order"].set_index("order_id")
    sums = with_lines.line_items.groupby("order_id")["revenue"].sum()
    assert set(sums.index) == set(o.index)
    np.testing.assert_allclose(sums.reindex(o.index), o["revenue"], atol=1e-9)


def test_planted_product_doubles_the_90_day_repeat_rate():
    """pandas: customers whose first order held the planted product come back within 90 days
    about twice as often as the shop (the effect the Products view must find)."""
    shop = generate_shop(with_activity=False)
    o = shop.orders[(shop.orders["kind"] == "order") & shop.orders["customer_id"].notna()]
    o = o.sort_values(["customer_id", "order_ts"], kind="stable")
    o["seq"] = o.groupby("customer_id").cumcount()
    first = o[o["seq"] == 0].set_index("customer_id")
    second = o[o["seq"] == 1].set_index("customer_id")["order_ts"]
    first["back"] = (second.reindex(first.index) - first["order_ts"]) <= pd.Timedelta(days=90)
    observed = first[first["order_ts"] <= o["order_ts"].max() - pd.Timedelta(days=90)]
    planted = shop.line_items[shop.line_items["product_id"] == demo_products.PLANTED_PRODUCT]
    with_p = observed[observed["order_id"].isin(planted["order_id"])]
    ratio = with_p["back"].mean() / observed["back"].mean()
    assert len(with_p) > 300
    assert 1.7 < ratio < 2.3


def test_a_product_filtered_row_is_all_shown_customers_not_too_few(shop_store):
    """Under "first order contained X" every shown customer is in X's row: nothing to
    compare it with. It read "too few" on 305 customers; it is "all"."""
    from retention_desktop.core.engine import products as eng

    _shop, store = shop_store
    table = eng.first_products(store, FilterSpec(first_product=("t-101",)), Settings())
    row = next(r for r in table.rows if r.key == "t-101")
    assert row.customers == table.shop.customers >= 30 and not row.too_few
    assert row.verdict == "all" and row.rank == 1
    assert row.repeat_at(90).diff is None  # no difference is claimed
    others = [r for r in table.rows if r.key != "t-101"]
    assert all(r.verdict != "all" for r in others)
