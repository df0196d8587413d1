"""A/B calculator through clicks: the verdict and the table equal the CLI, both directions.

Issue 14: ``compute_button.clicked`` passed ``checked`` (False) into
``compute(higher_is_better=...)``, so "Lower is better" unticked computed "lower is
better" and showed the opposite verdict (chance to beat control 2.5 % instead of 97.5 %).
Everything here is typed and clicked like a user and read back from the localised screen.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.user.reading import plain, shown_number, tr, type_text

ROOT = Path(__file__).resolve().parents[3]
VARIANTS = [("control", 1000, 120), ("B", 1000, 150)]


@cache
def cli_result(lower_is_better: bool) -> dict:
    """``retention-desktop abtest --json`` for the same variants (the oracle)."""
    cmd = [sys.executable, "-m", "retention_desktop", "abtest", "--json"]
    for name, n, conv in VARIANTS:
        cmd += ["--variant", f"{name}={n}/{conv}"]
    if lower_is_better:
        cmd.append("--lower-is-better")
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def _local_digits(text: str, lang: str) -> str:
    digits = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩"}.get(lang)
    return text if digits is None else "".join(digits[int(c)] if c.isdigit() else c
                                               for c in text)


def _type_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Click the cell, F2 to edit (QTest's double click does not start an editor),
    replace its text by typing, press Enter."""
    rect = table.visualRect(table.model().index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"no cell editor opened at ({row}, {col})"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in the next turn
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2_000)
    assert plain(table.item(row, col).text()) == plain(text)


def _open_calculator(qtbot, window):
    tab = window.tab_widgets["abtest"]
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    assert window.tabs.currentWidget() is tab
    calc = tab.calculator
    assert tab.pages.currentWidget() is calc
    return calc


def _column(calc, source: str) -> int:
    """Index of the result column whose (translated) header the user reads as ``source``."""
    header = tr("CalculatorPage", source)
    cols = [c for c in range(calc.results.columnCount())
            if calc.results.horizontalHeaderItem(c).text() == header]
    assert len(cols) == 1, header
    return cols[0]


def _shown_table(calc) -> dict[str, dict[str, float]]:
    """Variant name -> numbers read back from the result table."""
    cols = {"n": "Customers", "rate": "Rate", "lift": "Lift vs control", "p": "p-value",
            "prob": "Chance to beat control"}
    out = {}
    for r in range(calc.results.rowCount()):
        name = plain(calc.results.item(r, 0).text())
        out[name] = {}
        for key, source in cols.items():
            text = plain(calc.results.item(r, _column(calc, source)).text()).strip()
            if text and text != plain(tr("CalculatorPage", "control")):
                out[name][key] = shown_number(text)
    return out


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_compute_click_gives_the_cli_verdict_in_both_directions(window_in, qtbot, lang):
    _ctx, window = window_in(lang)
    window.resize(1366, 768)  # a common laptop: the result table used to be below the fold
    qtbot.waitUntil(lambda: window.size().height() == 768, timeout=2_000)
    calc = _open_calculator(qtbot, window)
    # before Compute: a plain instruction, not an empty 0.1-0.9 axis (issue 14)
    chart = calc.chart
    assert not chart.plot.isVisible() and chart.empty_label.isVisible()
    assert not chart.export_button.isEnabled()  # no PNG of an empty chart
    assert chart.empty_label.text() == tr("CalculatorPage",
                                          "Enter the variants and press Compute.")
    table = calc.table
    table.clearContents()  # start from an empty table like a user who clears it
    for r, (name, n, conv) in enumerate(VARIANTS):
        _type_cell(qtbot, table, r, 0, name)
        _type_cell(qtbot, table, r, 1, _local_digits(f"{n}", lang))
        _type_cell(qtbot, table, r, 2, _local_digits(f"{conv}", lang))
    assert not calc.lower_check.isChecked()

    for lower in (False, True):
        if lower:  # tick "Lower is better" from the keyboard, as a user can
            calc.lower_check.setFocus()
            qtbot.keyClick(calc.lower_check, Qt.Key.Key_Space)
            assert calc.lower_check.isChecked()
        assert calc.compute_button.isVisible() and calc.compute_button.isEnabled()
        qtbot.mouseClick(calc.compute_button, Qt.MouseButton.LeftButton)
        assert chart.plot.isVisible() and not chart.empty_label.isVisible()
        assert chart.export_button.isEnabled()
        assert len(chart.categories) == len(VARIANTS)

        cli = cli_result(lower)
        cmp_, verdict = cli["comparisons"][0], cli["verdicts"][0]
        shown = _shown_table(calc)
        for v in cli["variants"]:
            assert shown[v["name"]]["n"] == v["n"]
            assert shown[v["name"]]["rate"] == pytest.approx(round(100 * v["rate"], 2))
        b = shown["B"]
        assert b["prob"] == pytest.approx(round(100 * cmp_["prob_beat_control"], 1))
        assert b["prob"] == pytest.approx(2.5 if lower else 97.5)
        assert b["lift"] == pytest.approx(round(cmp_["lift_pct"], 1))
        assert b["p"] == pytest.approx(round(cmp_["p_value"], 4))

        _check_difference_in_points(calc, cmp_)
        # the lift interval: its lower bound (+0.0115 %) must not print as 0.0 %, and it
        # agrees with the verdict (both bounds on the side of the difference)
        lift_ci = plain(calc.results.item(1, _column(calc, "Lift interval")).text())
        bounds = [shown_number(x) for x in lift_ci.replace("–", "–").split("–")]
        assert bounds[0] != 0 and bounds[0] == pytest.approx(cmp_["lift_pct_ci_low"], rel=0.05)
        assert bounds[1] == pytest.approx(cmp_["lift_pct_ci_high"], rel=0.01)
        _check_result_is_on_screen(qtbot, window, calc)

        shown_text = calc.verdict_label.text()
        # fa/ar: the sentence starts with the Latin name "B"; without a leading RLM Qt
        # lays the whole paragraph out left to right (words in the wrong order)
        assert shown_text.startswith("\u200f") is (lang in ("fa", "ar"))
        text = plain(shown_text)
        better = verdict["status"] == "better"
        assert better is (not lower)  # 150 vs 120 converted: good news unless lower is better
        if lower:
            said = tr("VerdictText", "{0} lost more customers than {1}").format("B", "control")
            contra = tr("VerdictText", "{0} lost fewer customers than {1}").format("B", "control")
        else:
            said = tr("VerdictText", "{0} kept more customers than {1}").format("B", "control")
            contra = tr("VerdictText", "{0} kept fewer customers than {1}").format("B", "control")
        assert said in text and contra not in text
        keep = tr("VerdictText", "Keep {0}.").format("control")
        assert (keep in text) is lower


def _points_text(calc, row: int, source: str) -> str:
    """The cell under ``source`` without its (translated) "pts" unit; fails if it has none."""
    text = plain(calc.results.item(row, _column(calc, source)).text()).strip()
    before, _, after = plain(tr("CalculatorPage", "{0} pts")).partition("{0}")
    assert text.startswith(before) and text.endswith(after) and after.strip(), text
    return text[len(before):len(text) - len(after)].strip()


def _check_difference_in_points(calc, cmp_: dict) -> None:
    """A difference of rates is in percentage points, and a bound that is not zero is not
    shown as zero (the interval's lower bound here is +0.0014 points, it printed "0.00%")."""
    row = [plain(calc.results.item(r, 0).text()) for r in range(calc.results.rowCount())
           ].index("B")
    diff = shown_number(_points_text(calc, row, "Difference"))
    assert diff == pytest.approx(100 * cmp_["diff"], abs=0.05)
    assert diff == pytest.approx(3.0)  # 15 % vs 12 %: three points, not "3.00%"
    low_text, high_text = _points_text(calc, row, "Difference interval").split("–")
    low, high = shown_number(low_text), shown_number(high_text)
    exact_low, exact_high = 100 * cmp_["diff_ci_low"], 100 * cmp_["diff_ci_high"]
    assert high == pytest.approx(exact_high, abs=0.05)
    assert low != 0 and (low > 0) is (exact_low > 0)
    assert low == pytest.approx(exact_low, rel=0.05)  # two significant digits
    assert "%" not in plain(calc.results.item(row, _column(calc, "Difference")).text())
    assert "٪" not in plain(calc.results.item(row, _column(calc, "Difference")).text())


def _check_result_is_on_screen(qtbot, window, calc) -> None:
    """At 1366×768 the verdict was below the fold after Compute: it must be in view."""
    area = window.tabs.scroll_area(window.tabs.currentIndex())
    assert area is not None and window.size().height() == 768
    port = area.viewport()

    def in_view(widget, y: int) -> bool:
        return 0 <= widget.mapTo(port, widget.rect().topLeft()).y() + y <= port.height()

    table = calc.results
    below = table.horizontalHeader().height() + table.visualItemRect(table.item(0, 0)).bottom()
    # the verdict's first line, the table's header and its first row are visible
    # the page grows once the new rows are laid out (a few event-loop turns after the
    # click), and the scroll follows: look at what the user sees a moment later
    qtbot.wait(500)
    assert in_view(calc.verdict_label, 0) and in_view(calc.verdict_label, 20)
    assert in_view(table, 0) and in_view(table, below), (
        table.mapTo(port, table.rect().topLeft()).y(), below, port.height())
