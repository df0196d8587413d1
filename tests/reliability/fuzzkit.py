"""Hypothesis strategies and checks for fuzzing the importer and the filter compilation.

Shared by ``test_fuzz.py`` (a few hundred cases) and ``benchmarks/fuzz_import.py``
(>= 10,000 cases). Each import case writes a CSV or XLSX file with hostile headers and
values and imports it into a project that already holds data; the contract checked:

* the only exception is :class:`ImportFailed`, whose message names the file (and the row
  and column where one is to blame);
* a rejected import leaves every table exactly as before;
* an accepted import keeps every table, and hostile text arrives as DATA: the hostile
  header becomes a column of ``orders`` under its own (cleaned) name and its values
  round-trip unchanged.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from hypothesis import strategies as st

HOSTILE = [
    '"; DROP TABLE orders; --', "'; DROP TABLE customers; --", "a\"b", "it's", "x;y", "--",
    "/* c */", "\u202eevil\u202c", "\u200f\u0645\u0634\u062a\u0631\u06cc", "=1+1", "@SUM(A1)",
    "+cmd|' /C calc'!A0", "-2", "NULL", "null", "", " ", "\x00", "a\x00b", "\t", "\r\n",
    "\\", "%", "_", "?", "$1", "\U0001f600", "x" * 5000, "ك" * 300, "(SELECT 1)",
    "orders", "order_id", "customer_id", "revenue", "kind", "rowid",
]
TEXT = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40),
                 st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
HEADER = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=30))
DATE = st.one_of(st.sampled_from(["2024-01-05", "2024-02-30", "05/01/2024", "", "yesterday",
                                  "2024-01-05 10:00:00", "99999-01-01", "\u06f1\u06f4\u06f0\u06f3/"
                                  "\u06f0\u06f1/\u06f0\u06f5"]), TEXT)
AMOUNT = st.one_of(st.sampled_from(["10", "-5.5", "1,234.50", "", "abc", "1e308", "nan", "inf",
                                    "\u06f1\u06f2", "12 \u0631\u06cc\u0627\u0644"]), TEXT)
ROW = st.tuples(st.one_of(st.integers(1, 50).map(str), TEXT),
                st.one_of(st.integers(1, 20).map(lambda i: f"C{i}"), TEXT), DATE, AMOUNT, TEXT)


@st.composite
def export_case(draw):
    """(extra header, rows, good rows appended, as xlsx) for one hostile file."""
    extra = draw(HEADER)
    rows = draw(st.lists(ROW, min_size=0, max_size=12))
    good = draw(st.integers(0, 5))
    return extra, rows, good, draw(st.booleans())


HEAD = ["order_id", "customer_id", "order_date", "total"]
_GOOD_VALUE = "\u202eRTL'\";--"


def write_case(folder: Path, n: int, case) -> Path:
    """Write the file of one case; valid rows use a hostile but clean extra value."""
    extra, rows, good, as_xlsx = case
    body = [list(r) for r in rows]
    body += [[f"G{n}-{i}", f"C{i}", "2024-03-0" + str(i + 1), "12.5", _GOOD_VALUE]
             for i in range(good)]
    path = folder / f"case{n}.{'xlsx' if as_xlsx else 'csv'}"
    if as_xlsx:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for r in [[*HEAD, extra], *body]:
            ws.append([_xlsx_safe(c) for c in r])
        wb.save(path)
    else:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([[*HEAD, extra], *body])
    return path


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_safe(value: str) -> str:
    # openpyxl refuses XML-illegal control characters; Excel cannot store them either
    return _ILLEGAL_XML.sub("", value)[:32000]


TABLES = ("orders", "customers", "imports", "rejected_rows", "mappings", "dimensions", "meta")


def state(store) -> dict:
    """Every table's row count and order-independent content checksum; orders columns."""
    cur = store.cursor()
    out = {}
    for t in TABLES:
        out[t] = cur.execute(f'SELECT count(*), sum(hash(t))::VARCHAR FROM "{t}" t').fetchone()
    out["orders_columns"] = [d[0] for d in cur.execute("SELECT * FROM orders LIMIT 0")
                             .description]
    return out


def check_import_case(store, folder: Path, n: int, case) -> str:
    """Import one case; assert the contract. Returns 'accepted' or 'rejected'."""
    from retention_desktop.core.importer import ImportFailed, import_files
    from retention_desktop.core.tasks import run_to_completion

    path = write_case(folder, n, case)
    before = state(store)
    try:
        summary = run_to_completion(import_files(store, [path]))
    except ImportFailed as exc:
        assert path.name in str(exc), f"rejection does not name the file: {exc}"
        assert str(exc).strip() and exc.reason.strip()
        assert state(store) == before, "a rejected import changed the project"
        return "rejected"
    after = state(store)
    for t in TABLES:  # nothing dropped; history only grows
        assert after[t][0] >= before[t][0], f"table {t} lost rows"
    for line in summary.rejected_first:  # every rejected row explained with file and row
        assert path.name in line and " row " in line, line
    cur = store.cursor()
    dims = {label: col for col, label in cur.execute(
        "SELECT column_name, label FROM dimensions WHERE table_name = 'orders'").fetchall()}
    good_ids = [f"G{n}-{i}" for i in range(case[2])]
    if good_ids and summary.dimensions_added:
        from retention_desktop.core.store import quote_ident

        col = summary.dimensions_added[0]
        assert col in after["orders_columns"]
        values = {r[0] for r in cur.execute(
            f"SELECT {quote_ident(col)} FROM orders WHERE order_id IN "
            f"({', '.join('?' * len(good_ids))})", good_ids).fetchall()}
        # hostile text stored as data (the pandas path drops bidi override marks on purpose)
        assert values <= {_GOOD_VALUE, _GOOD_VALUE.replace("\u202e", ""), None}, values
        assert col in dims.values()
    return "accepted"


# ---------------------------------------------------------------------------- filters
_KNOWN = ["channel", "country", "plan", "campaign", '"; DROP TABLE orders; --', "chan"]
# mostly columns that exist (so the SQL is compiled and run), sometimes anything at all
WHERE_COLUMN = st.one_of(st.sampled_from(_KNOWN), st.sampled_from(_KNOWN),
                         st.sampled_from(_KNOWN), st.sampled_from(["order_id", "revenue",
                                                                   *HOSTILE]), HEADER)
_PAIR = st.tuples(WHERE_COLUMN, st.sampled_from(["=", "!="]), TEXT).map(lambda t: "".join(t))
WHERE_ITEM = st.one_of(_PAIR, _PAIR, _PAIR, _PAIR, TEXT)  # mostly well-formed items


def check_where(project: Path, items: list[str], capsys) -> int:
    """Run ``metrics kpis --where ...``: exit 0, or 1 with a one-line message; tables intact."""
    from retention_desktop.cli import main

    argv = ["metrics", "kpis", "--project", str(project), "--json"]
    for item in items:
        argv.append(f"--where={item}")  # (a value may start with "-")
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 1), (code, err)
    if code == 1:
        assert err.startswith("error: ") and err.count("\n") == 1, err
    else:
        assert out.strip().startswith("{")
    return code
