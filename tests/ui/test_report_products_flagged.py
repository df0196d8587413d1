"""The printed report never hides a product the Products tab flags (walk-through): every
product whose verdict is "more/less often" is printed, with a line saying how many of how
many are shown, and the workbook lists every ranked product. The Filters line names a
filtered product as the filter bar does, not by its code."""

from __future__ import annotations

import re

import openpyxl
import pytest

from retention_desktop.core.demo import generate_shop, write_shop
from retention_desktop.core.engine.products import resolve_product
from retention_desktop.core.store import ProjectStore
from tests.ui.pdf_layout import pdf_text
from tests.ui.user.screen import cli_json

WORDS = {"above": "more often", "below": "less often", "same": "no clear difference"}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    # the demo's shop: "Saffron 1g" comes back less often and ranks last of 12
    path = tmp_path_factory.mktemp("rpf") / "demo.rdproj.duckdb"
    with ProjectStore(path) as store:
        write_shop(store, generate_shop(seed=7, with_activity=False), name="Demo", demo=False)
    return path


def test_every_flagged_product_is_printed(qapp, demo_path, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    cli_json(["report", "--project", str(demo_path), "--pdf", str(pdf), "--xlsx", str(xlsx)])
    engine = cli_json(["metrics", "products", "--project", str(demo_path)])
    wi = engine["meta"]["windows"].index(90)
    ranked = [r for r in engine["rows"] if r["rank"] is not None]
    flagged = [r for r in ranked if r["verdict"] in ("above", "below")]
    # the case the walk-through found: a flagged product ranked past the third row
    assert any(ranked.index(r) >= 3 for r in flagged)
    lines = pdf_text(pdf).splitlines()
    for row in flagged:
        line = next((x for x in lines if row["name"][:12] in x), None)
        assert line is not None, row["name"]
        assert f"{row['customers']:,}" in line and WORDS[row["verdict"]] in line, line
        assert f"{row['repeat'][wi]['rate'] * 100:.1f}%" in line, line
    printed = [r for r in ranked if any(r["name"][:12] in x and f"{r['customers']:,}" in x
                                        for x in lines)]
    note = next(x for x in lines if "products shown" in x)
    m = re.search(r"(\d+) of (\d+) products shown; all in the Products tab", note)
    assert m and (int(m[1]), int(m[2])) == (len(printed), len(ranked)), note
    sheet = openpyxl.load_workbook(xlsx)["Products"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] is not None]
    assert [(r[0], r[1], r[7]) for r in rows] == [
        (b["name"], b["customers"], WORDS[b["verdict"]]) for b in ranked]


def test_filters_line_names_the_product(qapp, demo_path, tmp_path):
    pdf, xlsx = tmp_path / "f.pdf", tmp_path / "f.xlsx"
    cli_json(["report", "--project", str(demo_path), "--pdf", str(pdf), "--xlsx", str(xlsx),
              "--first-product", "pistachios 500G"])  # typed as a user would
    with ProjectStore(demo_path, read_only=True) as store:
        key = resolve_product(store, "pistachios 500G")
    assert key and key != "Pistachios 500g"
    text = pdf_text(pdf)
    assert "Filters: first order contained Pistachios 500g" in text
    assert key not in text
    readme = openpyxl.load_workbook(xlsx).worksheets[0]
    cells = {r[0]: r[1] for r in readme.iter_rows(values_only=True) if r and r[0]}
    assert cells["Filters"] == "first order contained Pistachios 500g"
