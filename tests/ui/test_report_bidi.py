"""The printed report in Persian and Arabic reads right to left; only formulas read left to right.

The PDF is written by the CLI and read back with ``pdftotext -bbox-layout``: in a
right-to-left line the logically first word is the right-most one, and a formula's tokens
keep their left-to-right order. The oracle for the logical order is the translation itself.
"""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QCoreApplication

from retention_desktop.cli import main
from retention_desktop.core.demo import build_demo_project
from retention_desktop.core.engine import definitions
from retention_desktop.ui.i18n import install_translators
from tests.ui.pdf_layout import find_line, page_lines, read_rtl, similarity, x_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) reads the PDF back")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("bidi") / "demo.rdproj.duckdb"
    build_demo_project(path, n_customers=400)
    return path


def _translated(qapp, lang: str, *sources: str) -> list[str]:
    """What the report's translator makes of definition texts (the logical order)."""
    install_translators(qapp, lang)
    try:
        return [QCoreApplication.translate("definitions", s) for s in sources]
    finally:
        install_translators(qapp, "en")


@pytest.fixture(scope="module", params=["fa", "ar"])
def report(request, project, tmp_path_factory):
    lang = request.param
    pdf = tmp_path_factory.mktemp(f"pdf_{lang}") / f"report_{lang}.pdf"
    assert main(["report", "--project", str(project), "--lang", lang, "--appendix",
                 "--pdf", str(pdf)]) == 0
    return lang, pdf


def test_definition_sentences_read_right_to_left_around_their_formula(report, qapp):
    lang, pdf = report
    lines = page_lines(pdf)
    active = definitions.get("active_customer")
    (formula,) = _translated(qapp, lang, active.formula)
    start, end = formula.index("(t"), formula.index("t]") + 2
    words = find_line(lines, "(t", "t]")
    latin = [w for w in words if not w.rtl]
    left, right = min(w.x0 for w in latin), max(w.x1 for w in latin)
    # words before the formula are right of it, words after it are left of it
    before, after = formula[:start].strip(), formula[end:].strip()
    assert before or after
    if before:
        assert similarity(read_rtl([w for w in words if w.rtl and w.x0 >= right]), before) > 0.9
    if after:
        assert similarity(read_rtl([w for w in words if w.rtl and w.x1 <= left]), after) > 0.9
    # and the formula itself keeps its left-to-right order
    assert x_of(words, "(t") < x_of(words, "t]")


def test_formulas_keep_left_to_right_order(report, qapp):
    lang, pdf = report
    lines = page_lines(pdf)
    crr = find_line(lines, "(E", "N)", "S0")  # (E - N) / S0, not S0 / (E - N)
    assert x_of(crr, "(E") < x_of(crr, "N)") < x_of(crr, "S0")
    # churn: (S0 - R) / S0 = 1 - retention rate, never S0 / (R - S0)
    churn = find_line(lines, "(S0", "R)", "S0", "=")
    assert x_of(churn, "(S0") < x_of(churn, "R)") < x_of(churn, "S0") < x_of(churn, "=")
    # The CRR card is now named "CRR (E - N) / S0" (issue 16): no "(CRR)" abbreviation is
    # left, so the name ending in a Latin abbreviation is the AOV card's.
    (name,) = _translated(qapp, lang, definitions.get("aov").name)
    words = find_line(lines, "(AOV)")
    # "میانگین ارزش سفارش (AOV)": the abbreviation ends the name, at its left end
    assert all(w.x0 >= x_of(words, "(AOV)") for w in words if w.rtl)
    assert similarity(read_rtl(words), name) > 0.9


def test_every_plain_definition_line_reads_right_to_left(report, qapp):
    """Definitions without Latin text must appear as one right-to-left line each."""
    lang, pdf = report
    cards = [definitions.get(k) for k in ("customers", "revenue", "repeat_purchase_rate",
                                          "lifecycle_new", "lifecycle_dormant")]
    texts = _translated(qapp, lang, *[t for c in cards for t in (c.name, c.formula)])
    shown = {read_rtl(words) for words in page_lines(pdf)}
    plain = [t for t in texts if not re.search(r"[A-Za-z]", t)]
    assert plain
    for text in plain:
        # the first word of the sentence is the right-most: the line reads back exactly
        assert max(similarity(line, text) for line in shown) > 0.9, text


def test_one_digit_system_outside_formulas_and_ids(report):
    lang, pdf = report
    local = "۰۱۲۳۴۵۶۷۸۹" if lang == "fa" else "٠١٢٣٤٥٦٧٨٩"
    formulas = [d.formula for d in definitions.all_definitions()]
    latin_numbers, local_digits = [], 0
    for page in (1, 2, 3, 4):
        for words in page_lines(pdf, page):
            for run in _latin_runs(words):
                for w in run:
                    local_digits += sum(ch in local for ch in w.text)
                    # a Latin digit may only stand inside a formula or an id (next to letters)
                    if (re.search(r"[0-9]", w.text) and not re.search(r"[A-Za-z]", w.text)
                            and not _in_formula(run, formulas)):
                        latin_numbers.append((page, w.text))
    assert local_digits > 100
    assert latin_numbers == []
    # the page number is "1 / 4" in one digit system
    footer = [w.text for words in page_lines(pdf, 1) for w in words if w.y > 780]
    assert local[1] in footer and "/" in footer


def _latin_runs(words):
    """The line's words cut into runs at each right-to-left glyph (each RTL glyph alone)."""
    runs, current = [], []
    for w in sorted(words, key=lambda w: w.x0):
        if w.rtl:
            runs += [current, [w]] if current else [[w]]
            current = []
        else:
            current.append(w)
    return runs + ([current] if current else [])


def _in_formula(run, formulas) -> bool:
    """A left-to-right run that is (part of) a definition's formula, e.g. the "1" of
    "(S0 - R) / S0 = 1 - retention rate": its digits are the formula's, not a number."""
    text = " ".join(w.text for w in run).strip(" -·/")
    return bool(re.search(r"[A-Za-z]", text)) and any(text in f for f in formulas)


def test_heatmap_title_closes_its_bracket_after_k(report, qapp):
    """"(… in month k)": the bracket closes the title's words, left of the isolated k.

    In a right-to-left line the closing bracket is drawn mirrored at the left end, so the
    glyph run reads "(k" left to right; before the fix the bracket sat inside the formula's
    isolate and landed between the word and k ("k)").
    """
    lang, pdf = report
    install_translators(qapp, lang)
    try:
        title = QCoreApplication.translate("Report", "Cohort retention (share ordering in month k)")
    finally:
        install_translators(qapp, "en")
    assert title.rstrip().endswith("k)")  # the translation keeps k at the end of the bracket
    line = next(words for words in page_lines(pdf)
                if any(w.text in ("(k", "k)") for w in words)
                and similarity(read_rtl(words), title) > 0.8)
    assert "(k" in [w.text for w in line] and "k)" not in [w.text for w in line]
    # k is the left-most thing of the title: every word of it lies to its right
    k = next(w for w in line if w.text == "(k")
    assert all(w.x0 > k.x0 for w in line if w.rtl)
