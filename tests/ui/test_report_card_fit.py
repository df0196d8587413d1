"""The report's KPI cards show their whole title and value (nothing cut at the card edge).

A walk-through read "63,081,500 Toma" on a Persian shop's Revenue card and "Historical
value per customer (last 12" on the demo's value card: Qt clips text at the card, so the
cut glyphs are still in the PDF's text, but past the card's edge. The edges come from
the page itself: a card ends 6 pt (the gap) plus 6 pt (the padding) before the next
card's title starts, and the last column ends where the right-aligned subtitle ends.
"""

from __future__ import annotations

import html
import re
import subprocess

import pandas as pd
import pytest

from tests.ui.test_mapping_dialog_user import _uci
from tests.ui.user.screen import cli_json

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">'
                   r"(.*?)</word>")


def _words(pdf) -> list[tuple[float, float, float, str]]:
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(float(a), float(y), float(b), html.unescape(t)) for a, y, b, t in _WORD.findall(out)]


def _find(words, text: str, near_y: float | None = None):
    hits = [w for w in words if w[3] == text and (near_y is None or abs(w[1] - near_y) < 30)]
    assert hits, (text, [w[3] for w in words][:80])
    return hits[0]


def _report(project, out, lang: str = "en"):
    from retention_desktop.cli import main

    assert main(["report", "--project", str(project), "--pdf", str(out), "--lang", lang]) == 0
    return _words(out)


@pytest.fixture(scope="module")
def toman_project(tmp_path_factory):
    """A shop whose monthly revenue runs to hundreds of millions of Toman."""
    folder = tmp_path_factory.mktemp("toman")
    raw = _uci()
    raw = raw[~raw["INVOICE"].str.startswith("C")].copy()
    raw["ts"] = pd.Timestamp("2023-03-25") + pd.to_timedelta(
        raw["INVOICE"].rank(method="dense").astype(int) * 3, unit="D")
    path = folder / "sales.csv"
    pd.DataFrame({"invoice": raw["INVOICE"].to_numpy(),
                  "date": raw["ts"].dt.strftime("%Y-%m-%d").to_numpy(),
                  "customer": raw["CUSTOMERID"].to_numpy(),
                  "مبلغ (تومان)": (raw["amount"] * 1_000_000).round().to_numpy()}).to_csv(
        path, index=False, encoding="utf-8-sig")
    project = folder / "toman.rdproj.duckdb"
    cli_json(["import", "--project", str(project), "--map", "order_id=invoice",
              "--map", "order_ts=date", "--map", "customer_id=customer",
              "--map", "revenue=مبلغ (تومان)", str(path)])
    return project


def test_a_big_amount_and_its_currency_stay_inside_the_card(toman_project, tmp_path):
    words = _report(toman_project, tmp_path / "toman.pdf")
    revenue = _find(words, "Revenue")
    aov = _find(words, "Average", revenue[1])
    value = [w for w in words if revenue[1] + 8 < w[1] < revenue[1] + 30
             and revenue[0] - 1 < w[0] < aov[0]]
    texts = [w[3] for w in value]
    assert "Toman" in texts and any(re.fullmatch(r"[\d,]{10,}", t) for t in texts), texts
    edge = aov[0] - 12  # the Revenue card's right border
    assert max(w[2] for w in value) <= edge + 0.5, (value, edge)


def test_a_long_card_title_is_shown_whole(demo_store, tmp_path):
    path = demo_store.path
    demo_store.close()
    words = _report(path, tmp_path / "demo.pdf")
    right = _find(words, "summary", 40)  # "Customer retention summary", right-aligned
    title = ["Historical", "value", "per", "customer", "(last", "12", "months)"]
    first = _find(words, title[0])
    shown = [w for w in words if first[1] - 1 < w[1] < first[1] + 14 and w[0] >= first[0] - 1]
    assert [w[3] for w in shown][:len(title)] == title, shown
    assert max(w[2] for w in shown[:len(title)]) <= right[2] + 0.5, (shown, right)
