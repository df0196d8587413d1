"""The report's optional product section: printed (PDF text and workbook sheet) with the
engine's numbers when the project has product lines, left out with ``--no-products``,
and never printed for an order-level project."""

from __future__ import annotations

import openpyxl

from retention_desktop.core.store import ProjectStore
from tests.ui.pdf_layout import pdf_text
from tests.ui.shop import build_small_shop
from tests.ui.user.screen import cli_json

TITLE = "Products that bring customers back"  # the section's title on the page


def test_product_section_prints_the_engines_best_products(qapp, shop_path, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    cli_json(["report", "--project", str(shop_path), "--pdf", str(pdf), "--xlsx", str(xlsx)])
    engine = cli_json(["metrics", "products", "--project", str(shop_path)])
    wi = engine["meta"]["windows"].index(90)
    ranked = [r for r in engine["rows"] if r["rank"] is not None]
    best = ranked[:5]
    assert len(best) >= 3  # products with enough customers to print
    text = pdf_text(pdf)
    assert TITLE in text
    lines = text.splitlines()
    shop = engine["shop"]["repeat"][wi]["rate"]
    words = {"above": "more often", "below": "less often", "same": "no clear difference"}
    for row in best[:3]:  # the page prints three: n, rate, the verdict's range and verdict
        # beside the lifecycle chart; a long name ends in "…"
        line = next(x for x in lines if row["name"][:12] in x)
        rate = row["repeat"][wi]
        low = max(0.0, shop + rate["diff_low"])  # the range the verdict uses
        high = min(1.0, shop + rate["diff_high"])
        assert (low <= shop <= high) == (row["verdict"] == "same")
        for value in (f"{row['customers']:,}", f"{rate['rate'] * 100:.1f}%",
                      f"{low * 100:.1f}% – {high * 100:.1f}%", words[row["verdict"]]):
            assert value in line, (value, line)
    sheet = openpyxl.load_workbook(xlsx)["Products"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] is not None]
    assert [(r[0], r[1], round(r[3], 10)) for r in rows] == [
        (b["name"], b["customers"], round(b["repeat"][wi]["rate"], 10)) for b in ranked]


def test_product_section_can_be_left_out(qapp, shop_path, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    cli_json(["report", "--project", str(shop_path), "--pdf", str(pdf), "--xlsx", str(xlsx),
              "--no-products"])
    assert TITLE not in pdf_text(pdf)
    assert "Products" not in openpyxl.load_workbook(xlsx).sheetnames


def test_no_product_section_without_product_lines(qapp, tmp_path):
    path = tmp_path / "small.rdproj.duckdb"
    build_small_shop(path, customers=150).close()
    pdf = tmp_path / "r.pdf"
    cli_json(["report", "--project", str(path), "--pdf", str(pdf)])
    assert TITLE not in pdf_text(pdf)


def test_report_tab_products_tick(qapp, qtbot, shop_path):
    """Report tab: the "Products section" tick shows only for a project with products and
    takes the section off the page when the user unticks it."""
    from PySide6.QtCore import Qt

    from retention_desktop.core.engine.spec import FilterSpec, saved_settings
    from retention_desktop.core.report.data import build_report
    from retention_desktop.core.tasks import run_to_completion
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.report import page
    from retention_desktop.ui.tabs.report_tab import ReportTab

    with ProjectStore(shop_path, read_only=True) as store:
        data = run_to_completion(build_report(store, FilterSpec(), saved_settings(store)))
    ctx = AppContext()
    tab = ReportTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    painted: list[str] = []
    original = page.ReportPages._paint_products

    def spy(self, p, *args):
        painted.append(self.data.shop_name)
        return original(self, p, *args)

    page.ReportPages._paint_products = spy
    try:
        tab.set_data(data)
        assert tab.products.isVisible() and tab.products.isChecked() and painted
        painted.clear()
        qtbot.mouseClick(tab.products, Qt.MouseButton.LeftButton,
                         pos=tab.products.rect().center())
        assert not tab.products.isChecked() and not tab.pages().products
        assert not painted  # the preview was painted again, without the section
    finally:
        page.ReportPages._paint_products = original
        ctx.runner.shutdown()
