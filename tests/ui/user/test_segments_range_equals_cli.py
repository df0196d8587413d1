"""The Segments tab's breakdown and the range it states are ``metrics compare``'s.

A shop owner who reads "organic 1,927 … 2024-01-01 to 2024-12-31" on the tab must get the
same numbers from ``metrics compare --by channel`` and from the printed report: all three
use one default range (``compare_window``: about the last 12 months). The demo is opened
through the window in Persian (Jalali dates, Persian digits); the range line and the
table are read off the screen and compared with the CLI's ``--json`` for the project.
"""

from __future__ import annotations

import re
from datetime import date

import jdatetime

from retention_desktop.core import formatting
from tests.ui.user.screen import cli_json, click_tab, open_demo, table_texts, wait_idle


def _days(text: str, calendar: str) -> list[date]:
    """The dates in a displayed text, as Gregorian days."""
    out = []
    for y, m, d in re.findall(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", formatting.to_latin_digits(text)):
        y, m, d = int(y), int(m), int(d)
        out.append(jdatetime.date(y, m, d).togregorian() if calendar == "jalali" else date(y, m, d))
    return out


def _count(text: str) -> int:
    return int(re.sub(r"\D", "", formatting.to_latin_digits(text)))


def test_segments_tab_range_and_counts_equal_metrics_compare(window_in, qtbot):
    ctx, window = window_in("fa")
    open_demo(window, qtbot)
    tab = window.tab_widgets["segments"]
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot, tab)
    qtbot.waitUntil(lambda: bool(tab.range_label.text()), timeout=30_000)
    calendar = ctx.settings.calendar
    assert calendar == "jalali"
    assert tab.dimension.currentData() == "channel"

    engine = cli_json(["metrics", "compare", "--project", str(ctx.store.path),
                       "--by", "channel"])
    shown = _days(tab.range_label.text(), calendar)
    assert [d.isoformat() for d in shown] == [engine["range"]["from"], engine["range"]["to"]]

    rows = table_texts(tab.breakdown.view)
    on_screen = {r[0].split("  (")[0].strip(): _count(r[1]) for r in rows}
    expected = {v["value"]: v["customers"] for v in engine["values"]}
    assert {k: on_screen.get(k) for k in expected} == expected
    assert engine["overall"]["customers"] in on_screen.values()  # the "All" row
