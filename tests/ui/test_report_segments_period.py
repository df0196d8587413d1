"""The report's "Top segments" block names its period and prints the engine's numbers
for it: the same default range as the Segments tab and ``metrics compare``.

Before, the block counted all time (organic 2,332 in the demo) under a "Headline period:
December 2024" header, while the Segments tab and ``metrics compare`` counted about the
last 12 months (1,927 / 1,952): three different numbers, none of them saying which period.
The period is worked out by hand (the first day of the month holding the day 364 days
before the last order) and the rows are checked against ``metrics compare --json``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import duckdb
import openpyxl
import pytest

from tests.ui.pdf_layout import pdf_text
from tests.ui.user.screen import cli_json


def _day(text: str) -> date:
    y, m, d = (int(x) for x in re.findall(r"\d+", text))
    return date(y, m, d)


def test_top_segments_block_names_its_period_and_equals_compare(qapp, shop_path, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    cli_json(["report", "--project", str(shop_path), "--pdf", str(pdf), "--xlsx", str(xlsx),
              "--lang", "en", "--calendar", "gregorian"])
    text = pdf_text(pdf)
    page1 = text.split("\f")[0]
    m = re.search(r"Top segments by channel, (\d{4}\D\d\d\D\d\d) – (\d{4}\D\d\d\D\d\d)", page1)
    assert m, "the block must name its period"
    first, last = _day(m.group(1)), _day(m.group(2))

    # hand-worked: the month holding the day 364 days before the last order, to the end
    con = duckdb.connect(str(shop_path), read_only=True)
    end = con.execute("SELECT max(CAST(order_ts AS DATE)) FROM orders").fetchone()[0]
    con.close()
    back = end - timedelta(days=364)
    assert (first, last) == (back.replace(day=1), end)

    # the same range is metrics compare's default, and the block prints its numbers
    default = cli_json(["metrics", "compare", "--project", str(shop_path), "--by", "channel",
                        "--calendar", "gregorian"])
    assert default["range"] == {"from": first.isoformat(), "to": last.isoformat()}
    chosen = cli_json(["metrics", "compare", "--project", str(shop_path), "--by", "channel",
                       "--calendar", "gregorian", "--from", first.isoformat(),
                       "--to", last.isoformat()])
    block = page1[m.end():].split("Products that bring")[0]
    printed = {}
    for row in chosen["values"]:
        hit = re.search(rf"(?m)\b{re.escape(row['value'])}\s+([\d,]+)\s+([\d.]+)%", block)
        if hit:
            printed[row["value"]] = int(hit.group(1).replace(",", ""))
            assert float(hit.group(2)) == pytest.approx(
                100 * row["repeat_purchase_rate"]["value"], abs=0.051)
    assert len(printed) >= 3
    assert printed == {r["value"]: r["customers"] for r in chosen["values"]
                       if r["value"] in printed}
    # the workbook's segments sheet: the same rows, each with its first and last day
    sheet = list(openpyxl.load_workbook(xlsx)["Segments"].iter_rows(values_only=True))
    col = {name: i for i, name in enumerate(sheet[0])}
    assert {(r[col["Value"]], r[col["Customers"]]) for r in sheet[1:]} == {
        (r["value"], r["customers"]) for r in chosen["values"]}
    assert {(r[col["First day"]].date(), r[col["Last day"]].date()) for r in sheet[1:]} == {
        (first, last)}
    assert [r["customers"] for r in default["values"]] == [
        r["customers"] for r in chosen["values"]]
