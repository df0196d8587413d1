"""The product grouping key: hand-worked spellings, and SQL == Python on every case."""

from __future__ import annotations

import duckdb
import pytest

from retention_desktop.core.importer.products import product_key, product_key_sql

SAME = [
    (("  Chai  Tea ", None), ("chai tea", None)),
    (("كيك ٢", None), ("کیک 2", None)),            # Arabic yeh/kaf, Persian digit
    (("كيك ٢", None), ("کیک ۲", None)),            # Arabic-Indic vs Persian digit
    (("ـكتابـ", None), ("کتاب", None)),             # tatweel
    (("می\u200cخواهم", None), ("می خواهم", None)),  # ZWNJ vs space
    (("x", " 85123a "), ("y", "85123A")),           # the SKU decides, not the name
    (("Mug", ""), ("mug", None)),                   # empty id falls back to the name
]
DIFFERENT = [
    (("Mug", "A1"), ("Mug", "A2")),                 # two SKUs with one name: two products
    (("کیک", None), ("کتاب", None)),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_product_share_a_key(a, b):
    assert product_key(*a) == product_key(*b) is not None


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_products_keep_different_keys(a, b):
    assert product_key(*a) != product_key(*b)


def test_blank_is_no_key():
    assert product_key(None) is None
    assert product_key("  \u200f ") is None


def test_sql_matches_python_on_every_case():
    con = duckdb.connect()
    cases = [c for pair in SAME + DIFFERENT for c in pair] + [(None, None), ("  ", None),
                                                               ("ABC\tdef\u200f", None)]
    sql = f"SELECT {product_key_sql('$n', '$i')}"
    for name, pid in cases:
        got = con.execute(sql, {"n": name, "i": pid}).fetchone()[0]
        assert got == product_key(name, pid), (name, pid)
    one = con.execute(f"SELECT {product_key_sql('$n')}", {"n": " ك "}).fetchone()[0]
    assert one == product_key(" ك ") == "ک"


def test_sql_matches_python_on_every_blank_and_folded_character():
    """Blanks Python's ``\\s`` knows (no-break space, tabs, line separators) and every
    folded letter / digit, inside, around and doubled, in ASCII and Persian names."""
    import re
    import sys
    import unicodedata

    from retention_desktop.core.importer import products

    chars = {chr(i) for i in range(sys.maxunicode + 1)
             if re.fullmatch(r"\s", chr(i)) or unicodedata.category(chr(i)).startswith("Z")}
    chars |= set(products._LETTERS) | set(products._DIGITS) | set(products._INVISIBLE)
    names = [w for c in sorted(chars) for w in (f"Mug{c}Cup", f"{c}mug ", f"کیک{c}{c}نو",
                                                  f"A{c}  b", c)]
    con = duckdb.connect()
    got = con.execute(f"SELECT n, {product_key_sql('n')} FROM unnest(?) t(n)",
                      [names]).fetchall()
    assert {n: k for n, k in got} == {n: product_key(n) for n in names}
